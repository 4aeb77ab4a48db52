#include "eventeditordialog.h"

#include "checkedfield.h"
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
#include <QMessageBox>
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
std::optional<qint64> readAmount(QLineEdit *edit, QLabel *note, const QString &currency,
                                 QString *error)
{
    note->clear();
    if (edit->text().trimmed().isEmpty())
        return std::nullopt;
    const auto value = Money::parseAmount(edit->text(), error);
    if (value && !value->currency.isEmpty() && value->currency != currency)
        *error = EventEditorDialog::tr("it is in %1; choose %1 as the currency, or leave the "
                                       "currency out of the amount")
                     .arg(value->currency);
    if (!value || !error->isEmpty())
        return std::nullopt;
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
    m_opened = formState();
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
    m_sources->setObjectName(QStringLiteral("sources"));

    m_form = new QFormLayout;
    addRow(tr("&Type:"), m_type);
    addRow(tr("&Date:"), withNote(m_date, m_dateHint), m_date);
    addRow(tr("Anno&unced:"), m_announced);
    addRow(tr("&Company:"), m_company);
    addRow(tr("Company &identifier:"), m_companyId);
    addRow(tr("&People:"), m_people);
    addRow(tr("&Role:"), m_role);
    m_form->addRow(QString(), m_interim);
    m_form->addRow(tr("Reaso&n:"), m_reason);
    addRow(tr("Reason in &words:"), m_reasonNote);
    addRow(tr("Ac&quirer:"), m_acquirer);
    addRow(tr("R&ound:"), m_round);
    auto *amountNote = new QLabel;
    amountNote->setObjectName(QStringLiteral("amountNote"));
    auto *valuationNote = new QLabel;
    valuationNote->setObjectName(QStringLiteral("valuationNote"));
    addRow(tr("&Amount:"), withNote(m_amount, amountNote), m_amount);
    addRow(tr("&Valuation:"), withNote(m_valuation, valuationNote), m_valuation);
    addRow(tr("Curre&ncy:"), m_currency);
    addRow(tr("In&vestors:"), m_investors);
    m_form->addRow(tr("&Status:"), m_status);
    addRow(tr("D&escription:"), m_description);
    addRow(tr("Sou&rces:"), m_sources);
    for (QWidget *part : m_sources->fields())
        m_rowOf.insert(part, m_rowOf.value(m_sources));
    // The red frame of a faulty field is a style sheet, which would change its height; the
    // height is kept, so the form does not move as problems come and go.
    for (auto it = m_rowOf.cbegin(); it != m_rowOf.cend(); ++it) {
        if (qobject_cast<QLineEdit *>(it.key()) || qobject_cast<QComboBox *>(it.key()))
            it.key()->setFixedHeight(it.key()->sizeHint().height());
    }

    m_duplicate = new QLabel;
    m_duplicate->setObjectName(QStringLiteral("duplicate"));
    m_duplicate->setTextFormat(Qt::PlainText); // names the other event
    m_duplicate->setWordWrap(true);
    m_duplicate->setStyleSheet(QStringLiteral("color: #b26a00;"));
    // Two lines kept for it, so the buttons stay put as it comes and goes.
    m_duplicate->setFixedHeight(m_duplicate->fontMetrics().lineSpacing() * 2);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EventEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EventEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_duplicate);
    layout->addWidget(m_buttons);
    setMinimumWidth(620);

    // An edit touches its field, so its problems show from now on; filling the form does not.
    const auto edited = [this](QWidget *field) {
        return [this, field] {
            if (!m_filling)
                m_rowOf.value(field)->setTouched(true);
            validate();
        };
    };
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        updateTypeRows();
        validate();
    });
    for (QLineEdit *edit : {m_date, m_announced, m_company, m_companyId, m_people, m_reasonNote,
                            m_round, m_amount, m_valuation, m_investors, m_acquirer})
        connect(edit, &QLineEdit::textChanged, this, edited(edit));
    connect(m_sources, &EventSourcesField::edited, this, edited(m_sources));
    connect(m_currency, &QComboBox::currentTextChanged, this, edited(m_currency));
    connect(m_role, &QComboBox::currentTextChanged, this, edited(m_role));
    connect(m_description, &QPlainTextEdit::textChanged, this, edited(m_description));
    connect(m_reason, &QComboBox::currentIndexChanged, this, &EventEditorDialog::validate);
    connect(m_interim, &QCheckBox::toggled, this, &EventEditorDialog::validate);
    connect(m_status, &QComboBox::currentIndexChanged, this, &EventEditorDialog::validate);
}

void EventEditorDialog::addRow(const QString &label, QWidget *content, QWidget *focus)
{
    auto *row = new CheckedField(content, focus);
    connect(row, &CheckedField::left, this, &EventEditorDialog::validate);
    m_form->addRow(label, row);
    m_rows << row;
    m_rowOf.insert(focus ? focus : content, row);
}

void EventEditorDialog::updateTypeRows()
{
    const auto type = static_cast<EventType>(m_type->currentData().toInt());
    const bool change = type == EventType::Appointment || type == EventType::Departure;
    const bool funding = type == EventType::Funding;
    const bool acquisition = type == EventType::Acquisition;
    const auto show = [this](QWidget *field, bool visible) {
        QWidget *row = m_rowOf.value(field);
        m_form->setRowVisible(row ? row : field, visible);
    };
    // "Other" events may name people (a lawsuit, a report about someone) but have no post.
    show(m_people, change || type == EventType::Other);
    show(m_role, change || type == EventType::Other);
    show(m_interim, change);
    show(m_reason, type == EventType::Departure);
    show(m_reasonNote, type == EventType::Departure);
    show(m_acquirer, acquisition);
    for (QWidget *field : {m_round, m_valuation, m_investors})
        show(field, funding);
    show(m_amount, funding || acquisition);
    show(m_currency, funding || acquisition);
    show(m_status, funding || acquisition);
    // An acquisition's amount is its price.
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_rowOf.value(m_amount))))
        label->setText(acquisition ? tr("&Price:") : tr("&Amount:"));
}

void EventEditorDialog::setEvent(const Event &event)
{
    m_filling = true;
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
    m_filling = false;
    for (CheckedField *row : std::as_const(m_rows))
        row->setTouched(false);
    validate();
    m_opened = formState();
}

std::optional<Event> EventEditorDialog::readForm(QList<FormProblem> *problems) const
{
    const auto fail = [problems](QWidget *field, const QString &what, const QString &message) {
        problems->append({field, what, message});
    };
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
        fail(m_date, tr("Date"), dateError);
    }
    if (!m_announced->text().trimmed().isEmpty()) {
        QString why;
        if (const auto announced = PartialDate::parse(m_announced->text(), &why))
            e.announced = *announced;
        else
            fail(m_announced, tr("Announced"), why);
    }
    e.company = m_company->text().trimmed();
    if (const auto identifier = CompanyIdentifier::read(m_companyId->text());
        identifier.problem.isEmpty())
        e.companyIdentifier = identifier.identifier;
    else
        fail(m_companyId, tr("Company identifier"), identifier.problem);
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
        QString why;
        e.amountUsd = readAmount(m_amount, amountNote, e.currency, &why);
        if (!why.isEmpty())
            fail(m_amount, e.type == EventType::Acquisition ? tr("Price") : tr("Amount"), why);
        e.status = static_cast<FundingStatus>(m_status->currentData().toInt());
        if (e.type == EventType::Funding) {
            e.round = m_round->text().trimmed();
            why.clear();
            e.valuationUsd = readAmount(m_valuation, valuationNote, e.currency, &why);
            if (!why.isEmpty())
                fail(m_valuation, tr("Valuation"), why);
            e.investors = splitNames(m_investors->text());
        } else {
            valuationNote->clear();
            e.acquirer = m_acquirer->text().trimmed();
        }
    }
    e.description = m_description->toPlainText().trimmed();
    QStringList sourceProblems;
    QList<QWidget *> sourceFields;
    e.sources = m_sources->sources(&sourceProblems, &sourceFields);
    for (qsizetype i = 0; i < sourceProblems.size(); ++i)
        fail(sourceFields.value(i, m_sources), QString(), sourceProblems.at(i));

    const QHash<QString, QWidget *> fields{{QStringLiteral("company"), m_company},
                                           {QStringLiteral("company_id"), m_companyId},
                                           {QStringLiteral("people"), m_people},
                                           {QStringLiteral("role"), m_role},
                                           {QStringLiteral("round"), m_round},
                                           {QStringLiteral("description"), m_description},
                                           {QStringLiteral("announced"), m_announced},
                                           {QStringLiteral("reason_note"), m_reasonNote},
                                           {QStringLiteral("currency"), m_currency},
                                           {QStringLiteral("investors"), m_investors},
                                           {QStringLiteral("acquirer"), m_acquirer},
                                           {QStringLiteral("amount_usd"), m_amount},
                                           {QStringLiteral("valuation_usd"), m_valuation}};
    for (const FieldError &error : EventValidator::validate(e)) {
        if (error.column == QLatin1String("date"))
            continue; // already said, in the date parser's words
        QWidget *field = fields.value(error.column, m_sources->fieldFor(error.column));
        fail(field ? field : m_type, QString(), error.message); // the type: the event as a whole
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
    QList<FormProblem> problems;
    const auto event = readForm(&problems);
    QStringList sentences;
    QHash<CheckedField *, QString> said; // the first problem of each row
    QList<QWidget *> shown;
    for (const FormProblem &problem : std::as_const(problems)) {
        QString message = problem.message;
        if (!message.isEmpty())
            message[0] = message[0].toUpper();
        sentences << (problem.what.isEmpty() ? message
                                             : tr("%1: %2").arg(problem.what, problem.message));
        CheckedField *row = m_rowOf.value(problem.field, m_rowOf.value(m_type));
        if (!said.contains(row))
            said.insert(row, message); // under the field, its label says what
        if (row->isTouched())
            shown << problem.field;
    }
    m_problemText = sentences.join(QLatin1Char('\n'));
    for (CheckedField *row : std::as_const(m_rows))
        row->setProblem(said.value(row));
    markFaulty(shown);
    m_duplicate->setText(event ? findDuplicate(*event) : QString());
}

void EventEditorDialog::accept()
{
    validate();
    if (m_problemText.isEmpty()) {
        QDialog::accept();
        return;
    }
    // Show every problem, and take the user to the first.
    for (CheckedField *row : std::as_const(m_rows))
        row->setTouched(true);
    validate();
    for (CheckedField *row : std::as_const(m_rows)) {
        if (row->isProblemShown() && row->isVisibleTo(this)) {
            row->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

void EventEditorDialog::reject()
{
    if (formState() != m_opened) {
        QMessageBox ask(QMessageBox::Question, windowTitle(), tr("Discard changes?"),
                        QMessageBox::NoButton, this);
        ask.setInformativeText(m_id ? tr("Your changes to this event are not saved.")
                                    : tr("The event you entered is not saved."));
        ask.addButton(QMessageBox::Discard);
        QPushButton *keep = ask.addButton(tr("Keep editing"), QMessageBox::RejectRole);
        ask.setDefaultButton(keep);
        ask.setEscapeButton(keep);
        ask.exec();
        if (ask.clickedButton() == keep)
            return;
    }
    QDialog::reject();
}

QStringList EventEditorDialog::formState() const
{
    QStringList state{m_type->currentText(),   m_date->text(),
                      m_announced->text(),     m_company->text(),
                      m_companyId->text(),     m_people->text(),
                      m_role->currentText(),   QString::number(int(m_interim->isChecked())),
                      m_reason->currentText(), m_reasonNote->text(),
                      m_round->text(),         m_amount->text(),
                      m_valuation->text(),     m_currency->currentText(),
                      m_investors->text(),     m_acquirer->text(),
                      m_status->currentText(), m_description->toPlainText()};
    for (QWidget *part : m_sources->fields()) {
        if (auto *line = qobject_cast<QLineEdit *>(part))
            state << line->text();
        else if (auto *text = qobject_cast<QPlainTextEdit *>(part))
            state << text->toPlainText();
    }
    return state;
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
    QList<FormProblem> problems;
    return readForm(&problems);
}

QString EventEditorDialog::problem() const
{
    return m_problemText;
}

QString EventEditorDialog::duplicateWarning() const
{
    return m_duplicate->text();
}
