#pragma once

#include "chartdecorations.h"
#include "chartframe.h"
#include "chartstyle.h"
#include "lanelayout.h"
#include "scene.h"
#include "timelinedata.h"
#include "viewport.h"

#include <QSet>

#include <span>

// What the user is looking at: the span of time, the size of the chart, which lane is at the
// top and how far it is scrolled into, collapsed lanes and the selection.
struct TimelineView
{
    QSizeF size{1200, 800};
    Viewport viewport;     // horizontal; its width is the plot's width (TimelineLayout::plotRect)
    int firstLane = 0;     // index of the lane shown at the top
    double laneOffset = 0; // pixels of that lane scrolled out of sight above
    QSet<QString> collapsedCompanies;
    EventId selectedEvent = 0;
    QDate today; // the marker for today and where open tenures end; invalid: no marker
    ChartDecorations decorations;
    RowOptions rows; // collapsed role groups, leadership only
    // For paper (an export): crowds are listed on cards under the markers (CalloutLayout), as
    // nobody can hover or click a count, and never stacked (one level of markers); lanes grow
    // to hold the cards.
    bool print = false;
    // In print, how many lanes the chart has in all, from lane 0 (0: those given). Only whole
    // lanes are printed; those that do not fit are counted under the last one ("12 more
    // companies not shown").
    int totalLanes = 0;
};

// Where a printed timeline's lanes ended up: how many were drawn whole and where the last of
// them (or the note counting those left out) ends, so an export can size itself to its content.
struct TimelineFill
{
    int lanesShown = 0;
    int lanesLeftOut = 0;
    double contentBottom = 0; // scene y; the plot's top when no lane shows
};

// The timeline chart: date axis with adaptive ticks, one lane per company (tenure bars in rows,
// one row per role with the CEO first, overlapping tenures stacked; event markers with labels
// that never collide, crowded markers merged into counted clusters), today's marker, legend.
// A pure function of its inputs: no painting, no queries.
class TimelineLayout
{
public:
    // `lanes` starts with lane number view.firstLane; pass at least enough lanes to fill the
    // view (see laneHeight). Lanes beyond the bottom are ignored.
    static Scene layout(std::span<const LaneData> lanes, const TimelineView &view,
                        const ChartStyle &style = {}, TimelineFill *fill = nullptr);

    // The plot rectangle for a chart of this size and decorations: the viewport's width must be
    // its width.
    static QRectF plotRect(QSizeF size, const ChartDecorations &decorations,
                           const ChartStyle &style = {});
    // The height one lane takes, so the caller can tell how many lanes fill the view.
    // On screen; a printed lane may be taller by its cards.
    static double laneHeight(const LaneData &lane, bool collapsed, const ChartStyle &style = {},
                             const RowOptions &rows = {});
    // The gutter a printed chart of these lanes needs for their names and row labels: as wide
    // as the widest, within [minGutter, style.gutterWidth].
    static double gutterFor(std::span<const LaneData> lanes, const TimelineView &view,
                            const ChartStyle &style = {});
    static constexpr double minGutter = 90;
    // The legend's samples, the honest-dates entry among them.
    static std::vector<LegendItem> legendItems();
};
