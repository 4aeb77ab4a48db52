#include "eventrecord.h"

#include "model/safetext.h"

#include <algorithm>

namespace {
bool isDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
}

int columnIndex(const QString &name)
{
    const auto column = InterchangeFormat::columnNamed(name);
    return column ? static_cast<int>(*column) : InterchangeFormat::columnCount;
}
} // namespace

void EventRecord::addError(Column column, const QString &message)
{
    m_errors.append({InterchangeFormat::name(column), message});
}

void EventRecord::setText(Column column, const QString &text)
{
    // Enumerations are read whatever their case: spreadsheets like to write TRUE and FALSE.
    const QString word = text.trimmed().toLower();
    switch (column) {
    case Column::Date: {
        QString why;
        if (const auto date = PartialDate::parse(text, &why))
            m_event.date = *date;
        else
            addError(column, why);
        break;
    }
    case Column::Company:
        m_event.company = text;
        break;
    case Column::Type:
        if (const auto type = eventTypeFromString(word))
            m_event.type = *type;
        else if (word.isEmpty())
            addError(column, QStringLiteral("a type is required: appointment, departure, funding "
                                            "or other"));
        else
            addError(column, QStringLiteral("%1 is not a type: use appointment, departure, "
                                            "funding or other")
                                 .arg(SafeText::quoted(text)));
        break;
    case Column::People:
        if (text.trimmed().isEmpty())
            setPeople({});
        else
            setPeople(text.split(QLatin1Char(InterchangeFormat::peopleSeparator)));
        break;
    case Column::Role:
        m_event.role = text;
        break;
    case Column::Interim:
        if (word.isEmpty() || word == QLatin1String("false"))
            m_event.interim = false;
        else if (word == QLatin1String("true"))
            m_event.interim = true;
        else
            addError(column, QStringLiteral("%1 is not true or false (empty means false)")
                                 .arg(SafeText::quoted(text)));
        break;
    case Column::Round:
        m_event.round = text;
        break;
    case Column::AmountUsd:
    case Column::ValuationUsd:
        setAmountText(column, text.trimmed());
        break;
    case Column::Status:
        if (word.isEmpty())
            m_event.status = FundingStatus::Completed;
        else if (const auto status = fundingStatusFromString(word))
            m_event.status = *status;
        else
            addError(column, QStringLiteral("%1 is not a status: use completed, failed or "
                                            "rumored (empty means completed)")
                                 .arg(SafeText::quoted(text)));
        break;
    case Column::Description:
        m_event.description = text;
        break;
    case Column::SourceUrl:
        m_event.sourceUrl = text;
        break;
    case Column::SourceTitle:
        m_event.sourceTitle = text;
        break;
    }
}

void EventRecord::setAmountText(Column column, const QString &text)
{
    if (text.isEmpty()) {
        setAmount(column, std::nullopt);
        return;
    }
    if (!isDigits(text)) {
        addError(column, QStringLiteral("%1 is not a whole number of dollars: write digits only, "
                                        "like 101000000")
                             .arg(SafeText::quoted(text)));
        return;
    }
    bool ok = false;
    const qint64 dollars = text.toLongLong(&ok);
    if (!ok || dollars > InterchangeFormat::maxAmount) {
        addError(column, QStringLiteral("%1 is too large: amounts go up to %2")
                             .arg(SafeText::quoted(text))
                             .arg(InterchangeFormat::maxAmount));
        return;
    }
    setAmount(column, dollars);
}

void EventRecord::setAmount(Column column, std::optional<qint64> dollars)
{
    if (column == Column::AmountUsd)
        m_event.amountUsd = dollars;
    else if (column == Column::ValuationUsd)
        m_event.valuationUsd = dollars;
}

void EventRecord::setPeople(const QStringList &names)
{
    QStringList people;
    for (const QString &name : names)
        people << name.trimmed();
    // The validator checks this for appointments and departures only; a stray separator is a
    // mistake whatever the type.
    if (people.contains(QString()))
        addError(Column::People, QStringLiteral("a name in the list is empty"));
    m_event.people = people;
}

QList<FieldError> EventRecord::errors() const
{
    QList<FieldError> errors = m_errors;
    for (const FieldError &finding : EventValidator::validate(m_event)) {
        const bool reported =
            std::any_of(m_errors.cbegin(), m_errors.cend(),
                        [&](const FieldError &e) { return e.column == finding.column; });
        if (!reported)
            errors.append(finding);
    }
    std::stable_sort(errors.begin(), errors.end(), [](const FieldError &a, const FieldError &b) {
        return columnIndex(a.column) < columnIndex(b.column);
    });
    return errors;
}
