#include "eventeditordialog.h"

#include "eventlabels.h"
#include "eventsourcesfield.h"
#include "model/companyidentifier.h"
#include "model/currency.h"
#include "model/duplicaterule.h"
#include "model/eventvalidator.h"
#include "model/money.h"
#include "peoplecompleter.h"
#include "store/eventrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString typeLabel(EventType type)
{
    switch (type) {
    case EventType::Appointment:
        return EventEditorDialog::tr("Appointment");
    case EventType::Departure:
        return EventEditorDialog::tr("Departure");
    case EventType::Funding:
        return EventEditorDialog::tr("Funding round");
    case EventType::Acquisition:
        return EventEditorDialog::tr("Acquisition of the company");
    case EventType::Other:
        return EventEditorDialog::tr("Other");
    }
    return {};
}

QStringList splitPeople(const QString &text)
{
    QStringList people;
    for (const QString &name : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            people << name.trimmed();
    }
    return people;
}

// A line edit with a note beside it that shows how the entry was understood.
QWidget *withNote(QLineEdit *edit, QLabel *note)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(note);
    note->setMinimumWidth(150);
    note->setForegroundRole(QPalette::PlaceholderText);
    return row;
}

// An amount in `currency`; one that names another currency ("€20M" while USD is chosen) is a
// problem, so the currency chosen is always the one the amount is in.
std::optional<qint64> readAmount(QLineEdit *edit, QLabel *note, const QString &what,
                                 const QString &currency, QStringList *problems,
                                 QList<QWidget *> *faulty)
{
    note->clear();
    if (edit->text().trimmed().isEmpty())
        return std::nullopt;
    QString error;
    const auto value = Money::parseAmount(edit->text(), &error);
    if (value && !value->currency.isEmpty() && value->currency != currency)
        error = EventEditorDialog::tr("it is in %1; choose %1 as the currency, or leave the "
                                      "currency out of the amount")
                    .arg(value->currency);
    if (!value || !error.isEmpty()) {
        problems->append(QStringLiteral("%1: %2").arg(what, error));
        faulty->append(edit);
        return std::nullopt;
    }
    note->setText(QStringLiteral("= %1").arg(Money::formatFull(value->value, currency)));
    return value->value;
}

QStringList splitNames(const QString &text)
{
    return splitPeople(text);
}
} // namespace

EventEditorDialog::EventEditorDialog(EventRepository &events, QWidget *parent)
    : QDialog(parent), m_events(events)
{
    setWindowTitle(tr("New event"));
    buildForm();
    updateTypeRows();
    validate();
}

void EventEditorDialog::buildForm()
{
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("type"));
    for (const auto type : {EventType::Appointment, EventType::Departure, EventType::Funding,
                            EventType::Acquisition, EventType::Other})
        m_type->addItem(typeLabel(type), int(type));

    m_date = new QLineEdit;
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    m_dateHint = new QLabel;
    m_announced = new QLineEdit;
    m_announced->setObjectName(QStringLiteral("announced"));
    m_announced->setPlaceholderText(tr("When it was made public, if not the same day"));

    const auto companies = m_events.companies();
    QStringList companyNames;
    if (companies) {
        for (const Company &company : *companies)
            companyNames << company.name;
    }
    m_company = new QLineEdit;
    m_company->setObjectName(QStringLiteral("company"));
    auto *companyCompleter = new QCompleter(companyNames, m_company);
    companyCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_company->setCompleter(companyCompleter);
    m_companyId = new QLineEdit;
    m_companyId->setObjectName(QStringLiteral("companyId"));
    m_companyId->setPlaceholderText(
        tr("Optional: web domain, Wikidata item or ticker, to tell same-named companies apart"));

    m_people = new QLineEdit;
    m_people->setObjectName(QStringLiteral("people"));
    m_people->setPlaceholderText(tr("Names separated by ';'"));
    m_people->setCompleter(
        new PeopleCompleter(m_events.people().ok() ? *m_events.people() : QStringList(), m_people));

    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("role"));
    m_role->setEditable(true);
    QStringList roles = commonRoles();
    if (auto stored = m_events.roles()) {
        for (const QString &role : *stored) {
            if (!roles.contains(role, Qt::CaseInsensitive))
                roles << role;
        }
    }
    m_role->addItems(roles);
    m_role->setCurrentIndex(-1);
    m_role->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    m_interim = new QCheckBox(tr("Interim"));
    m_interim->setObjectName(QStringLiteral("interim"));
    m_reason = new QComboBox;
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->addItem(tr("Not recorded"), -1);
    for (const DepartureReason reason : allDepartureReasons())
        m_reason->addItem(EventLabels::reason(reason), int(reason));
    m_reasonNote = new QLineEdit;
    m_reasonNote->setObjectName(QStringLiteral("reasonNote"));
    m_reasonNote->setPlaceholderText(tr("In the source's words"));
    m_currency = new QComboBox;
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                          QStringLiteral("JPY"), QStringLiteral("CNY"), QStringLiteral("CHF"),
                          QStringLiteral("CAD"), QStringLiteral("INR")});
    m_investors = new QLineEdit;
    m_investors->setObjectName(QStringLiteral("investors"));
    m_investors->setPlaceholderText(tr("Names separated by ';'"));
    m_acquirer = new QLineEdit;
    m_acquirer->setObjectName(QStringLiteral("acquirer"));
    m_round = new QLineEdit;
    m_round->setObjectName(QStringLiteral("round"));
    m_round->setPlaceholderText(tr("Seed, Series A, Convertible note…"));
    m_amount = new QLineEdit;
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("e.g. $101M, 4B, 1.5 billion"));
    m_valuation = new QLineEdit;
    m_valuation->setObjectName(QStringLiteral("valuation"));
    m_valuation->setPlaceholderText(m_amount->placeholderText());
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(tr("Completed"), int(FundingStatus::Completed));
    m_status->addItem(tr("Failed"), int(FundingStatus::Failed));
    m_status->addItem(tr("Rumored"), int(FundingStatus::Rumored));
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(70);
    m_sources = new EventSourcesField;

    m_form = new QFormLayout;
    m_form->addRow(tr("&Type:"), m_type);
    m_form->addRow(tr("&Date:"), withNote(m_date, m_dateHint));
    m_form->addRow(tr("Anno&unced:"), m_announced);
    m_form->addRow(tr("&Company:"), m_company);
    m_form->addRow(tr("Company &identifier:"), m_companyId);
    m_form->addRow(tr("&People:"), m_people);
    m_form->addRow(tr("&Role:"), m_role);
    m_form->addRow(QString(), m_interim);
    m_form->addRow(tr("Reaso&n:"), m_reason);
    m_form->addRow(tr("Reason in &words:"), m_reasonNote);
    m_form->addRow(tr("Ac&quirer:"), m_acquirer);
    m_form->addRow(tr("R&ound:"), m_round);
    auto *amountNote = new QLabel;
    amountNote->setObjectName(QStringLiteral("amountNote"));
    auto *valuationNote = new QLabel;
    valuationNote->setObjectName(QStringLiteral("valuationNote"));
    m_form->addRow(tr("&Amount:"), withNote(m_amount, amountNote));
    m_form->addRow(tr("&Valuation:"), withNote(m_valuation, valuationNote));
    m_form->addRow(tr("Curre&ncy:"), m_currency);
    m_form->addRow(tr("In&vestors:"), m_investors);
    m_form->addRow(tr("&Status:"), m_status);
    m_form->addRow(tr("D&escription:"), m_description);
    m_form->addRow(tr("Sou&rces:"), m_sources);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setTextFormat(Qt::PlainText); // problems quote what was typed
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_duplicate = new QLabel;
    m_duplicate->setObjectName(QStringLiteral("duplicate"));
    m_duplicate->setTextFormat(Qt::PlainText); // names the other event
    m_duplicate->setWordWrap(true);
    m_duplicate->setStyleSheet(QStringLiteral("color: #b26a00;"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_duplicate);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        updateTypeRows();
        validate();
    });
    for (QLineEdit *edit : {m_date, m_announced, m_company, m_companyId, m_people, m_reasonNote,
                            m_round, m_amount, m_valuation, m_investors, m_acquirer})
        connect(edit, &QLineEdit::textChanged, this, &EventEditorDialog::validate);
    connect(m_sources, &EventSourcesField::edited, this, &EventEditorDialog::validate);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &EventEditorDialog::validate);
    connect(m_currency, &QComboBox::currentTextChanged, this, &EventEditorDialog::validate);
    connect(m_role, &QComboBox::currentTextChanged, this, &EventEditorDialog::validate);
    connect(m_interim, &QCheckBox::toggled, this, &EventEditorDialog::validate);
    connect(m_status, &QComboBox::currentIndexChanged, this, &EventEditorDialog::validate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &EventEditorDialog::validate);
}

void EventEditorDialog::updateTypeRows()
{
    const auto type = static_cast<EventType>(m_type->currentData().toInt());
    const bool change = type == EventType::Appointment || type == EventType::Departure;
    const bool funding = type == EventType::Funding;
    const bool acquisition = type == EventType::Acquisition;
    // "Other" events may name people (a lawsuit, a report about someone) but have no post.
    m_form->setRowVisible(m_people, change || type == EventType::Other);
    m_form->setRowVisible(m_role, change || type == EventType::Other);
    m_form->setRowVisible(m_interim, change);
    m_form->setRowVisible(m_reason, type == EventType::Departure);
    m_form->setRowVisible(m_reasonNote, type == EventType::Departure);
    m_form->setRowVisible(m_acquirer, acquisition);
    for (QWidget *field : {static_cast<QWidget *>(m_round), m_valuation->parentWidget(),
                           static_cast<QWidget *>(m_investors)})
        m_form->setRowVisible(field, funding);
    for (QWidget *field : {m_amount->parentWidget(), static_cast<QWidget *>(m_currency),
                           static_cast<QWidget *>(m_status)})
        m_form->setRowVisible(field, funding || acquisition);
    // An acquisition's amount is its price.
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_amount->parentWidget())))
        label->setText(acquisition ? tr("&Price:") : tr("&Amount:"));
}

void EventEditorDialog::setEvent(const Event &event)
{
    m_id = event.id;
    setWindowTitle(event.id ? tr("Edit event") : tr("New event"));
    m_type->setCurrentIndex(m_type->findData(int(event.type)));
    m_date->setText(event.date.toString());
    m_announced->setText(event.announced.isValid() ? event.announced.toString() : QString());
    m_reason->setCurrentIndex(m_reason->findData(event.reason ? int(*event.reason) : -1));
    m_reasonNote->setText(event.reasonNote);
    m_currency->setCurrentText(event.currency);
    m_investors->setText(event.investors.join(QStringLiteral("; ")));
    m_acquirer->setText(event.acquirer);
    m_company->setText(event.company);
    m_companyId->setText(event.companyIdentifier);
    m_people->setText(event.people.join(QStringLiteral("; ")));
    m_role->setCurrentText(event.role);
    m_interim->setChecked(event.interim);
    m_round->setText(event.round);
    m_amount->setText(event.amountUsd ? QString::number(*event.amountUsd) : QString());
    m_valuation->setText(event.valuationUsd ? QString::number(*event.valuationUsd) : QString());
    m_status->setCurrentIndex(m_status->findData(int(event.status)));
    m_description->setPlainText(event.description);
    m_sources->setSources(event.sources);
    validate();
}

std::optional<Event> EventEditorDialog::readForm(QStringList *problems,
                                                 QList<QWidget *> *faulty) const
{
    Event e;
    e.id = m_id;
    e.type = static_cast<EventType>(m_type->currentData().toInt());
    QString dateError;
    m_dateHint->clear();
    if (const auto date = PartialDate::parse(m_date->text(), &dateError)) {
        e.date = *date;
        static const char *const precision[] = {QT_TR_NOOP("year"), QT_TR_NOOP("month"),
                                                QT_TR_NOOP("day")};
        m_dateHint->setText(
            tr("%1 (%2)").arg(date->toDisplayString(), tr(precision[int(date->precision())])));
    } else {
        problems->append(tr("Date: %1").arg(dateError));
        faulty->append(m_date);
    }
    if (!m_announced->text().trimmed().isEmpty()) {
        QString why;
        if (const auto announced = PartialDate::parse(m_announced->text(), &why)) {
            e.announced = *announced;
        } else {
            problems->append(tr("Announced: %1").arg(why));
            faulty->append(m_announced);
        }
    }
    e.company = m_company->text().trimmed();
    if (const auto identifier = CompanyIdentifier::read(m_companyId->text());
        identifier.problem.isEmpty()) {
        e.companyIdentifier = identifier.identifier;
    } else {
        problems->append(tr("Company identifier: %1").arg(identifier.problem));
        faulty->append(m_companyId);
    }
    const bool change = e.type == EventType::Appointment || e.type == EventType::Departure;
    if (e.type == EventType::Departure) {
        if (const int reason = m_reason->currentData().toInt(); reason >= 0)
            e.reason = static_cast<DepartureReason>(reason);
        e.reasonNote = m_reasonNote->text().trimmed();
    }
    if (change || e.type == EventType::Other) {
        e.people = splitPeople(m_people->text());
        e.role = m_role->currentText().trimmed();
    }
    if (change)
        e.interim = m_interim->isChecked();
    if (e.type == EventType::Funding || e.type == EventType::Acquisition) {
        e.currency = m_currency->currentText().trimmed().toUpper();
        auto *amountNote = findChild<QLabel *>(QStringLiteral("amountNote"));
        auto *valuationNote = findChild<QLabel *>(QStringLiteral("valuationNote"));
        e.amountUsd = readAmount(m_amount, amountNote,
                                 e.type == EventType::Acquisition ? tr("Price") : tr("Amount"),
                                 e.currency, problems, faulty);
        e.status = static_cast<FundingStatus>(m_status->currentData().toInt());
        if (e.type == EventType::Funding) {
            e.round = m_round->text().trimmed();
            e.valuationUsd = readAmount(m_valuation, valuationNote, tr("Valuation"), e.currency,
                                        problems, faulty);
            e.investors = splitNames(m_investors->text());
        } else {
            valuationNote->clear();
            e.acquirer = m_acquirer->text().trimmed();
        }
    }
    e.description = m_description->toPlainText().trimmed();
    e.sources = m_sources->sources(problems, faulty);

    const QHash<QString, QWidget *> fields{
        {QStringLiteral("company"), m_company},     {QStringLiteral("company_id"), m_companyId},
        {QStringLiteral("people"), m_people},       {QStringLiteral("role"), m_role},
        {QStringLiteral("round"), m_round},         {QStringLiteral("description"), m_description},
        {QStringLiteral("announced"), m_announced}, {QStringLiteral("reason_note"), m_reasonNote},
        {QStringLiteral("currency"), m_currency},   {QStringLiteral("investors"), m_investors},
        {QStringLiteral("acquirer"), m_acquirer}};
    for (const FieldError &error : EventValidator::validate(e)) {
        if (error.column == QLatin1String("date"))
            continue; // already said, in the date parser's words
        QString message = error.message;
        message[0] = message[0].toUpper();
        problems->append(message);
        if (QWidget *field = fields.value(error.column))
            faulty->append(field);
        else if (QWidget *source = m_sources->fieldFor(error.column))
            faulty->append(source);
    }
    if (!problems->isEmpty())
        return std::nullopt;
    return e;
}

void EventEditorDialog::markFaulty(const QList<QWidget *> &faulty)
{
    QList<QWidget *> all{m_date,     m_announced,  m_company,  m_companyId,  m_people,
                         m_role,     m_reasonNote, m_round,    m_amount,     m_valuation,
                         m_currency, m_investors,  m_acquirer, m_description};
    all += m_sources->fields();
    for (QWidget *field : std::as_const(all)) {
        const bool bad = faulty.contains(field);
        field->setStyleSheet(bad ? QStringLiteral("border: 1px solid #c62828;") : QString());
        field->setProperty("faulty", bad);
    }
}

void EventEditorDialog::validate()
{
    QStringList problems;
    QList<QWidget *> faulty;
    const auto event = readForm(&problems, &faulty);
    m_problemText = problems.join(QLatin1Char('\n'));
    m_problem->setText(m_problemText);
    markFaulty(faulty);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(event.has_value());
    const QString duplicate = event ? findDuplicate(*event) : QString();
    m_duplicate->setText(duplicate);
    m_duplicate->setVisible(!duplicate.isEmpty());
}

QString EventEditorDialog::findDuplicate(const Event &event) const
{
    // The importer's rule (DuplicateRule): the same date, company, type, people, role and round
    // is a duplicate; the same but for a date within the other's precision, a near one.
    EventQuery query;
    query.companies = {event.company};
    query.types = {event.type};
    query.from = event.date.firstDay();
    query.to = event.date.lastDay();
    const auto candidates = m_events.query(query);
    if (!candidates)
        return {};
    QString near;
    for (const Event &other : *candidates) {
        if (other.id == event.id)
            continue;
        switch (DuplicateRule::compare(event, other)) {
        case DuplicateRule::Likeness::Same:
            return tr("This looks like a duplicate of “%1” (id %2).")
                .arg(other.summary())
                .arg(other.id);
        case DuplicateRule::Likeness::Near:
            if (near.isEmpty())
                near = tr("This may be the same as “%1” (id %2), dated %3.")
                           .arg(other.summary())
                           .arg(other.id)
                           .arg(other.date.toString());
            break;
        case DuplicateRule::Likeness::Different:
            break;
        }
    }
    return near;
}

std::optional<Event> EventEditorDialog::event() const
{
    QStringList problems;
    QList<QWidget *> faulty;
    return readForm(&problems, &faulty);
}

QString EventEditorDialog::problem() const
{
    return m_problemText;
}

QString EventEditorDialog::duplicateWarning() const
{
    return m_duplicate->text();
}
