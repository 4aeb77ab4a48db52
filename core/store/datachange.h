#pragma once

#include <QStringList>

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

    bool all = true;
    QStringList companies;
};
