#include "scene.h"

#include <QSet>

#include <algorithm>
#include <limits>
#include <tuple>

namespace {
SceneHit markerHit(const SceneMarker &marker)
{
    SceneHit hit;
    hit.kind = marker.count > 1 ? SceneHit::Kind::Cluster : SceneHit::Kind::Event;
    hit.eventId = marker.eventId;
    hit.lane = marker.lane;
    hit.firstDay = marker.firstDay;
    hit.lastDay = marker.lastDay;
    hit.tooltip = marker.tooltip;
    return hit;
}
} // namespace

SceneHit Scene::hitTest(QPointF point, double slop) const
{
    // Markers are small: the nearest whose widened bounds hold the point wins.
    const SceneMarker *nearest = nullptr;
    double nearestDistance = std::numeric_limits<double>::max();
    for (const SceneMarker &marker : markers) {
        if (marker.eventId == 0)
            continue; // a legend sample
        if (!marker.bounds().adjusted(-slop, -slop, slop, slop).contains(point))
            continue;
        const QPointF d = point - marker.center;
        const double distance = QPointF::dotProduct(d, d);
        if (distance <= nearestDistance) { // ties go to the one painted last, on top
            nearestDistance = distance;
            nearest = &marker;
        }
    }
    if (nearest)
        return markerHit(*nearest);
    const auto noteHit = [](AnnotationId id, int lane, const QString &tooltip) {
        SceneHit hit;
        hit.kind = SceneHit::Kind::Note;
        hit.noteId = id;
        hit.lane = lane;
        hit.tooltip = tooltip;
        return hit;
    };
    for (const SceneText &text : texts) {
        if (text.noteId != 0 && text.rect.contains(point))
            return noteHit(text.noteId, text.lane, text.tooltip);
    }

    for (auto rect = rects.rbegin(); rect != rects.rend(); ++rect) {
        const bool bar = rect->role == SceneRect::Role::TenureBar;
        if ((!bar && rect->role != SceneRect::Role::FundingBar) || !rect->rect.contains(point))
            continue;
        SceneHit hit;
        hit.kind = bar ? SceneHit::Kind::TenureBar : SceneHit::Kind::Event;
        hit.eventId = rect->eventId;
        hit.lane = rect->lane;
        hit.tooltip = rect->tooltip;
        return hit;
    }

    for (const SceneRect &rect : rects) {
        if (rect.role == SceneRect::Role::NoteBand && rect.rect.contains(point))
            return noteHit(rect.noteId, rect.lane, rect.tooltip);
    }
    for (const SceneText &text : texts) {
        if (text.role == TextRole::LaneTitle && text.rect.contains(point)) {
            SceneHit hit;
            hit.kind = SceneHit::Kind::LaneTitle;
            hit.lane = text.lane;
            hit.tooltip = text.text;
            return hit;
        }
    }
    return {};
}

namespace {
bool shows(const SceneMarker &marker, EventId id)
{
    return id != 0 &&
           (marker.eventId == id ||
            std::find(marker.members.begin(), marker.members.end(), id) != marker.members.end());
}

bool shows(const SceneRect &rect, EventId id)
{
    // Only tenure bars show a selection (that of the appointment that opened them).
    return id != 0 && rect.role == SceneRect::Role::TenureBar && rect.eventId == id;
}
} // namespace

void Scene::select(EventId id)
{
    for (SceneMarker &marker : markers) {
        if (marker.eventId != 0) // not a legend sample
            marker.selected = shows(marker, id);
    }
    for (SceneRect &rect : rects) {
        if (rect.role == SceneRect::Role::TenureBar)
            rect.selected = shows(rect, id);
    }
}

QRectF Scene::selectionBounds(EventId id) const
{
    // The ring drawn round a selected marker or bar stands a few pixels outside it.
    constexpr double ring = 6;
    QRectF bounds;
    for (const SceneMarker &marker : markers) {
        if (shows(marker, id))
            bounds |= marker.bounds().adjusted(-ring, -ring, ring, ring);
    }
    for (const SceneRect &rect : rects) {
        if (shows(rect, id))
            bounds |= rect.rect.adjusted(-ring, -ring, ring, ring);
    }
    return bounds;
}

int Scene::laneAt(double y) const
{
    const auto within = [y](int lane, const QRectF &rect) {
        return lane >= 0 && rect.top() <= y && y <= rect.bottom();
    };
    for (const SceneRect &rect : rects) {
        if (within(rect.lane, rect.rect))
            return rect.lane;
    }
    for (const SceneText &text : texts) {
        if (within(text.lane, text.rect))
            return text.lane;
    }
    for (const SceneMarker &marker : markers) {
        if (within(marker.lane, marker.bounds()))
            return marker.lane;
    }
    return -1;
}

void Scene::append(const Scene &other, QPointF offset)
{
    rects.reserve(rects.size() + other.rects.size());
    for (SceneRect rect : other.rects) {
        rect.rect.translate(offset);
        for (SceneFade *fade : {&rect.fadeIn, &rect.fadeOut}) {
            fade->from += offset.x();
            fade->to += offset.x();
        }
        rects.push_back(std::move(rect));
    }
    lines.reserve(lines.size() + other.lines.size());
    for (SceneLine line : other.lines) {
        line.line.translate(offset);
        lines.push_back(line);
    }
    for (const QPolygonF &polyline : other.valuationLines)
        valuationLines.push_back(polyline.translated(offset));
    markers.reserve(markers.size() + other.markers.size());
    for (SceneMarker marker : other.markers) {
        marker.center += offset;
        markers.push_back(std::move(marker));
    }
    texts.reserve(texts.size() + other.texts.size());
    for (SceneText text : other.texts) {
        text.rect.translate(offset);
        texts.push_back(std::move(text));
    }
}

std::vector<EventId> Scene::eventOrder() const
{
    // Reading order: lane by lane from the top (lanes are numbered downwards), left to right
    // within a lane.
    struct Entry
    {
        int lane;
        double x;
        double y;
        EventId id;
    };
    std::vector<Entry> entries;
    entries.reserve(markers.size());
    for (const SceneMarker &marker : markers) {
        if (marker.count == 1 && marker.eventId != 0)
            entries.push_back({marker.lane, marker.center.x(), marker.center.y(), marker.eventId});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.lane, a.x, a.y, a.id) < std::tie(b.lane, b.x, b.y, b.id);
    });
    std::vector<EventId> ids;
    ids.reserve(entries.size());
    QSet<EventId> seen; // an event with two markers (a round and its valuation) is one stop
    seen.reserve(qsizetype(entries.size()));
    for (const Entry &entry : entries) {
        if (!seen.contains(entry.id)) {
            seen.insert(entry.id);
            ids.push_back(entry.id);
        }
    }
    return ids;
}
