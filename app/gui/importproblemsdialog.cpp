#include "importproblemsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

ImportProblemsDialog::ImportProblemsDialog(const QString &fileName, const QStringList &problems,
                                           QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Nothing was imported"));
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(tr("%n problem(s) in %1. Nothing was imported: fix the file and "
                                  "import it again.",
                                  nullptr, int(problems.size()))
                                   .arg(fileName));
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
