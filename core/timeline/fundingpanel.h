#pragma once

#include "chartstyle.h"
#include "fundingrounds.h"
#include "scene.h"
#include "tickgenerator.h"
#include "timelinedata.h"
#include "viewport.h"

#include <utility>
#include <vector>

// Where one company's panel goes on the funding chart, and what the panels share.
struct FundingPanelFrame
{
    QRectF area;           // the whole panel: name, label rows, bars; scale gutters included
    double plotLeft = 0;   // the time axis runs from here...
    double plotRight = 0;  // ...to here; the dollar scales' labels sit outside
    Viewport viewport;     // days to x, counted from plotLeft
    AxisTicks ticks;       // the vertical grid
    bool logScale = false; // amounts and valuations on one logarithmic axis
};

// One company on the funding chart: its name; leadership changes as vertical rules with the
// people's names stacked above; rounds as bars by amount on a dollar scale at the left;
// valuations as points joined by a line, in a band of their own above the bars (a linear scale)
// or on the bars' axis (a logarithmic one); failed or rumored rounds hollow. A company without
// rounds keeps its rules and says so.
class FundingPanel
{
public:
    FundingPanel(const LaneData &company, int lane, const ChartStyle &style);

    // Adds the panel to `scene`; returns the y of its baseline (the time axis hangs below the
    // last panel's).
    double layout(Scene &scene, const FundingPanelFrame &frame) const;

    static constexpr double ruleMarkerSize = 9; // the marker on a leadership rule

private:
    void layoutTitle(Scene &scene, const FundingPanelFrame &frame) const;
    // Adds the names and markers of leadership changes; returns where the bars' area starts,
    // below the rows of names. Each rule's x and top go to `rules`, markers without a label (in
    // the bars' area) to `blocked`.
    double layoutRules(Scene &scene, const FundingPanelFrame &frame, double top,
                       std::vector<QRectF> &blocked,
                       std::vector<std::pair<double, double>> &rules) const;
    void addRules(Scene &scene, const std::vector<std::pair<double, double>> &rules,
                  double baseline, size_t firstText) const;
    // The money scales: which, and where their bands lie between area.barsTop and baseline.
    void fitScales(FundingPlotArea &area, double maxAmount, double maxValuation, double leastValue,
                   bool logScale) const;
    void layoutScales(Scene &scene, const FundingPanelFrame &frame, const FundingPlotArea &area,
                      std::vector<QRectF> &blocked) const;

    const LaneData &m_company;
    int m_lane;
    const ChartStyle &m_style;
};
