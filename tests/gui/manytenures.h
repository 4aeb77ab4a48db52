#pragma once

#include "testsupport.h"

#include <vector>

// Enough leadership for a chart that takes a while to read, lay out and paint: 3000 events at
// 60 companies, a chief executive appointed and gone every year or two from 1980 on.
inline std::vector<Event> manyTenures()
{
    std::vector<Event> events;
    for (int company = 0; company < 60; ++company) {
        const QString name = QStringLiteral("Company %1").arg(company);
        const int month = 1 + company % 6;
        for (int i = 0; i < 25; ++i) {
            const QString person = QStringLiteral("Person %1-%2").arg(company).arg(i);
            const int year = 1980 + i * 45 / 25;
            const auto when = [](int y, int m) {
                return QStringLiteral("%1-%2").arg(y).arg(m, 2, 10, QLatin1Char('0'));
            };
            events.push_back(
                testsupport::appointment(when(year, month), name, {person}, QStringLiteral("CEO")));
            events.push_back(testsupport::departure(when(year + 1, month + 6), name, {person},
                                                    QStringLiteral("CEO")));
        }
    }
    return events;
}
