#include "notedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NoteDialog::NoteDialog(const QStringList &companies, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Note"));
    m_company = new QComboBox;
    m_company->setObjectName(QStringLiteral("company"));
    m_company->setEditable(true);
    m_company->addItems(companies);
    m_from = new QLineEdit;
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    m_to = new QLineEdit;
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setPlaceholderText(tr("Only for a period, drawn as a shaded band"));
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setPlaceholderText(tr("What the chart should say here"));
    m_text->setMinimumWidth(360);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    // Room for the line is kept, so the form does not jump as it comes and goes.
    m_problem->setMinimumHeight(m_problem->fontMetrics().height() * 2);

    auto *form = new QFormLayout;
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Date:"), m_from);
    form->addRow(tr("&Until:"), m_to);
    form->addRow(tr("&Text:"), m_text);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_company, &QComboBox::currentTextChanged, this, &NoteDialog::validate);
    for (QLineEdit *edit : {m_from, m_to, m_text})
        connect(edit, &QLineEdit::textChanged, this, &NoteDialog::validate);
    validate();
}

void NoteDialog::setNote(const Annotation &note)
{
    m_original = note;
    m_company->setCurrentText(note.company);
    m_from->setText(note.from.isValid() ? note.from.toString() : QString());
    m_to->setText(note.isPeriod() ? note.to.toString() : QString());
    m_text->setText(note.text);
    setWindowTitle(note.id == 0 ? tr("Add note") : tr("Edit note"));
    m_text->setFocus();
    validate();
}

std::optional<Annotation> NoteDialog::read(QString *problem) const
{
    Annotation note = m_original;
    note.company = m_company->currentText().trimmed();
    note.text = m_text->text().trimmed();
    note.to = PartialDate();
    QString error;
    const auto from = PartialDate::parse(m_from->text().trimmed(), &error);
    if (!from) {
        *problem = tr("Date: %1").arg(error);
        return std::nullopt;
    }
    note.from = *from;
    if (!m_to->text().trimmed().isEmpty()) {
        const auto to = PartialDate::parse(m_to->text().trimmed(), &error);
        if (!to) {
            *problem = tr("Until: %1").arg(error);
            return std::nullopt;
        }
        note.to = *to;
    }
    if (const QString wrong = note.problem(); !wrong.isEmpty()) {
        *problem = wrong.left(1).toUpper() + wrong.mid(1);
        return std::nullopt;
    }
    return note;
}

std::optional<Annotation> NoteDialog::note() const
{
    QString problem;
    return read(&problem);
}

void NoteDialog::validate()
{
    QString problem;
    const bool ok = read(&problem).has_value();
    // Nothing typed yet is not an error worth red text: OK simply waits.
    const bool untouched = m_text->text().isEmpty() && m_from->text().isEmpty();
    m_problem->setText(ok || untouched ? QString() : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}
