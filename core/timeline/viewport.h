#pragma once

#include <QDate>

// Maps time to horizontal position in the plot: which span of days is visible over how many
// pixels. Days are Julian day numbers as doubles, so a zoomed-in view may start mid-day.
class Viewport
{
public:
    static constexpr double minSpanDays = 1;            // about a day across the plot
    static constexpr double maxSpanDays = 200 * 365.25; // two centuries

    Viewport() = default;
    Viewport(double firstDay, double spanDays, double width); // the span is clamped
    // Shows first..last with a small margin either side.
    static Viewport fitting(QDate first, QDate last, double width);

    double firstDay() const { return m_first; }
    double lastDay() const { return m_first + m_span; }
    double spanDays() const { return m_span; }
    double width() const { return m_width; }
    double pixelsPerDay() const { return m_width / m_span; }

    double xForDay(double day) const;
    double dayForX(double x) const;
    double xForDate(QDate date) const { return xForDay(double(date.toJulianDay())); }
    QDate dateForX(double x) const;

    // factor > 1 zooms in, keeping the day under x where it is; the span stays within bounds.
    Viewport zoomedAround(double x, double factor) const;
    // Moves the content by dx pixels: positive dx shows earlier dates.
    Viewport panned(double dx) const;
    Viewport centeredOn(QDate date) const;
    // Same first day and span over a new width (the window was resized).
    Viewport withWidth(double width) const;

    bool operator==(const Viewport &other) const = default;

private:
    double m_first = 0;
    double m_span = 365;
    double m_width = 1;
};
