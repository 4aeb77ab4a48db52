#pragma once

#include "calloutlayout.h"
#include "chartfonts.h"
#include "clusterer.h"
#include "labelplacer.h"
#include "scene.h"
#include "timelinedata.h"
#include "viewport.h"

#include <array>
#include <optional>
#include <vector>

// Puts one lane's event markers into a scene: only the events in view (found by binary search on
// the lane's date-ordered events), crowded ones stacked on the levels of the marker row — merged
// into counted clusters only when they need more levels than there are — and short labels beside
// or below the markers wherever they collide with nothing. One object lays out lane after lane of
// a chart, reusing its buffers. A date known only to the month or year puts its marker in the
// middle of the interval it stands for, under a bracket spanning it. In print a cluster is listed
// on a card (CalloutLayout) instead of counted.
class EventMarkerLayout
{
public:
    EventMarkerLayout(const Viewport &viewport, QRectF plot, EventId selected,
                      const ChartStyle &style, const ChartFonts &fonts, bool print = false);

    // `markerRow` is the lane's marker row in scene coordinates, as wide as the plot. The lane's
    // events must be in date order, as LaneData promises: they are found by binary search.
    void place(Scene &scene, const LaneData &lane, int laneIndex, QRectF markerRow);
    // In print, after place(): the height of the band of cards the lane's clusters need under
    // its marker row (0 when none), then the cards themselves, the band starting at `bandTop`.
    double calloutBand() { return m_callouts.arrange(); }
    void placeCallouts(Scene &scene, double bandTop);

    // A marker's diameter. Funding rounds grow with their amount on a fixed log scale — $1M or
    // less at style.markerSize up to $100B at style.maxFundingMarker — so a marker keeps its size
    // whatever else is shown or filtered.
    static double markerSize(const Event &event, const ChartStyle &style);
    // The centre of the markers on the marker row's top level; level n is n level pitches below.
    static double centerY(QRectF markerRow, const ChartStyle &style);
    static SceneMarker::Shape shape(EventType type);
    // What a marker's label says: the people, the round and amount, or the description.
    static QString labelText(const Event &event);
    static QString tooltip(const Event &event);
    // A cluster's tooltip: its count and span, then its events one a line (CalloutLayout's).
    static QString clusterTooltip(std::span<const Event *const> members, const QString &count);
    // The bracket over the days an event's month or year stands for — a line with its ends
    // turned down, just above a marker of `markerSize` centred at `centerY` — when wider than a
    // few pixels in this viewport; nullopt for a day or a narrow interval. Unused ends are null.
    std::optional<std::array<QLineF, 3>> dateSpan(const Event &event, double centerY,
                                                  double markerSize) const;

    static constexpr double maxLabelWidth = 160;

private:
    void placeSingle(Scene &scene, const Event &event, const MarkerGroup &group, int laneIndex,
                     double centerY) const;
    void placeCluster(Scene &scene, std::span<const Event *const> members, const MarkerGroup &group,
                      int laneIndex, double centerY);
    const QString &countText(int count);
    void placeLabel(Scene &scene, const Event &event, const MarkerGroup &group, int laneIndex,
                    double centerY);

    Viewport m_viewport;
    QRectF m_plot;
    EventId m_selected;
    const ChartStyle &m_style;
    const ChartFonts &m_fonts;
    Clusterer m_clusterer;
    LabelPlacer m_labels;
    int m_levels;
    double m_levelPitch;
    double m_labelHeight;
    double m_minLabelWidth;
    std::vector<ClusterItem> m_items;
    std::vector<MarkerGroup> m_groups;
    std::vector<const Event *> m_shown; // the events in view, in the order their markers stand
    bool m_print;
    CalloutLayout m_callouts;
    std::vector<std::size_t> m_calloutMarkers; // the cluster marker of each card, in the scene
    std::vector<QString> m_countTexts;         // "5 events", by count
};
