#include "interchangeformat.h"

#include "sourcelisttext.h"

#include <array>

namespace {
constexpr std::array<const char *, InterchangeFormat::columnCount> columnNames{
    "date",          "announced",    "company",       "company_id",  "type",   "people",
    "role",          "interim",      "reason",        "reason_note", "round",  "amount_usd",
    "valuation_usd", "currency",     "investors",     "acquirer",    "status", "description",
    "source_url",    "source_title", "source_outlet", "source_date", "sources"};

QString amountText(const std::optional<qint64> &amount)
{
    return amount ? QString::number(*amount) : QString();
}
} // namespace

QString InterchangeFormat::name(Column column)
{
    return QLatin1String(columnNames.at(static_cast<std::size_t>(column)));
}

QStringList InterchangeFormat::names()
{
    QStringList list;
    for (const char *name : columnNames)
        list << QLatin1String(name);
    return list;
}

bool InterchangeFormat::isFirstSourceColumn(Column column)
{
    return column == Column::SourceUrl || column == Column::SourceTitle ||
           column == Column::SourceOutlet || column == Column::SourceDate;
}

QStringList InterchangeFormat::jsonKeys()
{
    QStringList keys;
    for (int i = 0; i < columnCount; ++i) {
        if (!isFirstSourceColumn(columnAt(i)))
            keys << name(columnAt(i));
    }
    return keys;
}

bool InterchangeFormat::isOriginalColumn(Column column)
{
    switch (column) {
    case Column::Announced:
    case Column::CompanyId:
    case Column::Reason:
    case Column::ReasonNote:
    case Column::Currency:
    case Column::Investors:
    case Column::Acquirer:
    case Column::SourceOutlet:
    case Column::SourceDate:
    case Column::Sources:
        return false;
    default:
        return true;
    }
}

std::optional<InterchangeFormat::Column> InterchangeFormat::columnNamed(QStringView name)
{
    for (std::size_t i = 0; i < columnNames.size(); ++i) {
        if (name == QLatin1String(columnNames[i]))
            return static_cast<Column>(i);
    }
    return std::nullopt;
}

QString InterchangeFormat::text(const Event &event, Column column)
{
    const bool isChange =
        event.type == EventType::Appointment || event.type == EventType::Departure;
    const bool hasMoney = event.type == EventType::Funding || event.type == EventType::Acquisition;
    const EventSource first = event.sources.value(0);
    switch (column) {
    case Column::Date:
        return event.date.toString();
    case Column::Announced:
        return event.announced.isValid() ? event.announced.toString() : QString();
    case Column::Company:
        return event.company;
    case Column::CompanyId:
        return event.companyIdentifier;
    case Column::Type:
        return toString(event.type);
    case Column::People:
        return event.people.join(QLatin1Char(peopleSeparator));
    case Column::Role:
        return event.role;
    case Column::Interim:
        if (event.interim)
            return QStringLiteral("true");
        return isChange ? QStringLiteral("false") : QString();
    case Column::Reason:
        return event.reason ? toString(*event.reason) : QString();
    case Column::ReasonNote:
        return event.reasonNote;
    case Column::Round:
        return event.round;
    case Column::AmountUsd:
        return amountText(event.amountUsd);
    case Column::ValuationUsd:
        return amountText(event.valuationUsd);
    case Column::Currency:
        // Written where there is money; elsewhere only when it is not the default.
        if (hasMoney || event.currency != QLatin1String("USD"))
            return event.currency;
        return {};
    case Column::Investors:
        return event.investors.join(QLatin1Char(peopleSeparator));
    case Column::Acquirer:
        return event.acquirer;
    case Column::Status:
        if (hasMoney || event.status != FundingStatus::Completed)
            return toString(event.status);
        return {};
    case Column::Description:
        return event.description;
    case Column::SourceUrl:
        return first.url;
    case Column::SourceTitle:
        return first.title;
    case Column::SourceOutlet:
        return first.outlet;
    case Column::SourceDate:
        return first.date.isValid() ? first.date.toString() : QString();
    case Column::Sources:
        return SourceListText::write(event.sources.mid(1));
    }
    return {};
}
