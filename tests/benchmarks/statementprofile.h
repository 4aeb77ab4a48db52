#pragma once

#include <QString>

#include <map>
#include <string>
#include <unordered_map>

class Database;
struct sqlite3_stmt;

// Where a connection's SQLite time goes, statement by statement, from SQLite's profile callback
// (sqlite3_trace_v2, SQLITE_TRACE_PROFILE): how often each statement ran and for how long. The
// FTS5 module's own statements on its shadow tables are reported too, and are also counted
// inside the statement that wrote the index. SQLite 3.40 takes these times from a millisecond
// clock, so each run is rounded and only sums over many runs mean anything; and the callback
// slows an import (by up to 15 % in our runs), so a run profiled this way is not one to quote
// figures from.
class StatementProfile
{
public:
    explicit StatementProfile(Database &db);
    ~StatementProfile();
    StatementProfile(const StatementProfile &) = delete;
    StatementProfile &operator=(const StatementProfile &) = delete;

    // Writes the statements to stderr, slowest first, with `totalMs` for scale.
    void report(double totalMs);

private:
    struct Entry
    {
        const char *sqlPointer = nullptr; // sqlite3_sql's text, owned by the statement
        std::string sql;
        qint64 runs = 0;
        qint64 ns = 0;
    };
    static int traced(unsigned type, void *context, void *statement, void *nanoseconds);
    void add(sqlite3_stmt *statement, qint64 ns);
    void retire(Entry &entry);

    Database &m_db;
    std::unordered_map<const sqlite3_stmt *, Entry> m_live;
    std::map<std::string, Entry> m_bySql;
};
