#pragma once

#include "model/event.h"

#include <QStringList>

#include <optional>
#include <vector>

// What a write to the database touched, so that views re-read only that: an edit of one event
// re-derives its company's lane and leaves the other lanes as they were read.
struct DataChange
{
    // Anything may have changed: another program wrote, or a role mapping changed how every
    // lane's titles read. Views then re-read everything.
    static DataChange everything() { return DataChange{}; }
    // Only the events of these companies (as named before and after the change) changed.
    static DataChange ofCompanies(QStringList companies)
    {
        DataChange change;
        change.all = false;
        change.companies = std::move(companies);
        return change;
    }
    // Only these events changed (added, edited, removed or put back), in these companies, and
    // perhaps the companies' notes: a view may read just those events by id.
    static DataChange ofEvents(QStringList companies, std::vector<EventId> ids)
    {
        DataChange change = ofCompanies(std::move(companies));
        change.events = std::move(ids);
        return change;
    }

    bool all = true;
    QStringList companies;
    // Set when the change can name every event it wrote: no other event of the companies was
    // changed (not renamed, merged or given an identifier). Unset, their events are re-read.
    std::optional<std::vector<EventId>> events;
};
