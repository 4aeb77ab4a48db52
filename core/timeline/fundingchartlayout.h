#pragma once

#include "chartdecorations.h"
#include "chartstyle.h"
#include "scene.h"
#include "timelinedata.h"

#include <span>

struct FundingChartOptions
{
    QSizeF size{1920, 1080};
    QDate from; // invalid: from the first round (the first event without rounds), a margin before
    QDate to;   // invalid: to the last event shown (or today)
    ChartDecorations decorations;
    // Amounts and valuations on one logarithmic axis; else the valuations have a band of their
    // own above the bars.
    bool logScale = false;
};

// The funding chart: per company, rounds as bars by amount over time on one money axis,
// valuations as points joined by a line (in a band of their own, or on the same logarithmic
// axis), failed or rumored rounds hollow, and leadership changes (appointments, departures)
// as vertical rules labelled with the people's names, so money and leadership read together.
// A pure function of its inputs, like TimelineLayout.
class FundingChartLayout
{
public:
    static Scene layout(std::span<const LaneData> companies, const FundingChartOptions &options,
                        const ChartStyle &style = {});
    // At most how many companies get a panel in a chart this tall (layout units); never fewer
    // than layout() draws, so a caller may read only that many companies' events.
    static std::size_t mostPanels(double height);
};
