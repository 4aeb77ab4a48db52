#pragma once

#include "eventquery.h"

#include <functional>
#include <string>
#include <vector>

class Statement;

// The SQL condition an EventQuery stands for, on the events `e` joined to their companies `c`
// (see from()): fixed fragments with `?` parameters, and the values to bind to them. The one
// place the filter's rules are written, for reading events and for figures about them alike.
class EventCondition
{
public:
    // How the event types are tested. Through the (type, first_day) index suits a query over
    // every company; a query that visits company after company (an EXISTS per company) must
    // test each of the company's rows instead, or SQLite scans a type's whole index for each.
    enum class Types { ByIndex, ByRow };
    explicit EventCondition(const EventQuery &query, Types types = Types::ByIndex);

    // "events e JOIN companies c ON c.id = e.company_id": what the condition is written on.
    static const char *from();
    // " AND ..." for each criterion given; empty when every event matches.
    const std::string &sql() const { return m_sql; }
    // True when the query can match nothing whatever the data (a search for "*").
    bool matchesNothing() const { return m_matchesNothing; }
    int parameterCount() const { return int(m_binders.size()); }
    // Binds the condition's values to parameters first, first + 1, ...; returns the next free
    // index, so a statement using the condition twice binds it twice.
    int bind(Statement &statement, int first) const;

private:
    using Binder = std::function<void(Statement &, int)>;
    void add(const char *fragment, Binder bind);

    std::string m_sql;
    std::vector<Binder> m_binders;
    bool m_matchesNothing = false;
};
