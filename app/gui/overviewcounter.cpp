#include "overviewcounter.h"

#include "store/database.h"
#include "store/eventstatistics.h"
#include "workerpool.h"

#include <QtConcurrent>

OverviewCounter::OverviewCounter(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &OverviewCounter::adopt);
}

void OverviewCounter::recountAll(Database &db, int buckets)
{
    m_db = &db;
    m_buckets = buckets;
    m_touchedMeanwhile.clear();
    const Request request{db.path(), buckets};
    if (m_watcher.isRunning()) {
        m_next = request; // a worker cannot be interrupted: its result is dropped
        return;
    }
    start(request);
}

void OverviewCounter::start(const Request &request)
{
    m_next.reset();
    m_watcher.setFuture(QtConcurrent::run(workerPool(), [request]() -> Result<OverviewDensity> {
        auto db = Database::open(request.path, Database::OpenMode::ReadOnly);
        if (!db)
            return db.error();
        // The span too: its last day asks for the latest among a year of events (0.1 s at a
        // million), not for the window to wait on.
        auto extent = EventStatistics(**db).extent();
        if (!extent)
            return extent.error();
        OverviewDensity density;
        const auto [first, last] = *extent;
        if (first.isValid()) {
            const Status counted =
                density.recount(**db, first, std::max(last, QDate::currentDate()), request.buckets);
            if (!counted)
                return counted.error();
        }
        return density;
    }));
}

void OverviewCounter::adopt()
{
    if (m_next) {
        start(*m_next);
        return;
    }
    if (!m_db)
        return; // cleared meanwhile: the count is of a file no longer open
    Result<OverviewDensity> counted = m_watcher.result();
    if (!counted) {
        emit failed(counted.error().message);
        return;
    }
    m_density = std::move(*counted);
    if (!m_touchedMeanwhile.isEmpty()) {
        m_touchedMeanwhile.removeDuplicates();
        const Status status = m_density.recount(*m_db, m_touchedMeanwhile);
        m_touchedMeanwhile.clear();
        if (!status)
            emit failed(status.error().message);
    }
    emit this->counted();
}

Status OverviewCounter::recount(const QStringList &companies)
{
    if (!m_db)
        return Done{};
    if (m_watcher.isRunning()) {
        m_touchedMeanwhile << companies;
        return Done{};
    }
    // The touched companies' span, a few index seeks: events beyond the counted span widen it.
    EventQuery touched;
    touched.companies = companies;
    auto reach = EventStatistics(*m_db).extent(touched);
    if (!reach)
        return reach.error();
    const bool inside = !reach->first.isValid() ||
                        (m_density.first().isValid() && reach->first >= m_density.first() &&
                         reach->second <= m_density.last());
    if (!inside) {
        recountAll(*m_db, m_buckets);
        return Done{};
    }
    Status status = m_density.recount(*m_db, companies);
    if (status)
        emit counted();
    return status;
}

void OverviewCounter::clear()
{
    m_db = nullptr;
    m_next.reset();
    m_touchedMeanwhile.clear();
    m_density = OverviewDensity();
}
