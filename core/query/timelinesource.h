#pragma once

#include "model/result.h"
#include "store/datachange.h"
#include "store/eventquery.h"
#include "store/eventrepository.h"
#include "timeline/chartstyle.h"
#include "timeline/timelinedata.h"

#include <QSet>

#include <memory>
#include <span>
#include <vector>

class Database;

// The query step between the store and the timeline layout: which companies get a lane under
// the current filter, in the user's order, and each lane's events and tenures. A lane is read
// from the store the first time it is needed and kept until the data or the filter changes, so
// a view over a million events reads only the few lanes on screen.
class TimelineSource
{
public:
    // Over any engine's store, or over a file's (a repository of its own).
    explicit TimelineSource(EventStore &events);
    explicit TimelineSource(Database &db);

    // Applies a filter and re-reads the list of lanes; lanes load again as they are needed.
    Status setFilter(const EventQuery &filter);
    const EventQuery &filter() const { return m_filter; }
    // Re-reads everything, after the database changed.
    Status reload() { return setFilter(m_filter); }
    // Re-reads what a change touched: the list of lanes, and the lanes of the companies it
    // names, which load again when needed; every other lane keeps what it read. A loaded lane
    // of a change that names its events is patched instead: just those events are read, by
    // id, and the lane's tenures derived again from the events it holds.
    Status reload(const DataChange &change);
    // A change naming more events than this has its lanes read again whole: one query reads a
    // lane sooner than as many look-ups by id.
    static constexpr std::size_t patchedEventLimit = 500;

    // Companies listed here come first, in this order; the rest follow by name.
    Status setLaneOrder(const QStringList &companies);
    QStringList laneOrder() const;

    int laneCount() const { return int(m_lanes.size()); }
    QString company(int lane) const { return m_lanes.at(std::size_t(lane)).company; }
    int laneOf(const QString &company) const; // -1 when it has no lane

    // Lanes from `first` on, as many as fill `height` (at least one if any is left), loaded.
    Result<std::span<const LaneData>> lanesFilling(int first, double height,
                                                   const QSet<QString> &collapsed,
                                                   const ChartStyle &style = {});
    // Reads the screenful of lanes below `first` and the one above, so scrolling there next
    // does not wait for the store. The viewer calls it when the user pauses.
    Status prefetchAround(int first, double height, const QSet<QString> &collapsed,
                          const ChartStyle &style = {});
    // Every lane, loaded (for exports and small databases).
    Result<std::span<const LaneData>> allLanes();
    // Once lanes holding more than this many events are loaded, lanesFilling gives back those
    // farthest from the lanes it returns (a screenful either side is kept), to be read again if
    // they come back into view: paging through a million events would otherwise keep them all.
    // A search or a person filter reads its lanes in one query and keeps them.
    static constexpr std::size_t defaultHeldEvents = 60000;
    void setHeldEventLimit(std::size_t events) { m_heldEventLimit = events; }
    Result<const LaneData *> lane(int index);

    // The span "fit all" shows: from the first event the filter lets through to the last, or to
    // `today` when that is later (open tenures run to today). The indexes answer, without
    // loading a lane (EventStatistics::extent).
    Result<std::pair<QDate, QDate>> extent(QDate today);

private:
    Status load(std::size_t index);
    // The lane's tenures from its events (or the store's, when the filter holds back some).
    Status deriveTenures(LaneData &lane);
    // Puts the change's events, as stored now (`written`; a removed one is missing), into a
    // loaded lane of `stored`. False when the lane has to be read again instead.
    Result<bool> patch(LaneData &lane, const Company &stored, const std::vector<EventId> &changed,
                       const std::vector<Event> &written);
    // Whether each lane holds every event of its company: no type, date or search filter.
    bool readsWholeLanes() const;
    void sortLanes();
    // Unloads lanes outside [keepFirst, keepEnd), farthest first, while more are held than the
    // limit allows.
    void releaseFarFrom(std::size_t keepFirst, std::size_t keepEnd);
    bool readsEagerly() const;

    std::unique_ptr<EventRepository> m_ownEvents; // when made over a file
    EventStore &m_events;
    EventQuery m_filter;
    RoleVocabulary m_vocabulary = RoleVocabulary::builtIn();
    QStringList m_order;
    std::vector<LaneData> m_lanes;
    std::vector<bool> m_loaded;
    std::size_t m_heldEventLimit = defaultHeldEvents;
};
