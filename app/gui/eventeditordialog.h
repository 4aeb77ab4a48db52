#pragma once

#include "model/event.h"

#include <QDialog>
#include <QHash>

#include <optional>

class CheckedField;
class EventRepository;
class EventSourcesField;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

// The one editor for a new or existing event: shows the fields that fit the type, completes
// companies, people and roles from the database, validates as the user types (a field the user
// has touched is marked and says why under it; Save with problems shows them all and saves
// nothing), points out likely duplicates, and asks before throwing away what was typed.
class EventEditorDialog : public QDialog
{
    Q_OBJECT
public:
    EventEditorDialog(EventRepository &events, QWidget *parent = nullptr);

    // Fills the editor; an event with id 0 is a new one.
    void setEvent(const Event &event);
    // The event as entered, when it is valid.
    std::optional<Event> event() const;
    QString problem() const; // what is wrong, empty when valid
    QString duplicateWarning() const;

public slots:
    void accept() override; // saves only a valid event; else shows every problem
    void reject() override; // Escape, Cancel, the close button: asks if the form was changed

protected:
    // event() above is the form's event, not QWidget::event(QEvent *): keep that one visible
    // (Clang's -Woverloaded-virtual).
    using QDialog::event;

private:
    // One thing wrong: the widget at fault, what it is ("Date", empty when the message says) and
    // why, as a sentence.
    struct FormProblem
    {
        QWidget *field = nullptr;
        QString what;
        QString message;
    };

    void buildForm();
    void addRow(const QString &label, QWidget *content, QWidget *focus = nullptr);
    void updateTypeRows();
    void validate();
    std::optional<Event> readForm(QList<FormProblem> *problems) const;
    void markFaulty(const QList<QWidget *> &faulty);
    QString findDuplicate(const Event &event) const;
    QStringList formState() const;

    EventRepository &m_events;
    EventId m_id = 0;
    QFormLayout *m_form = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_date = nullptr;
    QLabel *m_dateHint = nullptr;
    QLineEdit *m_announced = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_companyId = nullptr;
    QLineEdit *m_people = nullptr;
    QComboBox *m_role = nullptr;
    QCheckBox *m_interim = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_reasonNote = nullptr;
    QLineEdit *m_round = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_valuation = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_investors = nullptr;
    QLineEdit *m_acquirer = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_description = nullptr;
    EventSourcesField *m_sources = nullptr;
    QLabel *m_duplicate = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<CheckedField *> m_rows;             // in the form's order
    QHash<QWidget *, CheckedField *> m_rowOf; // a field, or a part of one, to its row
    QString m_problemText;
    QStringList m_opened; // the form as it was filled, to know whether it was changed
    bool m_filling = false;
};
