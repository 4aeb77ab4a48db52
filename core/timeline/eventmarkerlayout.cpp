#include "eventmarkerlayout.h"

#include "datelabels.h"
#include "daynumber.h"
#include "lanelayout.h"
#include "model/money.h"
#include "model/textlanguage.h"

#include <QStringBuilder>

#include <algorithm>
#include <bit>
#include <cmath>

namespace {

// The first day an event's date may mean: events are sorted and searched by it.
// The day after the last one it may mean: "2024-03" is [1 March, 1 April).
double endDayOf(const Event &event)
{
    const PartialDate &d = event.date;
    if (!d.isValid() || d.precision() == PartialDate::Precision::Day)
        return DayNumber::dayOf(event) + 1;
    if (d.precision() == PartialDate::Precision::Month)
        return double(d.month() == 12 ? DayNumber::of(d.year() + 1, 1, 1)
                                      : DayNumber::of(d.year(), d.month() + 1, 1));
    return double(DayNumber::of(d.year() + 1, 1, 1));
}

// A marker stands in the middle of the days its date may mean: a known day at its start, like
// the bar it opens; "2024-03" in mid-March, over its bracket (see dateSpan), never on the 1st.
double markerDayOf(const Event &event)
{
    const double first = DayNumber::dayOf(event);
    if (!event.date.isValid() || event.date.precision() == PartialDate::Precision::Day)
        return first;
    return (first + endDayOf(event)) / 2;
}

// A bracket must be at least this wide to be drawn: a narrower interval is as good as a day.
constexpr double minSpanPixels = 6;
constexpr double spanTick = 3; // the bracket's ends, pointing down at the marker

// log2 of a positive amount, to within 0.09: the octave from its highest bit, then a straight
// line across the octave. Plenty for a marker's size, and a frame asks it of thousands of rounds.
double roughLog2(quint64 value)
{
    const int octave = int(std::bit_width(value)) - 1;
    return octave + (double(value) / double(quint64(1) << octave) - 1);
}

} // namespace

EventMarkerLayout::EventMarkerLayout(const Viewport &viewport, QRectF plot, EventId selected,
                                     const ChartStyle &style, const ChartFonts &fonts, bool print)
    : m_viewport(viewport), m_plot(plot), m_selected(selected), m_style(style), m_fonts(fonts),
      // A cluster stands on the top level and fits in the room of one level's row.
      m_clusterer(style.clusterGap, style.markerSize,
                  std::max(style.maxFundingMarker, style.markerRowHeight - 6)),
      m_levels(LaneLayout::markerLevels(style)), m_levelPitch(LaneLayout::markerLevelPitch(style)),
      m_labelHeight(std::ceil(fonts.height(TextRole::MarkerLabel))),
      m_minLabelWidth(std::ceil(4 * fonts.metrics(TextRole::MarkerLabel).averageCharWidth())),
      m_print(print), m_callouts(plot, style, fonts)
{}

double EventMarkerLayout::markerSize(const Event &event, const ChartStyle &style)
{
    if (event.type != EventType::Funding || !event.amountUsd || *event.amountUsd <= 0)
        return style.markerSize;
    constexpr double log2Of10 = 3.321928094887362;
    const double log10 = roughLog2(quint64(*event.amountUsd)) / log2Of10;
    const double t = std::clamp((log10 - 6) / 5, 0.0, 1.0);
    return style.markerSize + t * (style.maxFundingMarker - style.markerSize);
}

double EventMarkerLayout::centerY(QRectF markerRow, const ChartStyle &style)
{
    // High enough that a small marker has room for a label below it, low enough that the
    // largest round fits.
    return markerRow.top() + std::min(markerRow.height() / 2, style.maxFundingMarker / 2 + 2);
}

SceneMarker::Shape EventMarkerLayout::shape(EventType type)
{
    switch (type) {
    case EventType::Appointment:
        return SceneMarker::Shape::Appointment;
    case EventType::Departure:
        return SceneMarker::Shape::Departure;
    case EventType::Funding:
        return SceneMarker::Shape::Funding;
    case EventType::Other:
        return SceneMarker::Shape::Other;
    case EventType::Acquisition:
        return SceneMarker::Shape::Acquisition;
    }
    return SceneMarker::Shape::Other;
}

QString EventMarkerLayout::labelText(const Event &event)
{
    // Every text is cut to Event::shortTextLength characters, more than maxLabelWidth pixels can
    // show, before anything measures it: a label costs the same for a crowd of people or a
    // description of megabytes as for a short name.
    switch (event.type) {
    case EventType::Appointment:
        return event.people.isEmpty() ? Event::shortened(event.role) : event.peopleList();
    case EventType::Departure:
        // Who left which post: "Emad Mostaque, CEO" is the story, a name alone is not.
        if (event.people.isEmpty() || event.role.trimmed().isEmpty())
            return event.people.isEmpty() ? Event::shortened(event.role) : event.peopleList();
        return event.peopleList() + QStringLiteral(", ") + Event::shortened(event.role.trimmed());
    case EventType::Funding: {
        const QString amount =
            event.amountUsd ? Money::formatShort(*event.amountUsd, event.currency) : QString();
        const QString round = Event::shortened(event.round);
        if (round.isEmpty() || amount.isEmpty())
            return round.isEmpty() ? amount : round;
        return round + QLatin1Char(' ') + amount;
    }
    case EventType::Acquisition:
        if (!event.acquirer.trimmed().isEmpty()) {
            QString text = TextLanguage::translate("TimelineLayout", "Acquired by %1")
                               .arg(Event::shortened(event.acquirer.trimmed()));
            if (event.amountUsd) // the price, in its own currency
                text += QStringLiteral(", ") + Money::formatShort(*event.amountUsd, event.currency);
            return text;
        }
        break;
    case EventType::Other:
        break;
    }
    if (event.description.isEmpty())
        return event.peopleList();
    // The first line, its runs of spaces made one: looked for only in the characters a label
    // could show, a few times over for spaces that collapse.
    const QStringView description(event.description);
    QStringView firstLine = description.left(4 * Event::shortTextLength);
    const qsizetype end = firstLine.indexOf(QLatin1Char('\n'));
    const bool cut = end < 0 && firstLine.size() < description.size();
    if (end >= 0)
        firstLine = firstLine.left(end);
    const QString text = firstLine.toString().simplified();
    return Event::shortened(cut ? text + QChar(0x2026) : text);
}

QString EventMarkerLayout::tooltip(const Event &event)
{
    QString text = event.summary();
    if (event.type != EventType::Funding && event.type != EventType::Acquisition)
        return text;
    if (event.amountUsd)
        text += QStringLiteral(" — ") + Money::formatShort(*event.amountUsd, event.currency);
    if (event.status != FundingStatus::Completed)
        text += QStringLiteral(" (") + toString(event.status) + QLatin1Char(')');
    return text;
}

void EventMarkerLayout::place(Scene &scene, const LaneData &lane, int laneIndex, QRectF markerRow)
{
    const std::span<const Event> events(lane.events);
    if (events.empty())
        return;
    // Events a little out of view still cluster with those in view, so a cluster at the edge
    // does not change as it scrolls in.
    const double marginDays =
        (m_clusterer.clusterSize(1000) + m_style.clusterGap) / m_viewport.pixelsPerDay();
    // Found by their first day; a year's marker stands up to half a year after it.
    const double from = m_viewport.firstDay() - marginDays - 184;
    const double to = m_viewport.lastDay() + marginDays;
    const auto begin = std::partition_point(events.begin(), events.end(), [from](const Event &e) {
        return DayNumber::dayOf(e) < from;
    });
    const auto end = std::partition_point(
        begin, events.end(), [to](const Event &e) { return DayNumber::dayOf(e) <= to; });
    m_callouts.reset();
    m_calloutMarkers.clear();
    if (begin == end)
        return;

    // Markers in the order they stand, which a month or a year in the middle of its interval
    // may change ("2023" stands after "2023-02").
    m_shown.clear();
    m_shown.reserve(std::size_t(end - begin));
    for (auto e = begin; e != end; ++e)
        m_shown.push_back(&*e);
    std::stable_sort(m_shown.begin(), m_shown.end(), [](const Event *a, const Event *b) {
        return markerDayOf(*a) < markerDayOf(*b);
    });
    const std::vector<const Event *> &shown = m_shown;

    m_items.clear();
    m_items.reserve(shown.size());
    for (const Event *event : shown)
        m_items.push_back(
            {m_plot.left() + m_viewport.xForDay(markerDayOf(*event)), markerSize(*event, m_style)});
    m_clusterer.stack(m_items, m_levels, m_levelPitch, m_groups);

    const double top = centerY(markerRow, m_style);
    const auto cy = [&](const MarkerGroup &g) { return top + g.level * m_levelPitch; };
    const auto inView = [&](const MarkerGroup &g) {
        return g.x - g.size / 2 >= m_plot.left() && g.x + g.size / 2 <= m_plot.right();
    };
    m_labels.reset(QRectF(m_plot.left(), markerRow.top(), m_plot.width(), markerRow.height()));
    for (const MarkerGroup &group : m_groups) {
        if (!inView(group))
            continue;
        const double y = cy(group);
        m_labels.addObstacle(
            QRectF(group.x - group.size / 2, y - group.size / 2, group.size, group.size));
        if (group.count == 1)
            placeSingle(scene, *shown[group.first], group, laneIndex, y);
        else
            placeCluster(
                scene,
                std::span<const Event *const>(shown).subspan(group.first, std::size_t(group.count)),
                group, laneIndex, y);
    }
    // Labels after every marker is known, so none covers a marker to its right.
    for (const MarkerGroup &group : m_groups) {
        if (group.count == 1 && inView(group))
            placeLabel(scene, *shown[group.first], group, laneIndex, cy(group));
    }
}

void EventMarkerLayout::placeSingle(Scene &scene, const Event &event, const MarkerGroup &group,
                                    int laneIndex, double centerY) const
{
    SceneMarker marker;
    marker.shape = shape(event.type);
    marker.center = QPointF(group.x, centerY);
    marker.size = group.size;
    marker.hollow = event.type == EventType::Funding && event.status != FundingStatus::Completed;
    marker.interim = event.interim;
    marker.selected = m_selected != 0 && event.id == m_selected;
    marker.lane = laneIndex;
    marker.eventId = event.id;
    marker.firstDay = DayNumber::dayOf(event);
    marker.lastDay = endDayOf(event);
    marker.tooltip = tooltip(event);
    scene.markers.push_back(std::move(marker));
    if (const auto span = dateSpan(event, centerY, group.size))
        for (const QLineF &line : *span)
            scene.lines.push_back({SceneLine::Role::DateSpan, line, QColor()});
}

std::optional<std::array<QLineF, 3>> EventMarkerLayout::dateSpan(const Event &event, double centerY,
                                                                 double markerSize) const
{
    if (!event.date.isValid() || event.date.precision() == PartialDate::Precision::Day)
        return std::nullopt;
    const double left = m_plot.left() + m_viewport.xForDay(DayNumber::dayOf(event));
    const double right = m_plot.left() + m_viewport.xForDay(endDayOf(event));
    if (right - left < minSpanPixels)
        return std::nullopt;
    // Just above the marker, its ends pointing down: under it the label would cross it.
    const double y = centerY - markerSize / 2 - 2.5;
    const double l = std::max(left, m_plot.left()), r = std::min(right, m_plot.right());
    std::array<QLineF, 3> lines{QLineF(l, y, r, y), QLineF(), QLineF()};
    if (left >= m_plot.left())
        lines[1] = QLineF(left, y, left, y + spanTick);
    if (right <= m_plot.right())
        lines[2] = QLineF(right, y, right, y + spanTick);
    return lines;
}

void EventMarkerLayout::placeCluster(Scene &scene, std::span<const Event *const> members,
                                     const MarkerGroup &group, int laneIndex, double centerY)
{
    SceneMarker marker;
    marker.shape = SceneMarker::Shape::Cluster;
    marker.center = QPointF(group.x, centerY);
    marker.size = group.size;
    marker.lane = laneIndex;
    marker.eventId = members.front()->id;
    marker.count = group.count;
    // The days the members may mean: zooming there splits them.
    marker.firstDay = DayNumber::dayOf(*members.front());
    marker.lastDay = marker.firstDay + 1;
    marker.members.reserve(members.size());
    for (const Event *e : members) {
        marker.firstDay = std::min(marker.firstDay, DayNumber::dayOf(*e));
        marker.lastDay = std::max(marker.lastDay, endDayOf(*e));
        marker.members.push_back(e->id);
    }
    if (m_selected != 0)
        marker.selected = std::any_of(members.begin(), members.end(),
                                      [this](const Event *e) { return e->id == m_selected; });
    marker.tooltip = clusterTooltip(members, countText(group.count));
    if (m_print) {
        m_callouts.add(members, marker.bounds(), laneIndex);
        m_calloutMarkers.push_back(scene.markers.size());
    }
    scene.markers.push_back(std::move(marker));
}

QString EventMarkerLayout::clusterTooltip(std::span<const Event *const> members,
                                          const QString &count)
{
    // The span from the first date to the last (members are in the order their markers stand).
    const auto byDay = [](const Event *a, const Event *b) { return a->date < b->date; };
    const auto [first, last] = std::minmax_element(members.begin(), members.end(), byDay);
    QString text =
        count % QStringLiteral(", ") % DateLabels::shortSpan((*first)->date, (*last)->date);
    // A tooltip as tall as a screen at most: the rest counted.
    constexpr std::size_t maxLines = 15;
    const std::size_t shown = members.size() > maxLines ? maxLines - 1 : members.size();
    for (std::size_t i = 0; i < shown; ++i)
        text += QLatin1Char('\n') + CalloutLayout::itemText(*members[i]);
    if (shown < members.size())
        text += QLatin1Char('\n') + TextLanguage::translate("TimelineLayout", "and %n more",
                                                            nullptr, int(members.size() - shown));
    return text;
}

void EventMarkerLayout::placeCallouts(Scene &scene, double bandTop)
{
    // A cluster listed on a card needs no count: it marks where the card's events are.
    for (std::size_t card : m_callouts.place(scene, bandTop)) {
        SceneMarker &marker = scene.markers[m_calloutMarkers[card]];
        marker.callout = true;
        marker.size = m_style.markerSize;
    }
}

const QString &EventMarkerLayout::countText(int count)
{
    // Counts repeat from cluster to cluster: translate each once per layout.
    if (std::size_t(count) >= m_countTexts.size())
        m_countTexts.resize(std::size_t(count) + 1);
    QString &text = m_countTexts[std::size_t(count)];
    if (text.isEmpty())
        text = TextLanguage::translate("TimelineLayout", "%n events", nullptr, count);
    return text;
}

void EventMarkerLayout::placeLabel(Scene &scene, const Event &event, const MarkerGroup &group,
                                   int laneIndex, double centerY)
{
    const double h = m_labelHeight;
    const double rightLeft = group.x + group.size / 2 + 3;
    const double belowTop = centerY + group.size / 2 + 1;
    // Probe with a short label first: in a crowded row most markers have no room, and measuring
    // their texts would be wasted.
    const QRectF rightProbe(rightLeft, centerY - h / 2, m_minLabelWidth, h);
    const QRectF belowProbe(group.x - m_minLabelWidth / 2, belowTop, m_minLabelWidth, h);
    if (!m_labels.isFree(rightProbe) && !m_labels.isFree(belowProbe))
        return;
    // The whole label, else (a departure's post left out) the people alone where that fits.
    QStringList texts{labelText(event)};
    if (event.type == EventType::Departure && !event.people.isEmpty())
        texts << event.peopleList();
    for (const QString &text : texts) {
        if (text.isEmpty())
            continue;
        double width = 0;
        const QString shown = m_fonts.fitted(text, TextRole::MarkerLabel, maxLabelWidth, &width);
        if (shown.isEmpty())
            continue;
        const QRectF right(rightLeft, centerY - h / 2, width, h);
        const QRectF below(group.x - width / 2, belowTop, width, h);
        const auto placed = m_labels.place({right, below});
        if (!placed)
            continue;
        SceneText label;
        label.role = TextRole::MarkerLabel;
        label.rect = *placed;
        label.text = shown;
        label.alignment = *placed == right ? SceneText::LeftMiddle : SceneText::CentreMiddle;
        label.lane = laneIndex;
        label.eventId = event.id;
        scene.texts.push_back(std::move(label));
        return;
    }
}
