#pragma once

#include "chartfonts.h"
#include "chartstyle.h"
#include "viewport.h"

#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

// How far apart the ticks of an axis tier are: every day, week, month, quarter (3 months), year,
// decade (10 years), century (100 years) and a few steps between.
struct TickStep
{
    enum class Unit { Day, Week, Month, Year };
    Unit unit = Unit::Year;
    int count = 1;

    // The shortest time between two ticks (a month may be 28 days), to know whether labels fit.
    double minDays() const;
    bool operator==(const TickStep &other) const = default;
};

struct AxisTick
{
    double day = 0;   // the Julian day whose start the tick marks
    double x = 0;     // in the viewport: 0 is the plot's left edge
    QString label;    // empty: a grid line without a label
    QRectF labelRect; // x as the tick's, y from 0 at the top of the tier
};

struct AxisTier
{
    std::optional<TickStep> step; // nullopt: the tier is empty
    // In date order. A major tier's first tick may lie left of the plot (x < 0): it carries the
    // label of the period the view starts in, pinned to the left edge, and draws no grid line.
    std::vector<AxisTick> ticks;
};

struct AxisTicks
{
    AxisTier major; // the context on top: "2024" over months, "March 2024" over days
    AxisTier minor; // the finest step whose labels fit: "Mar", "22", "Q2", "2030"
};

// Chooses and places the ticks and labels of the two-tier date axis for a viewport: the finest
// step whose widest label fits between two ticks, so labels of a tier never overlap however far
// the view is zoomed. Measures with the style's axis fonts, once per label form.
class TickGenerator
{
public:
    explicit TickGenerator(const ChartStyle &style = {});

    static constexpr double labelInset = 3; // a label starts this far right of its tick
    static constexpr double labelGap = 8;   // at least this much between two labels of a tier

    // Every step the axis uses, finest first.
    static const std::vector<TickStep> &steps();
    // The finest step whose minor labels fit at this zoom (the coarsest if none does).
    TickStep minorStep(double pixelsPerDay) const;
    // The coarser step labelled above `minor`, if any.
    static std::optional<TickStep> majorStep(TickStep minor);

    AxisTicks generate(const Viewport &viewport) const;

private:
    enum class Form { DayNumber, ShortMonth, Quarter, Year, MonthYearLong, MonthYearShort, Decade };
    double width(Form form) const;
    static Form minorForm(TickStep step);
    static QString label(QDate date, Form form);
    AxisTier tier(const Viewport &viewport, TickStep step, bool major) const;

    ChartFonts m_fonts;
    mutable std::optional<double> m_widths[7]; // measured on first use, per Form
};
