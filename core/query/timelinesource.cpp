#include "timelinesource.h"

#include "companypalette.h"
#include "model/tenurederiver.h"
#include "model/textfolding.h"
#include "timeline/timelinelayout.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <map>

namespace {
bool wantsTenures(const EventQuery &filter)
{
    return filter.types.isEmpty() || filter.types.contains(EventType::Appointment) ||
           filter.types.contains(EventType::Departure);
}

// A tenure is shown when any part of it falls inside the filter's dates.
bool overlaps(const Tenure &tenure, const EventQuery &filter)
{
    if (filter.to.isValid() && tenure.start.firstDay() > filter.to)
        return false;
    if (filter.from.isValid() && tenure.end && tenure.end->lastDay() < filter.from)
        return false;
    return true;
}
} // namespace

TimelineSource::TimelineSource(EventStore &events) : m_events(events) {}

TimelineSource::TimelineSource(Database &db)
    : m_ownEvents(std::make_unique<EventRepository>(db)), m_events(*m_ownEvents)
{}

bool TimelineSource::readsEagerly() const
{
    // A person or a search picks a few events from anywhere: one query finds them and tells
    // which companies have any. Otherwise every company with events has a lane.
    return !m_filter.person.trimmed().isEmpty() || !m_filter.text.trimmed().isEmpty();
}

Status TimelineSource::setFilter(const EventQuery &filter)
{
    m_filter = filter;
    m_lanes.clear();
    m_loaded.clear();
    // A filter that lets nothing through (no company or no type ticked) says so with limit 0.
    if (m_filter.limit == 0)
        return Done{};
    m_filter.limit = -1;

    // Read with the lanes, so a role mapping changed by another program shows on refresh.
    auto vocabulary = m_events.vocabulary();
    if (!vocabulary)
        return vocabulary.error();
    m_vocabulary = std::move(*vocabulary);

    auto companies = m_events.companies(EventStore::EventCounts::NotCounted);
    if (!companies)
        return companies.error();
    std::map<QString, QColor> colorOf;
    for (const Company &company : *companies)
        colorOf[TextFolding::caseless(company.name)] = company.color;

    std::vector<LaneData> lanes;
    if (readsEagerly()) {
        auto events = m_events.query(m_filter);
        if (!events)
            return events.error();
        std::map<QString, std::size_t> laneFor;
        for (Event &event : *events) {
            auto [it, added] =
                laneFor.try_emplace(TextFolding::caseless(event.company), lanes.size());
            if (added)
                lanes.push_back(LaneData{event.company, {}, {}, {}, {}});
            lanes[it->second].events.push_back(std::move(event));
        }
    } else {
        QSet<QString> wanted;
        for (const QString &name : m_filter.companies)
            wanted.insert(TextFolding::caseless(name));
        for (const Company &company : *companies) {
            if (wanted.isEmpty() || wanted.contains(TextFolding::caseless(company.name)))
                lanes.push_back(LaneData{company.name, {}, {}, {}, {}});
        }
    }

    for (LaneData &lane : lanes) {
        const QColor own = colorOf[TextFolding::caseless(lane.company)];
        lane.color = own.isValid() ? own : CompanyPalette::colorFor(lane.company);
    }
    m_lanes = std::move(lanes);
    m_loaded.assign(m_lanes.size(), false);
    sortLanes();
    return Done{};
}

void TimelineSource::sortLanes()
{
    // The user's order first, then by name; a lane keeps whether it is loaded.
    std::map<QString, int> rank;
    for (int i = 0; i < m_order.size(); ++i)
        rank.try_emplace(TextFolding::caseless(m_order.at(i)), i);
    std::vector<std::pair<int, std::size_t>> order; // (rank, lane)
    order.reserve(m_lanes.size());
    for (std::size_t i = 0; i < m_lanes.size(); ++i) {
        const auto r = rank.find(TextFolding::caseless(m_lanes[i].company));
        order.emplace_back(r == rank.end() ? int(rank.size()) : r->second, i);
    }
    std::stable_sort(order.begin(), order.end(), [&](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return m_lanes[a.second].company.compare(m_lanes[b.second].company, Qt::CaseInsensitive) <
               0;
    });
    std::vector<LaneData> lanes;
    std::vector<bool> loaded;
    lanes.reserve(m_lanes.size());
    loaded.reserve(m_lanes.size());
    for (const auto &[r, i] : order) {
        lanes.push_back(std::move(m_lanes[i]));
        loaded.push_back(m_loaded[i]);
    }
    m_lanes = std::move(lanes);
    m_loaded = std::move(loaded);
}

Status TimelineSource::reload(const DataChange &change)
{
    // A search or a person filter reads every lane in one query: nothing to keep.
    if (change.all || readsEagerly() || m_filter.limit == 0)
        return reload();
    // Only the touched companies are read again, whether they still have events and in what
    // colour; every other lane stays as it was, loaded or not. (A role mapping changed by this
    // window or another program's write is a change to everything, above.)
    auto stored = m_events.companies(change.companies);
    if (!stored)
        return stored.error();
    // The events a change names, as stored now (a removed one is missing), read before any lane
    // changes so that a failed read leaves the lanes as they were.
    const bool patches =
        change.events && change.events->size() <= patchedEventLimit && readsWholeLanes();
    std::vector<Event> written;
    if (patches) {
        for (const EventId id : *change.events) {
            auto event = m_events.find(id);
            if (!event)
                return event.error();
            if (*event)
                written.push_back(std::move(**event));
        }
    }
    QSet<QString> touched;
    for (const QString &company : change.companies)
        touched.insert(TextFolding::caseless(company));
    std::map<QString, LaneData> held; // touched lanes that were loaded, to patch
    std::size_t kept = 0;
    for (std::size_t i = 0; i < m_lanes.size(); ++i) {
        const QString name = TextFolding::caseless(m_lanes[i].company);
        if (touched.contains(name)) {
            if (patches && m_loaded[i])
                held.try_emplace(name, std::move(m_lanes[i]));
            continue;
        }
        if (kept != i) { // a vector moved onto itself would be left empty
            m_lanes[kept] = std::move(m_lanes[i]);
            m_loaded[kept] = m_loaded[i];
        }
        ++kept;
    }
    m_lanes.resize(kept);
    m_loaded.resize(kept);
    QSet<QString> wanted;
    for (const QString &name : m_filter.companies)
        wanted.insert(TextFolding::caseless(name));
    Status status = Done{};
    for (const Company &company : *stored) {
        const QString name = TextFolding::caseless(company.name);
        if (!wanted.isEmpty() && !wanted.contains(name))
            continue;
        const QColor color =
            company.color.isValid() ? company.color : CompanyPalette::colorFor(company.name);
        LaneData lane{company.name, color, {}, {}, {}};
        bool loaded = false;
        if (const auto found = held.find(name); found != held.end()) {
            auto patched = patch(found->second, company, *change.events, written);
            if (!patched)
                status = patched.error(); // the lane is read again when next needed
            else if (*patched) {
                lane.events = std::move(found->second.events);
                lane.tenures = std::move(found->second.tenures);
                lane.notes = std::move(found->second.notes);
                loaded = true;
            }
        }
        m_lanes.push_back(std::move(lane));
        m_loaded.push_back(loaded);
    }
    sortLanes();
    return status;
}

Result<bool> TimelineSource::patch(LaneData &lane, const Company &stored,
                                   const std::vector<EventId> &changed,
                                   const std::vector<Event> &written)
{
    // Every event carries its company's name and identifier as stored: if they changed (an
    // identifier adopted, a name's case), every event reads differently, not just those named.
    const QString name = TextFolding::caseless(stored.name);
    const auto readsAsStored = [&](const Event &event) {
        return event.company == stored.name && event.companyIdentifier == stored.identifier;
    };
    if (!std::all_of(lane.events.cbegin(), lane.events.cend(), readsAsStored) ||
        !std::all_of(written.cbegin(), written.cend(), [&](const Event &event) {
            return TextFolding::caseless(event.company) != name || readsAsStored(event);
        }))
        return false;
    const QSet<EventId> ids(changed.cbegin(), changed.cend());
    std::erase_if(lane.events, [&](const Event &event) { return ids.contains(event.id); });
    // In the order EventRepository::query reads a lane: by first day, then by id.
    const auto before = [](const Event &a, const Event &b) {
        const qint64 first = a.date.firstDay().toJulianDay();
        const qint64 other = b.date.firstDay().toJulianDay();
        return first != other ? first < other : a.id < b.id;
    };
    for (const Event &event : written) {
        if (TextFolding::caseless(event.company) == name)
            lane.events.insert(
                std::upper_bound(lane.events.begin(), lane.events.end(), event, before), event);
    }
    // A change naming its events may have written the company's notes too (an import's).
    auto notes = m_events.notes().list({stored.name});
    if (!notes)
        return notes.error();
    lane.notes = std::move(*notes);
    if (auto status = deriveTenures(lane); !status)
        return status.error();
    return true;
}

Status TimelineSource::setLaneOrder(const QStringList &companies)
{
    m_order = companies;
    return reload();
}

QStringList TimelineSource::laneOrder() const
{
    QStringList order;
    for (const LaneData &lane : m_lanes)
        order << lane.company;
    return order;
}

int TimelineSource::laneOf(const QString &company) const
{
    const QString wanted = TextFolding::caseless(company);
    for (std::size_t i = 0; i < m_lanes.size(); ++i) {
        if (TextFolding::caseless(m_lanes[i].company) == wanted)
            return int(i);
    }
    return -1;
}

bool TimelineSource::readsWholeLanes() const
{
    return !readsEagerly() && m_filter.types.isEmpty() && !m_filter.from.isValid() &&
           !m_filter.to.isValid();
}

Status TimelineSource::load(std::size_t index)
{
    if (m_loaded[index])
        return Done{};
    LaneData &lane = m_lanes[index];
    if (!readsEagerly()) {
        EventQuery query = m_filter;
        query.companies = {lane.company};
        auto events = m_events.query(query);
        if (!events)
            return events.error();
        lane.events = std::move(*events);
    }
    auto notes = m_events.notes().list({lane.company});
    if (!notes)
        return notes.error();
    lane.notes = std::move(*notes);
    if (auto status = deriveTenures(lane); !status)
        return status;
    m_loaded[index] = true;
    return Done{};
}

Status TimelineSource::deriveTenures(LaneData &lane)
{
    lane.tenures.clear();
    if (!wantsTenures(m_filter))
        return Done{};
    const bool eager = readsEagerly();
    // Tenures need every appointment and departure of the company, not only those the
    // filter lets through: a search for a successor must still end the predecessor's bar.
    std::vector<Tenure> tenures;
    if (readsWholeLanes()) {
        tenures = TenureDeriver::deriveWithNotes(lane.events, m_vocabulary).tenures;
    } else {
        auto all = m_events.derivation(lane.company, m_vocabulary);
        if (!all)
            return all.error();
        tenures = std::move(all->tenures);
    }
    QSet<EventId> shown;
    if (eager) {
        for (const Event &event : lane.events)
            shown.insert(event.id);
    }
    // Filtered where they are, not copied: an event appointing a crowd makes as many tenures.
    std::erase_if(tenures, [&](const Tenure &tenure) {
        return !overlaps(tenure, m_filter) || (eager && !shown.contains(tenure.startEventId) &&
                                               !shown.contains(tenure.endEventId));
    });
    lane.tenures = std::move(tenures);
    return Done{};
}

Result<const LaneData *> TimelineSource::lane(int index)
{
    if (index < 0 || index >= laneCount())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("TimelineSource", "no lane %1").arg(index)};
    if (auto status = load(std::size_t(index)); !status)
        return status.error();
    return &m_lanes[std::size_t(index)];
}

Result<std::span<const LaneData>> TimelineSource::lanesFilling(int first, double height,
                                                               const QSet<QString> &collapsed,
                                                               const ChartStyle &style)
{
    first = std::clamp(first, 0, laneCount());
    auto end = std::size_t(first);
    double filled = 0;
    while (end < m_lanes.size() && (filled < height || end == std::size_t(first))) {
        if (auto status = load(end); !status)
            return status.error();
        const LaneData &lane = m_lanes[end];
        filled += TimelineLayout::laneHeight(lane, collapsed.contains(lane.company), style);
        ++end;
    }
    const std::size_t shown = end - std::size_t(first);
    releaseFarFrom(std::size_t(first) - std::min(std::size_t(first), shown), end + shown);
    return std::span<const LaneData>(m_lanes.data() + first, shown);
}

void TimelineSource::releaseFarFrom(std::size_t keepFirst, std::size_t keepEnd)
{
    if (readsEagerly())
        return; // read in one query: a lane given back could not be read alone
    std::size_t held = 0;
    std::vector<std::pair<std::size_t, std::size_t>> far; // (distance, lane)
    for (std::size_t i = 0; i < m_lanes.size(); ++i) {
        if (!m_loaded[i])
            continue;
        held += m_lanes[i].events.size();
        if (i < keepFirst)
            far.emplace_back(keepFirst - i, i);
        else if (i >= keepEnd)
            far.emplace_back(i - keepEnd + 1, i);
    }
    if (held <= m_heldEventLimit)
        return;
    std::sort(far.begin(), far.end(), std::greater<>());
    for (const auto &[distance, i] : far) {
        if (held <= m_heldEventLimit)
            break;
        LaneData &lane = m_lanes[i];
        held -= lane.events.size();
        // Swapped with empty ones: clear() would keep the memory.
        std::vector<Event>().swap(lane.events);
        std::vector<Tenure>().swap(lane.tenures);
        std::vector<Annotation>().swap(lane.notes);
        m_loaded[i] = false;
    }
}

Status TimelineSource::prefetchAround(int first, double height, const QSet<QString> &collapsed,
                                      const ChartStyle &style)
{
    auto shown = lanesFilling(first, height, collapsed, style);
    if (!shown)
        return shown.error();
    const int count = std::max<int>(1, int(shown->size()));
    if (auto below = lanesFilling(first + count, height, collapsed, style); !below)
        return below.error();
    if (auto above = lanesFilling(std::max(0, first - count), height, collapsed, style); !above)
        return above.error();
    return Done{};
}

Result<std::span<const LaneData>> TimelineSource::allLanes()
{
    for (std::size_t i = 0; i < m_lanes.size(); ++i) {
        if (auto status = load(i); !status)
            return status.error();
    }
    return std::span<const LaneData>(m_lanes.data(), m_lanes.size());
}

Result<std::pair<QDate, QDate>> TimelineSource::extent(QDate today)
{
    QDate first, last;
    // The same span the matching events' lanes would give, asked of the indexes instead.
    auto matching = m_events.extent(m_filter);
    if (!matching)
        return matching.error();
    std::tie(first, last) = *matching;
    if (m_filter.from.isValid() && (!first.isValid() || first < m_filter.from))
        first = m_filter.from;
    if (m_filter.to.isValid() && (!last.isValid() || last > m_filter.to))
        last = m_filter.to;
    if (!first.isValid())
        first = today;
    // On to today, where open tenures end; but a search fits its matches, not the years after.
    if (!last.isValid() ||
        (!readsEagerly() && today.isValid() && today > last && !m_filter.to.isValid()))
        last = today;
    return std::pair{first, std::max(first, last)};
}
