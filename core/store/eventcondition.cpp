#include "eventcondition.h"

#include "fulltextindex.h"
#include "statement.h"

EventCondition::EventCondition(const EventQuery &query, Types types)
{
    // Assembled from fixed fragments only; every value the user gave is bound.
    if (query.from.isValid()) {
        const qint64 from = query.from.toJulianDay();
        add(" AND e.last_day >= ?", [from](Statement &s, int i) { s.bind(i, from); });
        // last_day is at most a year after first_day, so this bound lets the index do the work.
        add(" AND e.first_day >= ?", [from](Statement &s, int i) { s.bind(i, from - 366); });
    }
    if (query.to.isValid()) {
        const qint64 to = query.to.toJulianDay();
        add(" AND e.first_day <= ?", [to](Statement &s, int i) { s.bind(i, to); });
    }
    if (!query.companies.isEmpty()) {
        m_sql += " AND c.name IN (";
        for (qsizetype i = 0; i < query.companies.size(); ++i) {
            const QString name = query.companies.at(i).trimmed();
            add(i ? ", ?" : "?", [name](Statement &s, int index) { s.bind(index, name); });
        }
        m_sql += ")";
    }
    if (!query.types.isEmpty()) {
        // A unary + makes the column an expression no index can serve.
        m_sql += types == Types::ByIndex ? " AND e.type IN (" : " AND +e.type IN (";
        for (qsizetype i = 0; i < query.types.size(); ++i) {
            const int type = int(query.types.at(i));
            add(i ? ", ?" : "?", [type](Statement &s, int index) { s.bind(index, type); });
        }
        m_sql += ")";
    }
    if (!query.person.trimmed().isEmpty()) {
        const QString person = query.person.trimmed();
        add(" AND e.id IN (SELECT ep.event_id FROM event_people ep JOIN people p ON p.id = "
            "ep.person_id WHERE p.name = ?)",
            [person](Statement &s, int i) { s.bind(i, person); });
    }
    // "*" searches for nothing, so it finds nothing, not all.
    m_matchesNothing = FullTextIndex::whyNothingMatches(query.text).has_value();
    const QString match = FullTextIndex::matchExpression(query.text);
    if (!match.isEmpty()) {
        add(" AND e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)",
            [match](Statement &s, int i) { s.bind(i, match); });
    }
}

const char *EventCondition::from()
{
    return "events e JOIN companies c ON c.id = e.company_id";
}

void EventCondition::add(const char *fragment, Binder bind)
{
    m_sql += fragment;
    m_binders.push_back(std::move(bind));
}

int EventCondition::bind(Statement &statement, int first) const
{
    for (const Binder &binder : m_binders)
        binder(statement, first++);
    return first;
}
