#pragma once

#include "model/result.h"

#include <QDate>
#include <QString>

#include <vector>

class EventRepository;
struct Company;

// Generates the benchmark's databases: a fixed number of events over fifty years at a thousand
// companies of very different sizes, written through EventRepository as a user's imports would
// be. The same size always gives the same file, so each is generated once and kept in a cache.
class SyntheticData
{
public:
    // Bump when the generator changes, so stale caches are not measured.
    static constexpr int version = 1;
    static constexpr int companyCount = 1000;
    static constexpr int batchSize = 10000; // events per addAll, each one transaction

    static QDate firstDay() { return QDate(1976, 1, 1); }
    static QDate lastDay() { return QDate(2025, 12, 31); }

    // Where the database of `events` events is cached.
    static QString cachePath(int events);
    // The cached database of `events` events, generated first when it is missing. Generation
    // writes to a temporary name and renames on success, so an interrupted run leaves no
    // half-made cache behind.
    static Result<QString> ensure(int events);
    // Generates `events` events into a new database at `path`, reporting progress on stderr.
    static Status generate(int events, const QString &path);
    // A generated database's companies, the largest first (the benchmarks pick the largest and
    // one of median size); an error when it has none.
    static Result<std::vector<Company>> companiesBySize(EventRepository &events);
};
