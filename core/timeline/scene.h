#pragma once

#include "chartstyle.h"
#include "model/annotation.h"
#include "model/event.h"

#include <QColor>
#include <QLineF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <vector>

// The positioned primitives of one chart: what the layout computed and the renderer paints.
// Colours are given where the data decides them (a company's colour); otherwise the renderer's
// Theme picks one for the primitive's role, so one Scene can be drawn light or dark.

// Where a bar whose start or end is known only to the month or year fades: from `from` to `to`
// (scene x) it goes from clear to solid (a start) or from solid to clear (an end). Empty for a
// date known to the day, or one whose interval is too narrow to see.
struct SceneFade
{
    double from = 0;
    double to = 0;

    bool isEmpty() const { return to - from < 1; }
    bool operator==(const SceneFade &other) const = default;
};

struct SceneRect
{
    enum class Role {
        LaneBand,     // the background of a lane (alternating)
        TenureBar,    // a person's tenure in a role
        FundingBar,   // a funding round on the funding chart, height by amount
        LegendSwatch, // a colour sample in the legend
        Window,       // the visible window on an overview strip
        Callout,      // the box behind a printed cluster's list of events, or a note's text
        NoteBand      // a period a note highlights, across its lane
    };
    Role role = Role::LaneBand;
    QRectF rect;
    QColor color;         // invalid: the theme's colour for the role
    bool interim = false; // drawn hatched and lighter
    bool hollow = false;  // outline only (a failed or rumored round)
    bool openEnd = false; // an open tenure: fades out at the right (it runs to today)
    SceneFade fadeIn;     // a start known only to the month or year
    SceneFade fadeOut;    // an end known only to the month or year
    bool selected = false;
    int lane = -1;       // index of the lane it belongs to, -1 for none
    EventId eventId = 0; // a tenure bar: the appointment that opened it; a funding bar: the round
    AnnotationId noteId = 0; // a note's band or box
    QString tooltip;
};

struct SceneLine
{
    enum class Role {
        GridMajor,
        GridMinor,
        Axis,
        Today,
        LaneSeparator,
        LeadershipRule, // a leadership change on the funding chart
        Valuation,      // a segment of the valuation line
        DateSpan,       // the bracket over the interval an event's month or year stands for
        Leader          // from a printed cluster's callout to the cluster's events
    };
    Role role = Role::GridMajor;
    QLineF line;
    QColor color; // invalid: the theme's
};

struct SceneMarker
{
    enum class Shape {
        Appointment,
        Departure,
        Funding,
        Other,
        Cluster,
        ValuationPoint,
        Acquisition
    };
    Shape shape = Shape::Other;
    QPointF center;
    double size = 12;    // diameter, or side of the shape's bounding square
    bool hollow = false; // a failed or rumored round
    bool interim = false;
    bool selected = false;
    QColor color; // invalid: the theme's colour for the shape
    int lane = -1;
    EventId eventId = 0;          // 0 for legend samples; a cluster: its first event
    int count = 1;                // events merged into this marker (a cluster when > 1)
    std::vector<EventId> members; // a cluster's events, in the order their markers would stand
    bool callout = false; // a printed cluster whose events a card lists: drawn without its count
    double firstDay = 0;  // a cluster's span of Julian days, to zoom into when it is clicked
    double lastDay = 0;
    QString tooltip;

    QRectF bounds() const { return {center.x() - size / 2, center.y() - size / 2, size, size}; }
};

struct SceneText
{
    // Qt::Alignment flags, held as an int so that a scene stays a plain value.
    static constexpr int LeftMiddle = int(Qt::AlignLeft | Qt::AlignVCenter);
    static constexpr int CentreMiddle = int(Qt::AlignCenter);
    static constexpr int RightMiddle = int(Qt::AlignRight | Qt::AlignVCenter);

    TextRole role = TextRole::MarkerLabel;
    QRectF rect; // the text is drawn inside, never beyond: the layout sized it to fit
    QString text;
    int alignment = LeftMiddle;
    QColor color; // invalid: the theme's text colour for the role
    int lane = -1;
    EventId eventId = 0;
    QString link;            // a source URL the text stands for (footnotes), else empty
    AnnotationId noteId = 0; // a note's text
    QString tooltip;         // a note's whole text
};

// What is under a point of the chart, for clicks and tooltips.
struct SceneHit
{
    enum class Kind { Nothing, Event, Cluster, TenureBar, LaneTitle, Note };
    Kind kind = Kind::Nothing;
    EventId eventId = 0;
    AnnotationId noteId = 0;
    int lane = -1;
    double firstDay = 0, lastDay = 0; // a cluster's span
    QString tooltip;
};

struct Scene
{
    QSizeF size;
    QRectF plot;      // where the time axis maps days to x (the viewport's x = 0 is plot.left())
    ChartStyle style; // the fonts the texts were measured with

    // Painted in layers (SceneRenderer): lane bands; grid lines, lane separators, leadership
    // rules and callout leaders; bars; axis, today, date spans and valuation segments; callout
    // cards; valuation polylines; markers; texts.
    std::vector<SceneRect> rects;
    std::vector<SceneLine> lines;
    std::vector<QPolygonF> valuationLines; // joined valuation points on the funding chart
    std::vector<SceneMarker> markers;
    std::vector<SceneText> texts;

    // The topmost thing under `point`: markers before bars before lane titles. `slop` widens
    // small targets for the mouse.
    // The lane whose primitives span height y, or -1 (a point between lanes or off them).
    int laneAt(double y) const;
    SceneHit hitTest(QPointF point, double slop = 3) const;
    // Adds `other`'s primitives moved by `offset` (a chart's body into its frame).
    void append(const Scene &other, QPointF offset);
    // Marks the marker and tenure bar of event `id` selected and every other not (0: none), as a
    // layout with that selection would: a click selects without laying the chart out again.
    void select(EventId id);
    // Where the primitives that show event `id` selected (or would) are painted, a little
    // widened for the selection ring: the part of a widget to repaint when the selection moves.
    QRectF selectionBounds(EventId id) const;
    // Ids of the events that have a marker of their own (not merged into a cluster), in
    // left-to-right, top-to-bottom order: Tab moves through them.
    std::vector<EventId> eventOrder() const;
};
