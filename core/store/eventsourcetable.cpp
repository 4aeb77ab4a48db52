#include "eventsourcetable.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace {
constexpr char sourceSeparator = '\x1e';
constexpr char partSeparator = '\x1f';
} // namespace

const char *EventSourceTable::readColumn()
{
    return "(SELECT group_concat(url || char(31) || title || char(31) || outlet || char(31) || "
           "date, char(30)) FROM (SELECT url, title, outlet, date FROM event_sources WHERE "
           "company_id = e.company_id AND event_id = e.id ORDER BY position))";
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

Status EventSourceTable::write(Database &db, qint64 companyId, EventId id,
                               const QList<EventSource> &sources)
{
    Statement &clear =
        db.prepare("DELETE FROM event_sources WHERE company_id = ?1 AND event_id = ?2");
    clear.bind(1, companyId).bind(2, id);
    if (auto status = db.run(clear, "EventSourceTable",
                             QT_TRANSLATE_NOOP("EventSourceTable", "saving the sources"));
        !status)
        return status;
    return add(db, companyId, id, sources);
}

Status EventSourceTable::add(Database &db, qint64 companyId, EventId id,
                             const QList<EventSource> &sources)
{
    int position = 0;
    for (const EventSource &source : sources) {
        if (source.isEmpty())
            continue;
        Statement &insert =
            db.prepare("INSERT INTO event_sources (company_id, event_id, position, url, title, "
                       "outlet, date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        insert.bind(1, companyId)
            .bind(2, id)
            .bind(3, position++)
            .bind(4, source.url.trimmed())
            .bind(5, source.title)
            .bind(6, source.outlet.trimmed())
            .bind(7, source.date.isValid() ? source.date.toString() : QString());
        if (auto status = db.run(insert, "EventSourceTable",
                                 QT_TRANSLATE_NOOP("EventSourceTable", "saving the sources"));
            !status)
            return status;
    }
    return Done{};
}
