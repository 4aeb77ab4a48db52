#pragma once

#include "model/event.h"
#include "model/result.h"

class Database;

// An event's sources in the table event_sources, one row each in the event's order. Read with
// the event (readColumn, in the event query) and written with it, inside its transaction. Rows
// are keyed by the event's company and id (schema::version9), so a company's lie together.
class EventSourceTable
{
public:
    // An SQL expression on the alias `e` giving every source of the event in one text, which
    // parse() splits again. Sources are separated by U+001E and their parts by U+001F, which no
    // valid text holds (EventValidator).
    static const char *readColumn();
    static QList<EventSource> parse(const QString &joined);
    // Replaces the event's sources with `sources`; empty ones are not stored.
    static Status write(Database &db, qint64 companyId, EventId id,
                        const QList<EventSource> &sources);
    // Adds the sources of an event that has none stored yet (a new one).
    static Status add(Database &db, qint64 companyId, EventId id,
                      const QList<EventSource> &sources);
};
