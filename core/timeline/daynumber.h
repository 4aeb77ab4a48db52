#pragma once

#include "model/event.h"
#include "model/partialdate.h"

#include <QtGlobal>

// The Julian day number of the first day a partial date may mean, as
// date.firstDay().toJulianDay() gives it, by integer arithmetic: the layout asks this of every
// event in view each frame, and going through QDate's calendar machinery costs several times more.
class DayNumber
{
public:
    static qint64 firstDayOf(const PartialDate &date)
    {
        if (!date.isValid())
            return 0;
        return of(date.year(), date.month() ? date.month() : 1, date.day() ? date.day() : 1);
    }

    // An event's first day, as the x coordinate layouts work in.
    static double dayOf(const Event &event) { return double(firstDayOf(event.date)); }

    // Proleptic Gregorian, for years 1 and later (all a PartialDate holds).
    static constexpr qint64 of(int year, int month, int day)
    {
        const qint64 a = (14 - month) / 12;
        const qint64 y = year + 4800 - a;
        const qint64 m = month + 12 * a - 3;
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
    }
};
