#include "statementprofile.h"

#include "benchmarkoutput.h"
#include "store/database.h"

#include <algorithm>
#include <sqlite3.h>
#include <vector>

StatementProfile::StatementProfile(Database &db) : m_db(db)
{
    sqlite3_trace_v2(m_db.handle(), SQLITE_TRACE_PROFILE, &StatementProfile::traced, this);
}

StatementProfile::~StatementProfile()
{
    sqlite3_trace_v2(m_db.handle(), 0, nullptr, nullptr);
}

int StatementProfile::traced(unsigned type, void *context, void *statement, void *nanoseconds)
{
    if (type == SQLITE_TRACE_PROFILE) {
        static_cast<StatementProfile *>(context)->add(
            static_cast<sqlite3_stmt *>(statement),
            qint64(*static_cast<sqlite3_int64 *>(nanoseconds)));
    }
    return 0;
}

void StatementProfile::add(sqlite3_stmt *statement, qint64 ns)
{
    // Statements are cached and reused, so their address is a cheap key; an address that comes
    // back for another statement is told apart by its SQL text.
    Entry &entry = m_live[statement];
    const char *sql = sqlite3_sql(statement);
    if (entry.sqlPointer != sql) {
        if (entry.runs > 0)
            retire(entry);
        entry = Entry{sql, sql ? std::string(sql) : std::string(), 0, 0};
    }
    ++entry.runs;
    entry.ns += ns;
}

void StatementProfile::retire(Entry &entry)
{
    Entry &total = m_bySql[entry.sql];
    total.sql = entry.sql;
    total.runs += entry.runs;
    total.ns += entry.ns;
    entry.runs = 0;
    entry.ns = 0;
}

void StatementProfile::report(double totalMs)
{
    for (auto &[statement, entry] : m_live) {
        if (entry.runs > 0)
            retire(entry);
    }
    m_live.clear();
    std::vector<const Entry *> entries;
    for (const auto &[sql, entry] : m_bySql)
        entries.push_back(&entry);
    std::sort(entries.begin(), entries.end(),
              [](const Entry *a, const Entry *b) { return a->ns > b->ns; });
    BenchmarkOutput::report("SQLite's time by statement (of %.1f ms; FTS5's own statements are "
                            "also inside the statement that called them):\n",
                            totalMs);
    for (const Entry *entry : entries) {
        if (BenchmarkOutput::ms(entry->ns) < 1)
            break;
        QString sql = QString::fromStdString(entry->sql).simplified();
        if (sql.size() > 110)
            sql = sql.left(107) + QStringLiteral("...");
        BenchmarkOutput::report("  %10.1f ms %9lld runs %7.2f us each  %s\n",
                                BenchmarkOutput::ms(entry->ns), static_cast<long long>(entry->runs),
                                double(entry->ns) / 1e3 / double(entry->runs), qPrintable(sql));
    }
}
