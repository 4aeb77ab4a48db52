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
    QRectF area;          // the whole panel: name, label rows, bars; scale gutters included
    double plotLeft = 0;  // the time axis runs from here...
    double plotRight = 0; // ...to here; the dollar scales' labels sit outside
    Viewport viewport;    // days to x, counted from plotLeft
    AxisTicks ticks;      // the vertical grid
};

// One company on the funding chart: its name; leadership changes as vertical rules with the
// people's names stacked above; rounds as bars by amount on a dollar scale at the left;
// valuations as points joined by a line on a second scale at the right; failed or rumored
// rounds hollow. A company without rounds keeps its rules and says so.
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
    void layoutScales(Scene &scene, const FundingPanelFrame &frame,
                      const FundingPlotArea &area) const;

    const LaneData &m_company;
    int m_lane;
    const ChartStyle &m_style;
};
