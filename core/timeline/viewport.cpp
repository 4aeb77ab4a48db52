#include "viewport.h"

#include <algorithm>
#include <cmath>

namespace {
// The calendar PartialDate can hold: 0001-01-01 to 9999-12-31. The view never leaves it, so tick
// dates are always valid.
const double earliestDay = double(QDate(1, 1, 1).toJulianDay());
const double latestDay = double(QDate(9999, 12, 31).toJulianDay()) + 1;

double clampSpan(double span)
{
    if (!std::isfinite(span))
        return Viewport::maxSpanDays;
    return std::clamp(span, Viewport::minSpanDays, Viewport::maxSpanDays);
}

double clampFirst(double first, double span)
{
    if (!std::isfinite(first))
        return earliestDay;
    return std::clamp(first, earliestDay, latestDay - span);
}
} // namespace

Viewport::Viewport(double firstDay, double spanDays, double width)
    : m_span(clampSpan(spanDays)), m_width(std::isfinite(width) ? std::max(1.0, width) : 1.0)
{
    m_first = clampFirst(firstDay, m_span);
}

Viewport Viewport::fitting(QDate first, QDate last, double width)
{
    if (!first.isValid() && !last.isValid())
        first = last = QDate::currentDate();
    if (!first.isValid())
        first = last;
    if (!last.isValid())
        last = first;
    if (last < first)
        std::swap(first, last);
    const auto from = double(first.toJulianDay());
    const double to = double(last.toJulianDay()) + 1; // the whole of the last day
    if (first == last) {
        // One day alone would be lost in a day-wide view: show the year around it.
        const double span = 365.25;
        return Viewport((from + to) / 2 - span / 2, span, width);
    }
    const double margin = (to - from) * 0.04;
    return Viewport(from - margin, to - from + 2 * margin, width);
}

double Viewport::xForDay(double day) const
{
    return (day - m_first) * m_width / m_span;
}

double Viewport::dayForX(double x) const
{
    return m_first + x * m_span / m_width;
}

QDate Viewport::dateForX(double x) const
{
    return QDate::fromJulianDay(qint64(std::floor(dayForX(x))));
}

Viewport Viewport::zoomedAround(double x, double factor) const
{
    if (!(factor > 0) || !std::isfinite(factor))
        return *this;
    const double day = dayForX(x);
    const double span = clampSpan(m_span / factor);
    return Viewport(day - x * span / m_width, span, m_width);
}

Viewport Viewport::panned(double dx) const
{
    return Viewport(m_first - dx * m_span / m_width, m_span, m_width);
}

Viewport Viewport::centeredOn(QDate date) const
{
    if (!date.isValid())
        return *this;
    // The middle of the day, so a day-wide view shows all of it.
    return Viewport(double(date.toJulianDay()) + 0.5 - m_span / 2, m_span, m_width);
}

Viewport Viewport::withWidth(double width) const
{
    return Viewport(m_first, m_span, width);
}
