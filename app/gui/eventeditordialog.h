#pragma once

#include "model/event.h"

#include <QDialog>

#include <optional>

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
// companies, people and roles from the database, validates as the user types (the field at
// fault is marked, a sentence says why, Save stays disabled), and points out likely duplicates.
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

private:
    void buildForm();
    void updateTypeRows();
    void validate();
    std::optional<Event> readForm(QStringList *problems, QList<QWidget *> *faulty) const;
    void markFaulty(const QList<QWidget *> &faulty);
    QString findDuplicate(const Event &event) const;

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
    QLabel *m_problem = nullptr;
    QLabel *m_duplicate = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_problemText;
};
