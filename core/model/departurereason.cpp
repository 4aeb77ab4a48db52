#include "departurereason.h"

#include <array>

namespace {
constexpr std::array reasonNames{"dismissed-performance",
                                 "dismissed-misconduct",
                                 "resigned",
                                 "retired",
                                 "health",
                                 "death",
                                 "new-role",
                                 "merger",
                                 "interim-ended",
                                 "unknown"};
} // namespace

QString toString(DepartureReason reason)
{
    return QLatin1String(reasonNames.at(static_cast<std::size_t>(reason)));
}

std::optional<DepartureReason> departureReasonFromString(QStringView text)
{
    for (std::size_t i = 0; i < reasonNames.size(); ++i) {
        if (text == QLatin1String(reasonNames[i]))
            return static_cast<DepartureReason>(i);
    }
    return std::nullopt;
}

QStringList departureReasonNames()
{
    QStringList names;
    for (const char *name : reasonNames)
        names << QLatin1String(name);
    return names;
}

const QList<DepartureReason> &allDepartureReasons()
{
    static const QList<DepartureReason> reasons = [] {
        QList<DepartureReason> list;
        for (std::size_t i = 0; i < reasonNames.size(); ++i)
            list << static_cast<DepartureReason>(i);
        return list;
    }();
    return reasons;
}
