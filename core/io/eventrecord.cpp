#include "eventrecord.h"

#include "lenientvalues.h"
#include "model/companyidentifier.h"
#include "model/currency.h"
#include "model/money.h"
#include "model/safetext.h"
#include "sourcelisttext.h"

#include <QDateTime>

#include <algorithm>

namespace {
// Today, for "far in the future": from the clock alone, without QDate::currentDate()'s time-zone
// lookup, which was a third of reading a date in a large file. A day either way changes nothing.
QDate roughlyToday()
{
    return QDate(1970, 1, 1).addDays(QDateTime::currentSecsSinceEpoch() / 86400);
}

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
    QString trimmed = text.trimmed();
    if (trimmed != text)
        warn(column, tr("the spaces around %1 were removed").arg(SafeText::quoted(trimmed)));
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
                    warn(column,
                         tr("%1 was read as %2").arg(SafeText::quoted(text.trimmed()), *padded));
            }
        }
        if (!date) {
            addError(column, why);
            break;
        }
        m_event.date = *date;
        if (const QString odd = LenientValues::suspiciousDate(*date, roughlyToday());
            !odd.isEmpty())
            warn(column, odd);
        if (const QString placeholder = LenientValues::placeholderDate(*date);
            !placeholder.isEmpty())
            warn(column, placeholder);
        break;
    }
    case Column::Announced:
        setDateText(column, text, &m_event.announced);
        break;
    case Column::SourceDate:
        setDateText(column, text, &m_firstSource.date);
        updateSources();
        break;
    case Column::Reason: {
        // "Dismissed performance", "dismissed_performance": the words are what counts.
        QString key = word;
        key.replace(QLatin1Char('_'), QLatin1Char('-')).replace(QLatin1Char(' '), QLatin1Char('-'));
        if (key.isEmpty())
            m_event.reason.reset();
        else if (const auto reason = departureReasonFromString(key))
            m_event.reason = *reason;
        else
            addError(column, tr("%1 is not a reason: use %2, or leave it empty and say why in "
                                "reason_note")
                                 .arg(SafeText::quoted(text),
                                      departureReasonNames().join(QStringLiteral(", "))));
        break;
    }
    case Column::ReasonNote:
        m_event.reasonNote = trimmedWithWarning(column, text);
        break;
    case Column::Currency: {
        const QString trimmed = text.trimmed();
        const auto fromSymbol = Currency::fromSymbol(trimmed);
        m_currencyColumn = fromSymbol ? *fromSymbol : trimmed.toUpper();
        if (fromSymbol)
            warn(column, tr("%1 was read as %2").arg(SafeText::quoted(trimmed), *fromSymbol));
        updateCurrency();
        break;
    }
    case Column::Investors:
        setInvestors(text.trimmed().isEmpty()
                         ? QStringList()
                         : text.split(QLatin1Char(InterchangeFormat::peopleSeparator)));
        break;
    case Column::Acquirer:
        m_event.acquirer = trimmedWithWarning(column, text);
        break;
    case Column::CompanyId: {
        const CompanyIdentifier::Reading reading = CompanyIdentifier::read(text);
        if (!reading.problem.isEmpty())
            addError(column, reading.problem);
        else if (reading.rewritten)
            warn(column,
                 tr("%1 was read as %2").arg(SafeText::quoted(text.trimmed()), reading.identifier));
        m_event.companyIdentifier = reading.identifier;
        break;
    }
    case Column::Sources: {
        const SourceListText::Reading reading = SourceListText::read(text);
        for (const QString &error : reading.errors)
            addError(column, error);
        for (const QString &warning : reading.warnings)
            warn(column, warning);
        m_moreSources = reading.sources;
        updateSources();
        break;
    }
    case Column::SourceOutlet:
        m_firstSource.outlet = trimmedWithWarning(column, text);
        updateSources();
        break;
    case Column::Company:
        m_event.company = trimmedWithWarning(column, text);
        if (LenientValues::looksLikeSpreadsheetDebris(m_event.company))
            warn(column, tr("%1 looks like a spreadsheet error or formula, not a name")
                             .arg(SafeText::quoted(m_event.company)));
        if (LenientValues::looksLikeMojibake(m_event.company))
            warn(column, tr("%1 looks like text in a wrong encoding (mojibake)")
                             .arg(SafeText::quoted(m_event.company)));
        break;
    case Column::Type:
        if (const auto type = eventTypeFromString(word))
            m_event.type = *type;
        else if (word.isEmpty())
            addError(
                column,
                tr("a type is required: appointment, departure, funding, acquisition or other"));
        else
            addError(column, tr("%1 is not a type: use appointment, departure, funding, "
                                "acquisition or other")
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
            addError(column,
                     tr("%1 is not true or false (empty means false)").arg(SafeText::quoted(text)));
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
            addError(column, tr("%1 is not a status: use completed, failed or rumored (empty "
                                "means completed)")
                                 .arg(SafeText::quoted(text)));
        break;
    case Column::Description:
        m_event.description = text;
        break;
    case Column::SourceUrl:
        m_firstSource.url = trimmedWithWarning(column, text);
        if (const auto withScheme = LenientValues::urlWithScheme(m_firstSource.url)) {
            warn(column,
                 tr("%1 has no scheme; read as %2")
                     .arg(SafeText::quoted(m_firstSource.url), SafeText::quoted(*withScheme)));
            m_firstSource.url = *withScheme;
        }
        updateSources();
        break;
    case Column::SourceTitle:
        m_firstSource.title = text;
        updateSources();
        break;
    }
}

void EventRecord::setDateText(Column column, const QString &text, PartialDate *date)
{
    *date = PartialDate();
    if (text.trimmed().isEmpty())
        return; // these dates are optional
    QString why;
    auto parsed = PartialDate::parse(text, &why);
    if (!parsed) {
        if (const auto padded = LenientValues::paddedDate(text)) {
            parsed = PartialDate::parse(*padded);
            if (parsed)
                warn(column,
                     tr("%1 was read as %2").arg(SafeText::quoted(text.trimmed()), *padded));
        }
    }
    if (!parsed) {
        addError(column, why);
        return;
    }
    *date = *parsed;
    if (const QString odd = LenientValues::suspiciousDate(*parsed, roughlyToday()); !odd.isEmpty())
        warn(column, odd);
}

void EventRecord::updateSources()
{
    m_event.sources.clear();
    if (!m_firstSource.isEmpty())
        m_event.sources << m_firstSource;
    m_event.sources << m_moreSources;
}

void EventRecord::setSources(const QList<EventSource> &sources)
{
    m_sourceList = true;
    m_event.sources = sources;
}

void EventRecord::updateCurrency()
{
    if (!m_currencyColumn.isEmpty())
        m_event.currency = m_currencyColumn;
    else if (!m_amountCurrency.isEmpty())
        m_event.currency = m_amountCurrency;
    else if (!m_valuationCurrency.isEmpty())
        m_event.currency = m_valuationCurrency;
    else
        m_event.currency = Currency::defaultCode();
}

void EventRecord::setAmountText(Column column, const QString &text)
{
    if (text.isEmpty()) {
        setAmount(column, std::nullopt);
        return;
    }
    if (!isDigits(text)) {
        // The amounts the editor and `add` take: "$101M", "1.5B", "1,500,000", "€20M", "20M EUR".
        QString why;
        bool aboutCurrency = false;
        const auto amount = Money::parseAmount(text, &why, &aboutCurrency);
        if (amount && amount->value <= InterchangeFormat::maxAmount) {
            const QString currency =
                amount->currency.isEmpty() ? QString() : QLatin1Char(' ') + amount->currency;
            warn(column, tr("%1 was read as %2%3", "the text, the number, the currency")
                             .arg(SafeText::quoted(text))
                             .arg(amount->value)
                             .arg(currency));
            setAmount(column, amount->value);
            (column == Column::AmountUsd ? m_amountCurrency : m_valuationCurrency) =
                amount->currency;
            updateCurrency();
            return;
        }
        if (!amount && aboutCurrency) {
            addError(column, why); // a currency the text names is wrong: say so, not "digits"
            return;
        }
        addError(column, tr("%1 is not a whole number of dollars: write digits only, like "
                            "101000000")
                             .arg(SafeText::quoted(text)));
        return;
    }
    bool ok = false;
    const qint64 dollars = text.toLongLong(&ok);
    if (!ok || dollars > InterchangeFormat::maxAmount) {
        addError(column, tr("%1 is too large: amounts go up to %2")
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

QStringList EventRecord::readNames(Column column, const QStringList &names)
{
    QStringList trimmed;
    for (const QString &name : names)
        trimmed << name.trimmed();
    // The validator checks this for appointments and departures only; a stray separator is a
    // mistake whatever the type.
    if (trimmed.contains(QString()))
        addError(column, tr("a name in the list is empty"));
    for (const QString &name : std::as_const(trimmed)) {
        if (LenientValues::looksLikeSpreadsheetDebris(name))
            warn(column, tr("%1 looks like a spreadsheet error or formula, not a name")
                             .arg(SafeText::quoted(name)));
        if (LenientValues::looksLikeMojibake(name))
            warn(column, tr("%1 looks like text in a wrong encoding (mojibake)")
                             .arg(SafeText::quoted(name)));
    }
    return trimmed;
}

void EventRecord::setPeople(const QStringList &names)
{
    m_event.people = readNames(Column::People, names);
}

void EventRecord::setInvestors(const QStringList &names)
{
    m_event.investors = readNames(Column::Investors, names);
}

QList<FieldError> EventRecord::errors() const
{
    QList<FieldError> errors = m_errors;
    // One event, one currency: a currency an amount names must agree with the column's.
    const QString currency = m_currencyColumn.isEmpty() ? m_amountCurrency : m_currencyColumn;
    if (!m_amountCurrency.isEmpty() && !m_currencyColumn.isEmpty() &&
        m_amountCurrency != m_currencyColumn)
        errors.append({InterchangeFormat::name(Column::AmountUsd),
                       tr("the amount is in %1 but the currency column says %2; an event has "
                          "one currency")
                           .arg(m_amountCurrency, m_currencyColumn)});
    if (!m_valuationCurrency.isEmpty() && !currency.isEmpty() && m_valuationCurrency != currency)
        errors.append({InterchangeFormat::name(Column::ValuationUsd),
                       tr("the valuation is in %1 but the amount is in %2; an event has one "
                          "currency")
                           .arg(m_valuationCurrency, currency)});
    if (m_sourceList && !m_firstSource.isEmpty())
        errors.append({InterchangeFormat::name(Column::Sources),
                       tr("the sources are given twice, in sources and in "
                          "source_url/source_title; put them all in sources")});
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
    return warnings(errors());
}

QList<FieldError> EventRecord::warnings(const QList<FieldError> &errors) const
{
    QList<FieldError> warnings = m_warnings;
    // The validator's doubts, unless the column already has an error.
    for (const FieldError &doubt : EventValidator::warnings(m_event)) {
        if (std::none_of(errors.cbegin(), errors.cend(),
                         [&](const FieldError &e) { return e.column == doubt.column; }))
            warnings.append(doubt);
    }
    return warnings;
}
