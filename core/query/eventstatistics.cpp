#include "eventstatistics.h"

#include "store/database.h"
#include "store/eventcondition.h"
#include "store/statement.h"

#include <QCoreApplication>

#include <sqlite3.h>

Result<std::pair<QDate, QDate>> EventStatistics::extent()
{
    // last_day is at most a year after first_day, so bounding it by the latest first_day lets
    // the date index answer instead of a scan of every row.
    Statement &s =
        m_db.prepare("SELECT min(first_day), (SELECT max(last_day) FROM events WHERE first_day >= "
                     "(SELECT max(first_day) FROM events) - 366) FROM events");
    return readSpan(s);
}

Result<std::pair<QDate, QDate>> EventStatistics::extent(const EventQuery &filter)
{
    std::pair<QDate, QDate> span;
    const EventCondition condition(filter);
    if (filter.limit == 0 || condition.matchesNothing())
        return span;
    // The same condition EventRepository::query reads events with, so the span is theirs.
    const std::string sql = std::string("SELECT min(e.first_day), max(e.last_day) FROM ") +
                            EventCondition::from() + " WHERE 1" + condition.sql();
    Statement &s = m_db.prepare(sql.c_str());
    if (!s.isValid())
        return m_db.errorFor(s.prepareError(), QCoreApplication::translate(
                                                   "EventStatistics", "reading the span of dates"));
    condition.bind(s, 1);
    return readSpan(s);
}

Result<std::pair<QDate, QDate>> EventStatistics::readSpan(Statement &s)
{
    // One row: the first day and the last as Julian days, NULL when no event matched.
    const int rc = s.step();
    std::pair<QDate, QDate> span;
    if (rc == SQLITE_ROW && s.optionalInteger(0)) {
        span.first = QDate::fromJulianDay(s.integer(0));
        span.second = QDate::fromJulianDay(s.integer(1));
    }
    s.reset();
    if (rc != SQLITE_ROW)
        return m_db.errorFor(
            rc, QCoreApplication::translate("EventStatistics", "reading the span of dates"));
    return span;
}

Result<QStringList> EventStatistics::companies(const EventQuery &filter)
{
    QStringList names;
    const EventCondition condition(filter);
    if (filter.limit == 0 || condition.matchesNothing())
        return names;
    // Each company stops at its first matching event, found through the company's index.
    const std::string sql =
        std::string("SELECT owner.name FROM companies owner WHERE EXISTS (SELECT 1 FROM ") +
        EventCondition::from() + " WHERE e.company_id = owner.id" + condition.sql() + ")";
    Statement &s = m_db.prepare(sql.c_str());
    if (!s.isValid())
        return m_db.errorFor(s.prepareError(), QCoreApplication::translate(
                                                   "EventStatistics", "reading the companies"));
    condition.bind(s, 1);
    int rc;
    while ((rc = s.step()) == SQLITE_ROW)
        names << s.text(0);
    s.reset();
    if (rc != SQLITE_DONE)
        return m_db.errorFor(
            rc, QCoreApplication::translate("EventStatistics", "reading the companies"));
    return names;
}
