#include "interchangeformat.h"

#include <array>

namespace {
constexpr std::array<const char *, InterchangeFormat::columnCount> columnNames{
    "date",       "company",       "type",   "people",      "role",       "interim",     "round",
    "amount_usd", "valuation_usd", "status", "description", "source_url", "source_title"};

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
    switch (column) {
    case Column::Date:
        return event.date.toString();
    case Column::Company:
        return event.company;
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
    case Column::Round:
        return event.round;
    case Column::AmountUsd:
        return amountText(event.amountUsd);
    case Column::ValuationUsd:
        return amountText(event.valuationUsd);
    case Column::Status:
        if (event.type == EventType::Funding || event.status != FundingStatus::Completed)
            return toString(event.status);
        return {};
    case Column::Description:
        return event.description;
    case Column::SourceUrl:
        return event.sourceUrl;
    case Column::SourceTitle:
        return event.sourceTitle;
    }
    return {};
}
