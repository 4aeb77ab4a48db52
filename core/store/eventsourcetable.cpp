#include "eventsourcetable.h"

#include "database.h"
#include "statement.h"

#include <sqlite3.h>

namespace {
constexpr char sourceSeparator = '\x1e';
constexpr char partSeparator = '\x1f';
} // namespace

const char *EventSourceTable::readColumn()
{
    return "(SELECT group_concat(url || char(31) || title || char(31) || outlet || char(31) || "
           "date, char(30)) FROM (SELECT url, title, outlet, date FROM event_sources WHERE "
           "event_id = e.id ORDER BY position))";
}

QList<EventSource> EventSourceTable::parse(const QString &joined)
{
    QList<EventSource> sources;
    if (joined.isEmpty())
        return sources;
    for (const QString &row : joined.split(QLatin1Char(sourceSeparator))) {
        const QStringList parts = row.split(QLatin1Char(partSeparator));
        EventSource source;
        source.url = parts.value(0);
        source.title = parts.value(1);
        source.outlet = parts.value(2);
        source.date = PartialDate::parse(parts.value(3)).value_or(PartialDate());
        sources << source;
    }
    return sources;
}

Status EventSourceTable::write(Database &db, EventId id, const QList<EventSource> &sources)
{
    Statement &clear = db.prepare("DELETE FROM event_sources WHERE event_id = ?1");
    clear.bind(1, id);
    if (auto status = db.run(clear, QStringLiteral("saving the sources")); !status)
        return status;
    return add(db, id, sources);
}

Status EventSourceTable::add(Database &db, EventId id, const QList<EventSource> &sources)
{
    int position = 0;
    for (const EventSource &source : sources) {
        if (source.isEmpty())
            continue;
        Statement &insert =
            db.prepare("INSERT INTO event_sources (event_id, position, url, title, outlet, date) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        insert.bind(1, id)
            .bind(2, position++)
            .bind(3, source.url.trimmed())
            .bind(4, source.title)
            .bind(5, source.outlet.trimmed())
            .bind(6, source.date.isValid() ? source.date.toString() : QString());
        if (auto status = db.run(insert, QStringLiteral("saving the sources")); !status)
            return status;
    }
    return Done{};
}
