#include "eventrecord.h"

#include "lenientvalues.h"
#include "model/money.h"
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

void EventRecord::warn(Column column, const QString &message)
{
    m_warnings.append({InterchangeFormat::name(column), message});
}

QString EventRecord::trimmedWithWarning(Column column, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed != text)
        warn(column,
             QStringLiteral("the spaces around %1 were removed").arg(SafeText::quoted(trimmed)));
    return trimmed;
}

void EventRecord::setText(Column column, const QString &text)
{
    // Enumerations are read whatever their case: spreadsheets like to write TRUE and FALSE.
    const QString word = text.trimmed().toLower();
    switch (column) {
    case Column::Date: {
        QString why;
        auto date = PartialDate::parse(text, &why);
        if (!date) {
            if (const auto padded = LenientValues::paddedDate(text)) {
                date = PartialDate::parse(*padded);
                if (date)
                    warn(column, QStringLiteral("%1 was read as %2")
                                     .arg(SafeText::quoted(text.trimmed()), *padded));
            }
        }
        if (!date) {
            addError(column, why);
            break;
        }
        m_event.date = *date;
        if (const QString odd =
                LenientValues::suspiciousDate(date->firstDay(), QDate::currentDate());
            !odd.isEmpty())
            warn(column, QStringLiteral("%1 %2").arg(date->toString(), odd));
        break;
    }
    case Column::Company:
        m_event.company = trimmedWithWarning(column, text);
        if (LenientValues::looksLikeSpreadsheetDebris(m_event.company))
            warn(column, QStringLiteral("%1 looks like a spreadsheet error or formula, not a name")
                             .arg(SafeText::quoted(m_event.company)));
        if (LenientValues::looksLikeMojibake(m_event.company))
            warn(column, QStringLiteral("%1 looks like text in a wrong encoding (mojibake)")
                             .arg(SafeText::quoted(m_event.company)));
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
        m_event.role = trimmedWithWarning(column, text);
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
        m_event.round = trimmedWithWarning(column, text);
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
        m_event.sourceUrl = trimmedWithWarning(column, text);
        if (const auto withScheme = LenientValues::urlWithScheme(m_event.sourceUrl)) {
            warn(column,
                 QStringLiteral("%1 has no scheme; read as %2")
                     .arg(SafeText::quoted(m_event.sourceUrl), SafeText::quoted(*withScheme)));
            m_event.sourceUrl = *withScheme;
        }
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
        // The amounts the editor and `add` take: "$101M", "1.5B", "1,500,000".
        if (const auto dollars = Money::parse(text);
            dollars && *dollars <= InterchangeFormat::maxAmount) {
            warn(column,
                 QStringLiteral("%1 was read as %2").arg(SafeText::quoted(text)).arg(*dollars));
            setAmount(column, *dollars);
            return;
        }
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
    for (const QString &name : std::as_const(people)) {
        if (LenientValues::looksLikeSpreadsheetDebris(name))
            warn(Column::People,
                 QStringLiteral("%1 looks like a spreadsheet error or formula, not a name")
                     .arg(SafeText::quoted(name)));
        if (LenientValues::looksLikeMojibake(name))
            warn(Column::People, QStringLiteral("%1 looks like text in a wrong encoding (mojibake)")
                                     .arg(SafeText::quoted(name)));
    }
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

QList<FieldError> EventRecord::warnings() const
{
    return m_warnings;
}
