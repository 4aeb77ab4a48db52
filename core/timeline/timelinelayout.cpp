#include "timelinelayout.h"

#include "axislayout.h"
#include "chartfonts.h"
#include "chartframe.h"
#include "eventmarkerlayout.h"
#include "lanelayout.h"
#include "model/textlanguage.h"
#include "notelayout.h"
#include "tenurebarlayout.h"
#include "tickgenerator.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace {
constexpr double companySwatchWidth = 4;
constexpr double gutterInset = 8;  // left of the swatch
constexpr double titleIndent = 18; // the company's name, right of its swatch
constexpr double roleIndent = 22;  // role names, under the company's name

// Texts are marked with QT_TRANSLATE_NOOP for lupdate and translated here, as TimelineLayout.
QString translated(const char *text)
{
    return TextLanguage::translate("TimelineLayout", text);
}

} // namespace

std::vector<LegendItem> TimelineLayout::legendItems()
{
    using K = LegendItem::Kind;
    using S = SceneMarker::Shape;
    const auto marker = [](S shape, const QString &label, bool hollow = false) {
        LegendItem item;
        item.kind = K::Marker;
        item.shape = shape;
        item.hollow = hollow;
        item.label = label;
        return item;
    };
    const auto swatch = [](const QString &label, bool interim) {
        LegendItem item;
        item.kind = K::Swatch;
        item.interim = interim;
        item.label = label;
        return item;
    };
    LegendItem uncertain;
    uncertain.kind = K::DateSpan;
    uncertain.label = translated(QT_TRANSLATE_NOOP(
        "TimelineLayout", "Date known only to the month or year (bracket, fade)"));
    return {marker(S::Appointment, translated(QT_TRANSLATE_NOOP("TimelineLayout", "Appointment"))),
            marker(S::Departure, translated(QT_TRANSLATE_NOOP("TimelineLayout", "Departure"))),
            marker(S::Funding, translated(QT_TRANSLATE_NOOP("TimelineLayout", "Funding round"))),
            marker(S::Funding,
                   translated(QT_TRANSLATE_NOOP("TimelineLayout", "Failed or rumored round")),
                   true),
            marker(S::Acquisition, translated(QT_TRANSLATE_NOOP("TimelineLayout", "Acquisition"))),
            marker(S::Other, translated(QT_TRANSLATE_NOOP("TimelineLayout", "Other"))),
            marker(S::Cluster, translated(QT_TRANSLATE_NOOP("TimelineLayout", "Several events"))),
            swatch(translated(QT_TRANSLATE_NOOP("TimelineLayout", "Tenure")), false),
            swatch(translated(QT_TRANSLATE_NOOP("TimelineLayout", "Interim tenure")), true),
            uncertain};
}

namespace {

// What every lane shares for one layout: the geometry, the fonts and the per-lane layouts
// reusing their buffers.
struct LaneContext
{
    QRectF body;
    QRectF plot;
    const ChartStyle &style;
    const ChartFonts &fonts;
    EventMarkerLayout &markers;
    const TenureBarLayout &bars;
    const NoteLayout &notes;
    bool print;

    bool fitsVertically(double top, double bottom) const
    {
        return top >= plot.top() && bottom <= plot.bottom();
    }
    void addText(Scene &scene, TextRole role, QRectF rect, const QString &text, int lane) const
    {
        if (!fitsVertically(rect.top(), rect.bottom()))
            return;
        const QString shown = fonts.fitted(text, role, rect.width());
        if (shown.isEmpty())
            return;
        SceneText t;
        t.role = role;
        t.rect = rect;
        t.text = shown;
        t.alignment = SceneText::LeftMiddle;
        t.lane = lane;
        scene.texts.push_back(std::move(t));
    }
};

// One lane: its band and separator, its name and role names in the gutter, its bars and markers.
void layoutLane(Scene &scene, const LaneContext &c, const LaneData &lane, LaneLayout &layout,
                int laneIndex, double top)
{
    const QRectF markerRow(c.plot.left(), top, c.plot.width(), layout.markerRowHeight());
    const bool markersShow = c.fitsVertically(markerRow.top(), markerRow.bottom());
    if (markersShow)
        c.markers.place(scene, lane, laneIndex, markerRow);
    if (!layout.collapsed() && !lane.notes.empty())
        layout.setNoteBand(NoteLayout::bandHeight(c.fonts));
    const double notesBottom = markerRow.bottom() + layout.noteBand();
    if (c.print && markersShow) {
        // The lane makes room for its cards before anything below the markers is placed.
        layout.setCalloutBand(c.markers.calloutBand());
        c.markers.placeCallouts(scene, notesBottom);
    }
    if (layout.noteBand() > 0 && c.fitsVertically(markerRow.top(), notesBottom))
        c.notes.place(scene, lane.notes, laneIndex, markerRow,
                      QRectF(c.plot.left(), markerRow.bottom(), c.plot.width(), layout.noteBand()),
                      std::min(top + layout.height(), c.plot.bottom()));
    const QRectF lanesArea(c.body.left(), c.plot.top(), c.plot.right() - c.body.left(),
                           c.plot.height());
    const double bottom = top + layout.height();
    if (laneIndex % 2 == 1) {
        SceneRect band;
        band.role = SceneRect::Role::LaneBand;
        band.rect = QRectF(c.body.left(), top, lanesArea.width(), layout.height()) & lanesArea;
        band.lane = laneIndex;
        scene.rects.push_back(std::move(band));
    }
    if (bottom >= c.plot.top() && bottom <= c.plot.bottom())
        scene.lines.push_back({SceneLine::Role::LaneSeparator,
                               QLineF(c.body.left(), bottom, c.plot.right(), bottom), QColor()});

    const double centerY = EventMarkerLayout::centerY(markerRow, c.style);
    const double titleHeight = c.style.laneTitleHeight;
    const QRectF title(c.body.left() + titleIndent, centerY - titleHeight / 2,
                       c.style.gutterWidth - titleIndent - gutterInset, titleHeight);
    if (c.fitsVertically(title.top(), title.bottom())) {
        SceneRect swatch;
        swatch.role = SceneRect::Role::LegendSwatch; // the company's colour by its name
        swatch.rect = QRectF(c.body.left() + gutterInset, title.top() + 4, companySwatchWidth,
                             titleHeight - 8);
        swatch.color = lane.color;
        swatch.lane = laneIndex;
        swatch.tooltip = Event::shortened(lane.company);
        scene.rects.push_back(std::move(swatch));
        c.addText(scene, TextRole::LaneTitle, title, lane.company, laneIndex);
    }
    for (std::size_t row = 0; row < layout.rows().size(); ++row) {
        if (layout.rows()[row].stack > 0)
            continue; // a post's name once, by its first row
        const QRectF label(c.body.left() + roleIndent, top + layout.rowTop(int(row)),
                           c.style.gutterWidth - roleIndent - gutterInset, c.style.rowHeight);
        c.addText(scene, TextRole::RowLabel, label, layout.rows()[row].role, laneIndex);
    }
    c.bars.place(scene, lane, layout, laneIndex, top);
}

// The leadership-only view: appointments and departures of other posts leave the lane with
// their rows. An event is a leadership change when it opened or closed a leadership tenure; one
// that made none (an unmatched departure) is judged by its title.
bool isLeadershipRole(RoleVocabulary::Role role)
{
    const auto post = RoleVocabulary::postOf(role);
    return RowOptions::isLeadership(RoleVocabulary::groupOf(post), post);
}

LaneData leadershipOnly(const LaneData &lane)
{
    QSet<EventId> leadership;
    QSet<EventId> others;
    for (const Tenure &t : lane.tenures) {
        const bool leads = t.canonicalRole && isLeadershipRole(*t.canonicalRole);
        QSet<EventId> &set = leads ? leadership : others;
        set.insert(t.startEventId);
        if (t.endEventId != 0)
            set.insert(t.endEventId);
    }
    LaneData kept;
    kept.company = lane.company;
    kept.color = lane.color;
    for (const Event &e : lane.events) {
        if (e.type == EventType::Appointment || e.type == EventType::Departure) {
            if (!leadership.contains(e.id)) {
                if (others.contains(e.id))
                    continue;
                const auto roles = RoleVocabulary::builtIn().rolesOf(e.role);
                if (std::none_of(roles.begin(), roles.end(), isLeadershipRole))
                    continue;
            }
        }
        kept.events.push_back(e);
    }
    kept.tenures = lane.tenures;
    kept.notes = lane.notes;
    return kept;
}

// Under the last printed lane: how many companies did not fit. Returns where it ends.
double addLeftOutNote(Scene &scene, const LaneContext &c, int count, double top)
{
    const QString text =
        TextLanguage::translate("TimelineLayout", "%n more companies not shown", nullptr, count);
    const double height = std::ceil(c.fonts.height(TextRole::Notice)) + 4;
    SceneText note;
    note.role = TextRole::Notice;
    note.rect =
        QRectF(c.body.left() + gutterInset, top + 2, c.plot.right() - c.body.left(), height);
    note.text = c.fonts.fitted(text, TextRole::Notice, note.rect.width());
    note.alignment = SceneText::LeftMiddle;
    scene.texts.push_back(std::move(note));
    return top + 2 + height;
}

void addNotice(Scene &scene, QRectF plot)
{
    SceneText notice;
    notice.role = TextRole::Notice;
    notice.rect = plot;
    notice.text = translated(QT_TRANSLATE_NOOP("TimelineLayout", "No events match the filters"));
    notice.alignment = SceneText::CentreMiddle;
    scene.texts.push_back(std::move(notice));
}
} // namespace

QRectF TimelineLayout::plotRect(QSizeF size, const ChartDecorations &decorations,
                                const ChartStyle &style)
{
    const QRectF body = ChartFrame::bodyRect(size, decorations, legendItems(), style);
    const double width = std::max(0.0, body.width() - style.gutterWidth);
    const double height = std::max(0.0, body.height() - style.axisHeight);
    return QRectF(body.left() + style.gutterWidth, body.top() + style.axisHeight, width, height);
}

double TimelineLayout::gutterFor(std::span<const LaneData> lanes, const TimelineView &view,
                                 const ChartStyle &style)
{
    const ChartFonts fonts(style);
    double widest = 0;
    for (const LaneData &lane : lanes) {
        widest = std::max(
            widest, titleIndent + fonts.width(ChartFonts::showable(lane.company, style.gutterWidth),
                                              TextRole::LaneTitle));
        if (widest >= style.gutterWidth)
            break;
        const LaneLayout layout(lane.tenures, view.collapsedCompanies.contains(lane.company), style,
                                view.rows);
        for (const TenureRow &row : layout.rows()) {
            widest = std::max(
                widest, roleIndent + fonts.width(ChartFonts::showable(row.role, style.gutterWidth),
                                                 TextRole::RowLabel));
        }
    }
    return std::clamp(std::ceil(widest + gutterInset + 2), minGutter,
                      std::max(minGutter, style.gutterWidth));
}

double TimelineLayout::laneHeight(const LaneData &lane, bool collapsed, const ChartStyle &style,
                                  const RowOptions &rows)
{
    if (collapsed)
        return LaneLayout::height(0, style);
    const double notes = lane.notes.empty() ? 0 : NoteLayout::bandHeight(ChartFonts(style));
    return LaneLayout(lane.tenures, false, style, rows).height() + notes;
}

Scene TimelineLayout::layout(std::span<const LaneData> lanes, const TimelineView &view,
                             const ChartStyle &screenStyle, TimelineFill *fill)
{
    TimelineFill ignored;
    TimelineFill &filled = fill ? *fill : ignored;
    filled = {};
    // On paper a crowd is listed on a card rather than stacked into levels of markers with no
    // room for their labels: one level, and every crowd a cluster with its card.
    ChartStyle printStyle = screenStyle;
    printStyle.markerLevels = 1;
    const ChartStyle &style = view.print ? printStyle : screenStyle;
    Scene scene;
    scene.size = view.size;
    scene.style = style;
    const std::vector<LegendItem> legend = legendItems();
    const QRectF body = ChartFrame::bodyRect(view.size, view.decorations, legend, style);
    const QRectF plot(body.left() + style.gutterWidth, body.top() + style.axisHeight,
                      std::max(0.0, body.width() - style.gutterWidth),
                      std::max(0.0, body.height() - style.axisHeight));
    scene.plot = plot;
    filled.contentBottom = plot.top();
    if (plot.width() < 1 || plot.height() < 1) {
        ChartFrame::place(scene, view.decorations, legend, style);
        return scene;
    }
    // The viewport must span the plot; one made for another width keeps its days.
    const Viewport viewport = view.viewport.width() == plot.width()
                                  ? view.viewport
                                  : view.viewport.withWidth(plot.width());
    const ChartFonts fonts(style);
    scene.rects.reserve(256);
    scene.lines.reserve(128);
    scene.markers.reserve(1024);
    scene.texts.reserve(512);

    AxisLayout::place(scene, TickGenerator(style).generate(viewport), viewport, plot, view.today,
                      style, fonts);

    const bool anyEvents = std::any_of(lanes.begin(), lanes.end(),
                                       [](const LaneData &lane) { return !lane.events.empty(); });
    // Printed lanes that did not fit are counted, never taken for no events at all.
    const bool leftOut = view.print && view.totalLanes > view.firstLane + int(lanes.size());
    if (!anyEvents && !leftOut) {
        addNotice(scene, plot);
    } else {
        EventMarkerLayout markers(viewport, plot, view.selectedEvent, style, fonts, view.print);
        const TenureBarLayout bars(viewport, plot, view.today, view.selectedEvent, style, fonts);
        const NoteLayout notes(viewport, plot, fonts);
        const LaneContext context{body, plot, style, fonts, markers, bars, notes, view.print};
        double top = plot.top() - view.laneOffset;
        // In print only whole lanes show, and room is kept under them for the note counting
        // those left out, unless the lane is the chart's last.
        const int total = std::max(view.totalLanes, view.firstLane + int(lanes.size()));
        const double noteRoom = std::ceil(fonts.height(TextRole::Notice)) + 6;
        for (std::size_t i = 0; i < lanes.size() && top < plot.bottom(); ++i) {
            LaneData filtered;
            const LaneData &lane =
                view.rows.leadershipOnly ? (filtered = leadershipOnly(lanes[i])) : lanes[i];
            LaneLayout layout(lane.tenures, view.collapsedCompanies.contains(lane.company), style,
                              view.rows);
            const int index = view.firstLane + int(i);
            const std::array<std::size_t, 4> before{scene.rects.size(), scene.lines.size(),
                                                    scene.markers.size(), scene.texts.size()};
            if (top + layout.height() > plot.top())
                layoutLane(scene, context, lane, layout, index, top);
            if (view.print) {
                const double room = index + 1 < total ? noteRoom : 0;
                if (top + layout.height() + room > plot.bottom() + 0.01) {
                    scene.rects.resize(before[0]); // a lane cut short tells half its story
                    scene.lines.resize(before[1]);
                    scene.markers.resize(before[2]);
                    scene.texts.resize(before[3]);
                    break;
                }
                ++filled.lanesShown;
            }
            top += layout.height();
        }
        filled.contentBottom = std::max(plot.top(), top);
        if (view.print) {
            filled.lanesLeftOut = total - view.firstLane - filled.lanesShown;
            if (filled.lanesLeftOut > 0)
                filled.contentBottom =
                    addLeftOutNote(scene, context, filled.lanesLeftOut, filled.contentBottom);
        }
    }
    ChartFrame::place(scene, view.decorations, legend, style);
    return scene;
}
