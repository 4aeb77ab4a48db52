#pragma once

#include "model/result.h"
#include "store/eventquery.h"

#include <QDate>
#include <QStringList>

#include <utility>
#include <vector>

class Database;
class Statement;

// Figures the overview and the charts need without loading events: the span of dates (of all
// events, or of those a filter lets through) and which companies have matching events. Each is one
// query answered from an index.
class EventStatistics
{
public:
    explicit EventStatistics(Database &db) : m_db(db) {}

    // The first and last day any event may stand for; invalid dates when there are none.
    Result<std::pair<QDate, QDate>> extent();
    // The first and last day the events matching `filter` may stand for (its dates, companies,
    // types, person and text, as EventRepository::query reads them); invalid dates when none
    // match. One query over the index the filter picks; no event is loaded.
    Result<std::pair<QDate, QDate>> extent(const EventQuery &filter);
    // The companies with at least one event matching `filter`, in no particular order.
    Result<QStringList> companies(const EventQuery &filter);

private:
    // extent(filter) for a filter of companies, types and dates only: seeks in the indexes.
    Result<std::pair<QDate, QDate>> extentByIndex(const EventQuery &filter);
    Result<std::pair<QDate, QDate>> readSpan(Statement &statement);

    Database &m_db;
};
