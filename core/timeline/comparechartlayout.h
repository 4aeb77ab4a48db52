#pragma once

#include "chartdecorations.h"
#include "chartstyle.h"
#include "scene.h"
#include "timelinedata.h"

#include <span>

struct CompareChartOptions
{
    QSizeF size{1920, 1080};
    // The chart is as tall as its rows need and size.height() is not used; otherwise the rows
    // grow to fill the size, and companies that do not fit are counted.
    bool fitHeight = false;
    QDate from;  // invalid: from the first chief executive's start, a margin before
    QDate to;    // invalid: to the last end (today while a tenure is open), a margin after
    QDate today; // where open tenures end
    ChartDecorations decorations;
    int leftOut = 0; // companies chosen out before the layout, counted with any that do not fit
};

// The compare chart: one row per company showing only its chief executives' tenures (CEOs and
// co-CEOs, whatever the title said, as RoleVocabulary decides), on one time axis, each bar named
// (beside it when it is too short, as on the timeline), interim tenures hatched, co-CEOs one
// above the other. A pure function of its inputs, like TimelineLayout.
class CompareChartLayout
{
public:
    static Scene layout(std::span<const LaneData> companies, const CompareChartOptions &options,
                        const ChartStyle &style = {});

    // The tenures of the company's chief executive post, in their order.
    static std::vector<Tenure> chiefExecutiveTenures(const LaneData &company);
    // "Chief executives, 2015–2025": the years the chart spans.
    static QString defaultTitle(std::span<const LaneData> companies, QDate from, QDate to,
                                QDate today);
};
