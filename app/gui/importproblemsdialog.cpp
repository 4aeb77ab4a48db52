#include "importproblemsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

ImportProblemsDialog::ImportProblemsDialog(const QString &fileName, const QStringList &problems,
                                           qint64 total, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Nothing was imported"));
    auto *layout = new QVBoxLayout(this);
    const QString count =
        total > problems.size()
            ? tr("%n problem(s) in %1; the first %2 are listed.", nullptr, int(total))
                  .arg(fileName, QString::number(problems.size()))
            : tr("%n problem(s) in %1.", nullptr, int(total)).arg(fileName);
    auto *summary = new QLabel(count + QLatin1Char(' ') +
                               tr("Nothing was imported: fix the file and import it again."));
    summary->setObjectName(QStringLiteral("summary"));
    summary->setTextFormat(Qt::PlainText); // the file name is the user's, not markup
    summary->setWordWrap(true);
    layout->addWidget(summary);
    auto *list = new QPlainTextEdit(problems.join(QLatin1Char('\n')));
    list->setObjectName(QStringLiteral("problems"));
    list->setReadOnly(true);
    list->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 360);
}
