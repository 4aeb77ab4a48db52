#pragma once

#include "chartstyle.h"
#include "fundingscale.h"
#include "scene.h"
#include "viewport.h"

#include <vector>

// The part of a funding panel where the money is drawn. One money axis: on a linear scale the
// valuations have a band of their own above the bars, with its own labelled axis, never a second
// scale over the bars; on a logarithmic scale bars and valuation points share one axis.
struct FundingPlotArea
{
    double left = 0, right = 0; // the time axis; x = left + viewport.xForDay(day)
    double barsTop = 0;         // labels may go up to here
    double scaleTop = 0;        // the amounts' top value is drawn here
    double baseline = 0;        // the amounts' bottom value ($0 on a linear scale)
    FundingScale amounts;       // the bars
    // The valuation points: the amounts' scale on a logarithmic chart, else their own band's.
    FundingScale valuations;
    double valuationTop = 0;      // the valuations' top value is drawn here...
    double valuationBaseline = 0; // ...and their bottom here
    // What every scale counts: one currency per panel, never a sum of several.
    QString currency = QStringLiteral("USD");

    double y(const FundingScale &scale, double value) const
    {
        return baseline - scale.fraction(value) * (baseline - scaleTop);
    }
    double valuationY(double value) const
    {
        return valuationBaseline - valuations.fraction(value) * (valuationBaseline - valuationTop);
    }
};

// Lays out a company's funding rounds on its panel: bars by amount in the company's colour,
// valuation points joined by a line in date order, hollow when the round failed or is only
// rumored, a small marker for a round of unknown size, and value labels where they fit.
class FundingRounds
{
public:
    // `rounds` in date order; `blocked`: places the value labels must keep clear of.
    static void layout(Scene &scene, const std::vector<const Event *> &rounds,
                       const FundingPlotArea &area, const Viewport &viewport, const QColor &color,
                       int lane, const std::vector<QRectF> &blocked, const ChartStyle &style);

    static constexpr double valuationMarkerSize = 10;
    static constexpr double unknownMarkerSize = 8;
    static constexpr double maxBarWidth = 26;
    static constexpr double minBarWidth = 8;
};
