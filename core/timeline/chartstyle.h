#pragma once

#include <QFont>

// The roles text plays in a chart. The layout measures each with ChartStyle::font(role) and the
// renderer paints it with the same font, so what was measured is what is drawn.
enum class TextRole {
    AxisMajor, // "2024"
    AxisMinor, // "Mar"
    LaneTitle, // company name in the gutter
    RowLabel,  // role name in the gutter ("CEO")
    BarLabel,  // person's name on a tenure bar
    MarkerLabel,
    ClusterCount,
    Legend,
    Title,
    Subtitle,
    Footnote,
    Value, // amounts and valuations on the funding chart
    Notice // "No events match the filters"
};

// Sizes and fonts a chart is laid out with, in device-independent pixels (1/96 inch). Fonts use
// pixel sizes so a PNG, an SVG, a PDF and the screen measure text alike.
struct ChartStyle
{
    QString fontFamily = QStringLiteral("DejaVu Sans");
    double baseFontPx = 12;

    double gutterWidth = 170;    // company and role names, left of the plot
    double axisHeight = 44;      // date axis above the lanes: two tiers of labels
    double laneTitleHeight = 22; // company name row at the top of a lane
    double markerRowHeight = 36; // event markers and their labels
    double rowHeight = 20;       // one tenure bar row
    double rowGap = 3;
    double lanePadding = 6;       // below the last row of a lane
    double markerSize = 12;       // diameter of an event marker
    double maxFundingMarker = 26; // the largest funding round's marker
    double clusterGap = 3;        // markers closer than their size plus this stack, then cluster
    int markerLevels = 3;         // crowded markers stack in this many levels before they merge
    int calloutTiers = 3; // in print, tiers of cards listing clusters under a lane's markers
    double legendHeight = 26;
    double margin = 12; // around a chart's decorations (title, legend, footnote)

    QFont font(TextRole role) const;
    // One line of the role's font, in whole pixels.
    double lineHeight(TextRole role) const;

    bool operator==(const ChartStyle &other) const = default;
};
