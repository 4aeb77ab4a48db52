#include "importproblemsdialog.h"

#include "files/outputfile.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ImportProblemsDialog::ImportProblemsDialog(const QString &fileName, const QStringList &problems,
                                           qint64 total, QWidget *parent)
    : QDialog(parent), m_fileName(fileName), m_problems(problems), m_total(total)
{
    setWindowTitle(tr("Nothing was imported"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::PlainText); // the file name is the user's, not markup
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list = new QPlainTextEdit;
    m_list->setObjectName(QStringLiteral("problems"));
    m_list->setReadOnly(true);
    m_list->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_save = buttons->addButton(tr("Save list…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveList"));
    m_save->setEnabled(false);
    m_importValid = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importValid->setObjectName(QStringLiteral("importValid"));
    m_importValid->hide();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importValid, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path =
            m_choosePath
                ? m_choosePath()
                : QFileDialog::getSaveFileName(this, tr("Save the list of problems"),
                                               m_fileName + QStringLiteral(".problems.txt"),
                                               tr("Text files (*.txt)"));
        if (!path.isEmpty())
            saveList(path);
    });
    layout->addWidget(buttons);
    m_list->setPlainText(m_problems.join(QLatin1Char('\n')));
    updateSummary();
    resize(720, 360);
}

void ImportProblemsDialog::setWarnings(const QStringList &warnings)
{
    m_warnings = warnings;
    QStringList lines = m_problems;
    for (const QString &warning : warnings)
        lines << tr("warning: %1").arg(warning);
    m_list->setPlainText(lines.join(QLatin1Char('\n')));
    updateSummary();
}

void ImportProblemsDialog::setReport(const QByteArray &report)
{
    m_report = report;
    m_save->setEnabled(true);
}

void ImportProblemsDialog::offerValidRows(qsizetype valid)
{
    m_valid = valid;
    m_importValid->setText(tr("Import the %n valid rows", nullptr, int(valid)));
    m_importValid->setVisible(valid > 0);
    setWindowTitle(tr("Problems in the file"));
    updateSummary();
}

bool ImportProblemsDialog::saveList(const QString &path)
{
    OutputFile file(path);
    Status status = file.open();
    if (status)
        status = file.write(m_report);
    if (status)
        status = file.commit();
    if (!status) {
        QMessageBox box(QMessageBox::Warning, tr("Save list"), status.error().message,
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
    return true;
}

void ImportProblemsDialog::updateSummary()
{
    QString count = m_total > m_problems.size()
                        ? tr("%n problems in %1; the first %2 are listed.", nullptr, int(m_total))
                              .arg(m_fileName, QString::number(m_problems.size()))
                        : tr("%n problems in %1.", nullptr, int(m_total)).arg(m_fileName);
    if (!m_warnings.isEmpty())
        count += QLatin1Char(' ') +
                 tr("%n warnings, which do not stop an import.", nullptr, int(m_warnings.size()));
    const QString what =
        m_valid > 0 ? tr("Nothing has been imported yet: import the %n valid rows and leave "
                         "the others, or fix the file and import it again.",
                         nullptr, int(m_valid))
                    : tr("Nothing was imported: fix the file and import it again.");
    m_summary->setText(count + QLatin1Char(' ') + what);
}
