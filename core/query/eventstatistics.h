#pragma once

#include "model/result.h"
#include "store/eventquery.h"

#include <QDate>

#include <utility>
#include <vector>

class Database;

// Whole-database figures the overview needs without loading events: the span of dates and how
// many events fall in each slice of it. Both answer from the date index.
class EventStatistics
{
public:
    explicit EventStatistics(Database &db) : m_db(db) {}

    // The first and last day any event may stand for; invalid dates when there are none.
    Result<std::pair<QDate, QDate>> extent();
    // Events per bucket: `buckets` equal slices of [first, last] by each event's first day.
    Result<std::vector<int>> density(QDate first, QDate last, int buckets);

private:
    Database &m_db;
};
