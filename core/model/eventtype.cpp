#include "eventtype.h"

#include <array>

namespace {
constexpr std::array typeNames{"appointment", "departure", "funding", "other", "acquisition"};
constexpr std::array statusNames{"completed", "failed", "rumored"};

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<const char *, N> &names, QStringView text)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (text == QLatin1String(names[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

template <std::size_t N> QStringList toList(const std::array<const char *, N> &names)
{
    QStringList list;
    for (const char *name : names)
        list << QLatin1String(name);
    return list;
}
} // namespace

QString toString(EventType type)
{
    return QLatin1String(typeNames.at(static_cast<std::size_t>(type)));
}

QString toString(FundingStatus status)
{
    return QLatin1String(statusNames.at(static_cast<std::size_t>(status)));
}

std::optional<EventType> eventTypeFromString(QStringView text)
{
    return lookup<EventType>(typeNames, text);
}

std::optional<FundingStatus> fundingStatusFromString(QStringView text)
{
    return lookup<FundingStatus>(statusNames, text);
}

QStringList eventTypeNames()
{
    return toList(typeNames);
}

QStringList fundingStatusNames()
{
    return toList(statusNames);
}

QStringList commonRoles()
{
    return {QStringLiteral("CEO"),          QStringLiteral("Co-CEO"),
            QStringLiteral("CTO"),          QStringLiteral("COO"),
            QStringLiteral("CFO"),          QStringLiteral("President"),
            QStringLiteral("Board member"), QStringLiteral("Executive chairman"),
            QStringLiteral("Chairman"),     QStringLiteral("Researcher"),
            QStringLiteral("Co-founder"),   QStringLiteral("General Counsel")};
}

bool isSoleRole(const QString &role)
{
    return role.compare(QLatin1String("CEO"), Qt::CaseInsensitive) == 0;
}
