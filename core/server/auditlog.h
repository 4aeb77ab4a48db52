#pragma once

#include "model/event.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

class ServerDatabase;

// The server's record of every change to events (tenure.audit_log, kept by triggers): who added,
// changed or removed which event, and when.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    enum class Action { Added, Changed, Removed };
    struct Entry
    {
        QDateTime at; // the server's clock, in UTC
        QString user; // the database role
        Action action = Action::Added;
        EventId event = 0;
        QString company; // the company's name now, or "#id" for a company merged away since
        QString summary; // the event as it is now, or as it was when removed
    };
    struct Filter
    {
        QString company; // any case; empty for all
        QDate since;     // entries on or after this day (UTC); invalid for all
        int limit = 100; // the newest this many
    };

    // The newest entries first.
    static Result<std::vector<Entry>> read(ServerDatabase &db, const Filter &filter);
    static QString actionName(Action action); // "add", "change", "remove"
};
