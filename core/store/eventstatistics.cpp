#include "eventstatistics.h"

#include "database.h"
#include "eventcondition.h"
#include "fulltextindex.h"
#include "statement.h"

#include <QCoreApplication>

#include <functional>
#include <limits>
#include <optional>
#include <sqlite3.h>
#include <string>

Result<std::pair<QDate, QDate>> EventStatistics::extent()
{
    return extentByIndex({});
}

Result<std::pair<QDate, QDate>> EventStatistics::extent(const EventQuery &filter)
{
    std::pair<QDate, QDate> span;
    const EventCondition condition(filter);
    if (filter.limit == 0 || condition.matchesNothing())
        return span;
    if (filter.person.trimmed().isEmpty() && FullTextIndex::matchExpression(filter.text).isEmpty())
        return extentByIndex(filter);
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

namespace {
// Each statement of extentByIndex on the events of one company (?4 its name) or one type (?4),
// or all: those whose types are in the mask ?5 (when some are ticked), first day in [?1, ?2],
// last day from ?3. Without a type to test, the date index (first and last day) answers alone.
std::string spanQuery(const char *select, const char *key, bool testsTypes, const char *order)
{
    return std::string("SELECT ") + select + " FROM events WHERE " + key +
           (testsTypes ? " AND ((1 << type) & ?5) != 0" : " AND ?5 IS NOT NULL") +
           " AND first_day BETWEEN ?1 AND ?2 AND last_day >= ?3" + order;
}
} // namespace

Result<std::pair<QDate, QDate>> EventStatistics::extentByIndex(const EventQuery &filter)
{
    // One min(type IN (...)) over a million rows reads most of them. The same span, key by key
    // (each company, else each type), is three index seeks a key: the first day in index order,
    // the last first day, then the latest last day among the events of the last year before it
    // (an event's last day is at most a year after its first).
    constexpr qint64 farPast = std::numeric_limits<qint32>::min();
    constexpr qint64 farFuture = std::numeric_limits<qint32>::max();
    const qint64 from = filter.from.isValid() ? filter.from.toJulianDay() : farPast;
    const qint64 lowest = filter.from.isValid() ? from - 366 : farPast;
    const qint64 highest = filter.to.isValid() ? filter.to.toJulianDay() : farFuture;
    qint64 typeMask = 0;
    for (const EventType type : filter.types)
        typeMask |= qint64(1) << int(type);
    if (filter.types.isEmpty())
        typeMask = -1;

    const bool byCompany = !filter.companies.isEmpty();
    const bool byType = !byCompany && !filter.types.isEmpty();
    const char *key = byCompany ? "company_id = (SELECT id FROM companies WHERE name = ?4)"
                      : byType  ? "type = ?4"
                                : "?4 IS NOT NULL";
    const bool testsTypes = !filter.types.isEmpty();
    const std::string firstSql =
        spanQuery("first_day", key, testsTypes, " ORDER BY first_day LIMIT 1");
    const std::string lastFirstSql =
        spanQuery("first_day", key, testsTypes, " ORDER BY first_day DESC LIMIT 1");
    const std::string lastSql = spanQuery("max(last_day)", key, testsTypes, "");
    Statement &first = m_db.prepare(firstSql.c_str());
    Statement &lastFirst = m_db.prepare(lastFirstSql.c_str());
    Statement &last = m_db.prepare(lastSql.c_str());

    std::vector<std::function<void(Statement &)>> keys;
    if (byCompany) {
        for (const QString &company : filter.companies)
            keys.emplace_back([name = company.trimmed()](Statement &s) { s.bind(4, name); });
    } else if (byType) {
        for (const EventType type : filter.types)
            keys.emplace_back([type](Statement &s) { s.bind(4, int(type)); });
    } else {
        keys.emplace_back([](Statement &s) { s.bind(4, 1); });
    }
    const auto bindKey = [&](Statement &s, const auto &bindKeyValue, qint64 low) {
        s.bind(1, low).bind(2, highest).bind(3, from).bind(5, typeMask);
        bindKeyValue(s);
    };
    // The first column of the only row, if any; an error says what was being read.
    const auto read = [this](Statement &s) -> Result<std::optional<qint64>> {
        const int rc = s.step();
        std::optional<qint64> value;
        if (rc == SQLITE_ROW)
            value = s.optionalInteger(0);
        s.reset();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return m_db.errorFor(
                rc, QCoreApplication::translate("EventStatistics", "reading the span of dates"));
        return value;
    };

    std::optional<qint64> spanFirst, spanLast;
    for (const auto &bindKeyValue : keys) {
        bindKey(first, bindKeyValue, lowest);
        auto firstDay = read(first);
        if (!firstDay)
            return firstDay.error();
        if (!*firstDay)
            continue; // nothing of this key matches
        bindKey(lastFirst, bindKeyValue, lowest);
        auto lastFirstDay = read(lastFirst);
        if (!lastFirstDay)
            return lastFirstDay.error();
        bindKey(last, bindKeyValue, std::max(lowest, lastFirstDay->value_or(**firstDay) - 366));
        auto lastDay = read(last);
        if (!lastDay)
            return lastDay.error();
        spanFirst = std::min(spanFirst.value_or(**firstDay), **firstDay);
        const qint64 end = lastDay->value_or(**firstDay);
        spanLast = std::max(spanLast.value_or(end), end);
    }
    std::pair<QDate, QDate> span;
    if (spanFirst) {
        span.first = QDate::fromJulianDay(*spanFirst);
        span.second = QDate::fromJulianDay(*spanLast);
    }
    return span;
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
    const EventCondition condition(filter, EventCondition::Types::ByRow);
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
