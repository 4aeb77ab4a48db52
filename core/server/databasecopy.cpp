#include "databasecopy.h"

#include "serverdatabase.h"
#include "serversearch.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/fulltextindex.h"
#include "store/statement.h"

#include <QHash>

#include <functional>
#include <sqlite3.h>
#include <string>

namespace {
// The tables both engines hold, column for column, parents before children.
struct Table
{
    const char *name;
    const char *columns;
};
constexpr Table tables[] = {
    {"companies", "id, name, color, identifier"},
    {"people", "id, name"},
    {"events", "id, company_id, type, year, month, day, first_day, last_day, announced, role, "
               "interim, reason, reason_note, round, amount_usd, valuation_usd, currency, status, "
               "investors, acquirer, description"},
    {"event_people", "company_id, event_id, position, person_id"},
    {"event_sources", "company_id, event_id, position, url, title, outlet, date"},
    {"role_aliases", "title, role"},
    {"annotations", "id, company_id, date_from, date_to, first_day, last_day, event_id, text"},
};

int columnCount(const Table &table)
{
    return int(QByteArray(table.columns).count(',')) + 1;
}

QString copying(const Table &table)
{
    return DatabaseCopy::tr("copying the table %1").arg(QLatin1String(table.name));
}

Result<qint64> countOnServer(PgConnection &pg, const char *sql)
{
    auto rows = pg.query(sql, {}, DatabaseCopy::tr("checking the destination"));
    if (!rows)
        return rows.error();
    return rows->integer(0, 0);
}

Result<qint64> integerInFile(Database &db, const char *sql)
{
    Statement &s = db.prepare(sql);
    const int rc = s.step();
    const qint64 value = rc == SQLITE_ROW ? s.integer(0) : 0;
    s.reset();
    if (rc != SQLITE_ROW)
        return db.errorFor(rc, DatabaseCopy::tr("reading the event ids"));
    return value;
}
Status readingFile(Database &db, const std::function<Status()> &work)
{
    if (auto begun = db.exec("BEGIN"); !begun)
        return begun;
    Status outcome = work();
    if (auto ended = db.exec(outcome ? "COMMIT" : "ROLLBACK"); !ended && outcome)
        return ended;
    return outcome;
}
// Every event's search document (ServerSearch), made from the file's events a batch at a time and
// indexed on the server in one statement a batch.
Status indexForSearch(Database &file, PgConnection &pg)
{
    const QString doing = DatabaseCopy::tr("indexing the events for search");
    if (auto made = pg.run("CREATE TEMPORARY TABLE copied_search (company_id bigint, event_id "
                           "bigint, document text) ON COMMIT DROP",
                           {}, doing);
        !made)
        return made;
    QHash<QString, qint64> companyIds; // by name: the copy keeps the file's ids
    Statement &companies = file.prepare("SELECT id, name FROM companies");
    int rc;
    while ((rc = companies.step()) == SQLITE_ROW)
        companyIds.insert(companies.text(1), companies.integer(0));
    companies.reset();
    if (rc != SQLITE_DONE)
        return file.errorFor(rc, doing);

    constexpr std::size_t batchSize = 10000;
    std::vector<PgConnection::Fields> batch;
    Status outcome = Done{};
    const auto flush = [&]() -> Status {
        std::size_t next = 0;
        auto sent = pg.copyIn(
            "COPY copied_search FROM STDIN",
            [&](PgConnection::Fields &fields) {
                if (next == batch.size())
                    return false;
                fields = std::move(batch[next++]);
                return true;
            },
            doing);
        batch.clear();
        if (!sent)
            return sent;
        return pg.run("INSERT INTO tenure.event_search (company_id, event_id, document) SELECT "
                      "company_id, event_id, to_tsvector('simple', document) FROM copied_search; "
                      "TRUNCATE copied_search",
                      {}, doing);
    };
    Status read = EventRepository(file).forEach({}, [&](Event &&event) {
        batch.push_back({QByteArray::number(companyIds.value(event.company)),
                         QByteArray::number(event.id), ServerSearch::document(event).toUtf8()});
        if (batch.size() == batchSize)
            outcome = flush();
        return bool(outcome);
    });
    if (!read)
        return read;
    if (!outcome)
        return outcome;
    return batch.empty() ? Status(Done{}) : flush();
}
} // namespace

Status DatabaseCopy::toServer(Database &from, ServerDatabase &to)
{
    PgConnection &pg = to.connection();
    return to.transaction([&]() -> Status {
        auto held = countOnServer(pg, "SELECT (SELECT count(*) FROM tenure.events) + "
                                      "(SELECT count(*) FROM tenure.companies)");
        if (!held)
            return held.error();
        if (*held != 0)
            return unusable(
                tr("%1 already holds events; copy into a new database").arg(to.displayName()));
        // The file is read in one read transaction, so the copy is of one moment; its writers
        // are not held up meanwhile (WAL).
        return readingFile(from, [&]() -> Status {
            for (const Table &table : tables) {
                const std::string select =
                    std::string("SELECT ") + table.columns + " FROM " + table.name;
                Statement &rows = from.prepare(select.c_str());
                const int columns = columnCount(table);
                int rc = SQLITE_ROW;
                const std::string copy = std::string("COPY tenure.") + table.name + " (" +
                                         table.columns + ") FROM STDIN";
                auto status = pg.copyIn(
                    copy.c_str(),
                    [&](PgConnection::Fields &fields) {
                        rc = rows.step();
                        if (rc != SQLITE_ROW)
                            return false;
                        for (int column = 0; column < columns; ++column)
                            fields.push_back(rows.utf8(column));
                        return true;
                    },
                    copying(table));
                rows.reset();
                if (!status)
                    return status;
                if (rc != SQLITE_DONE)
                    return from.errorFor(rc, copying(table));
            }
            if (auto indexed = indexForSearch(from, pg); !indexed)
                return indexed;
            // Ids go on where the file's left off, never reusing one it deleted.
            auto lastEvent = integerInFile(
                from, "SELECT max(coalesce((SELECT last FROM id_sequence WHERE name = 'events'), "
                      "0), coalesce((SELECT max(id) FROM events), 0))");
            if (!lastEvent)
                return lastEvent.error();
            return pg.run(
                "SELECT setval('tenure.event_ids', greatest($1::bigint, 1), $1::bigint > 0), "
                "setval(pg_get_serial_sequence('tenure.companies', 'id'), "
                "coalesce((SELECT max(id) FROM tenure.companies), 0) + 1, false), "
                "setval(pg_get_serial_sequence('tenure.people', 'id'), "
                "coalesce((SELECT max(id) FROM tenure.people), 0) + 1, false), "
                "setval(pg_get_serial_sequence('tenure.annotations', 'id'), "
                "coalesce((SELECT max(id) FROM tenure.annotations), 0) + 1, false)",
                {QByteArray::number(*lastEvent)}, tr("setting the ids to come"));
        });
    });
}

Status DatabaseCopy::toFile(ServerDatabase &from, Database &to)
{
    PgConnection &pg = from.connection();
    // One snapshot of the server for every table, however many others write meanwhile.
    return from.transaction([&]() -> Status {
        if (auto snapshot = pg.run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            !snapshot)
            return snapshot;
        return to.transaction([&]() -> Status {
            auto held = integerInFile(to, "SELECT count(*) FROM events");
            if (!held)
                return held.error();
            if (*held != 0)
                return unusable(tr("%1 already holds events; copy into a new file").arg(to.path()));
            for (const Table &table : tables) {
                const int columns = columnCount(table);
                std::string insert =
                    std::string("INSERT INTO ") + table.name + " (" + table.columns + ") VALUES (";
                for (int column = 1; column <= columns; ++column)
                    insert += (column > 1 ? ", ?" : "?") + std::to_string(column);
                insert += ")";
                Statement &add = to.prepare(insert.c_str());
                const std::string copy = std::string("COPY (SELECT ") + table.columns +
                                         " FROM tenure." + table.name + ") TO STDOUT";
                auto status = pg.copyOut(
                    copy.c_str(),
                    [&](const PgConnection::Fields &fields) -> Status {
                        for (int column = 0; column < columns; ++column)
                            add.bindUtf8(column + 1, fields.at(std::size_t(column)));
                        return to.run(add, copying(table));
                    },
                    copying(table));
                if (!status)
                    return status;
            }
            auto lastEvent = pg.query("SELECT CASE WHEN is_called THEN last_value ELSE 0 END "
                                      "FROM tenure.event_ids",
                                      {}, tr("reading the ids to come"));
            if (!lastEvent)
                return lastEvent.error();
            Statement &sequence = to.prepare(
                "UPDATE id_sequence SET last = max(?1, (SELECT coalesce(max(id), 0) FROM events)) "
                "WHERE name = 'events'");
            sequence.bind(1, lastEvent->integer(0, 0));
            if (auto status = to.run(sequence, tr("setting the ids to come")); !status)
                return status;
            return FullTextIndex::reindex(to, "1", {});
        });
    });
}
