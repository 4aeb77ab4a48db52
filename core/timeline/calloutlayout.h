#pragma once

#include "chartfonts.h"
#include "scene.h"

#include <QStringList>

#include <span>
#include <vector>

// The printed form of a cluster: on paper nobody can click a count, so a crowd of events becomes
// a card listing them ("22 Mar 2024 · Departure: Emad Mostaque, CEO"), set in a band under the
// lane's markers with a leader line up to the cluster. Cards stand side by side in the order of
// their clusters, in as few tiers (up to style.calloutTiers) as hold them, so none overlaps
// another; a card with no room is left out and its cluster keeps its count. One object serves lane
// after lane of a chart.
class CalloutLayout
{
public:
    CalloutLayout(QRectF plot, const ChartStyle &style, const ChartFonts &fonts);

    // Starts a new lane.
    void reset();
    // A cluster whose marker has `anchor` as bounds, of these events in date order. Add them
    // from left to right.
    void add(std::span<const Event *const> members, QRectF anchor, int laneIndex);
    // Arranges the lane's cards and returns the height of the band they need (0 for none).
    double arrange();
    // Adds the cards, their texts and leaders to `scene`, the band starting at `bandTop`.
    // Returns the clusters given a card, by the index of their add().
    std::vector<std::size_t> place(Scene &scene, double bandTop) const;

    // One event on a card: its date as precise as known, its kind and who or what.
    static QString itemText(const Event &event);

    static constexpr int maxItems = 8; // more are counted: "and 3 more"
    static constexpr double maxWidth = 380;
    static constexpr double padding = 5;
    static constexpr double gap = 8; // between cards, and between the markers and the band

private:
    struct Card
    {
        QRectF anchor;
        int lane = -1;
        std::vector<QString> lines;
        std::vector<EventId> lineEvents;
        double width = 0;
        double height = 0;
        int tier = -1; // -1: no room
        double left = 0;
    };
    std::vector<QString> wrapped(const QString &text, double width) const;
    // Places these cards in one tier; false when they do not fit in the plot's width.
    bool pack(const std::vector<std::size_t> &cards);

    QRectF m_plot;
    int m_maxTiers;
    const ChartFonts &m_fonts;
    double m_lineHeight;
    std::vector<Card> m_cards;
    std::vector<double> m_tierHeights;
};
