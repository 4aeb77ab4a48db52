#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct pg_conn;
struct pg_result;

// The rows of one PostgreSQL statement, read as text (libpq's text format).
class PgRows
{
public:
    explicit PgRows(pg_result *result);
    ~PgRows();
    PgRows(PgRows &&other) noexcept;
    PgRows &operator=(PgRows &&other) noexcept;
    PgRows(const PgRows &) = delete;
    PgRows &operator=(const PgRows &) = delete;

    int count() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 integer(int row, int column) const;
    std::optional<qint64> optionalInteger(int row, int column) const;

private:
    friend class PgConnection;
    pg_result *m_result = nullptr;
};

// One row of PgRows, read like an SQLite statement's current row (see store/eventrow.h).
class PgRow
{
public:
    PgRow(const PgRows &rows, int row) : m_rows(rows), m_row(row) {}
    bool isNull(int column) const { return m_rows.isNull(m_row, column); }
    QString text(int column) const { return m_rows.text(m_row, column); }
    qint64 integer(int column) const { return m_rows.integer(m_row, column); }
    std::optional<qint64> optionalInteger(int column) const
    {
        return m_rows.optionalInteger(m_row, column);
    }

private:
    const PgRows &m_rows;
    int m_row;
};

// One connection to a PostgreSQL server through libpq. Values travel as text parameters ($1, $2
// …), never inside the SQL; bulk rows travel by COPY in its text format.
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)

public:
    using Parameters = std::vector<std::optional<QByteArray>>; // nullopt = NULL
    using Fields = std::vector<std::optional<QByteArray>>;     // one COPY row; nullopt = NULL

    // `location` is a libpq connection URI (postgresql://user@host:port/dbname?…) or key=value
    // string. The password comes from ~/.pgpass or PGPASSWORD, as for psql.
    static Result<std::unique_ptr<PgConnection>> connect(const QString &location);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // The location without any password in it, for messages and titles.
    QString displayName() const { return m_displayName; }
    // The database role this connection acts as (`current_user`).
    QString user() const;

    Result<PgRows> query(const char *sql, const Parameters &parameters = {},
                         const QString &doing = {});
    Status run(const char *sql, const Parameters &parameters = {}, const QString &doing = {});
    // The rows one at a time as the server sends them (libpq's single-row mode), so a million
    // never sit in memory at once; `visit` returns false to stop early. No other statement may
    // run on this connection meanwhile.
    Status forEachRow(const char *sql, const Parameters &parameters,
                      const std::function<bool(const PgRow &)> &visit, const QString &doing);
    // The number of rows the last statement run by run() or query() changed.
    static qint64 changedRows(const PgRows &rows);

    // A text[] parameter holding `values` ('{"a","b"}', quoted and escaped).
    static QByteArray textArray(const QStringList &values);

    // COPY … FROM STDIN: `next` fills one row's fields and returns true, or returns false at the
    // end. Rows are sent in batches, so memory stays bounded whatever the count.
    Status copyIn(const char *copySql, const std::function<bool(Fields &)> &next,
                  const QString &doing);
    // COPY … TO STDOUT: `visit` gets each row's fields; returning an error stops the copy.
    Status copyOut(const char *copySql, const std::function<Status(const Fields &)> &visit,
                   const QString &doing);

    // What LISTEN brings: a NOTIFY's channel and payload, and the server process that sent it.
    struct Notification
    {
        QString channel;
        QString payload;
        int senderPid = 0;
    };
    // The notifications that have arrived, read from the socket without waiting.
    Result<std::vector<Notification>> takeNotifications();
    // The connection's socket, to wait on for notifications (QSocketNotifier).
    int socket() const;
    // The server process serving this connection (its NOTIFYs carry it).
    int backendPid() const;

    // Turns the connection's last failure into an Error saying what was being done.
    Error lastError(const QString &doing) const;

    // COPY's text format for one field, and back (exposed for tests of the hostile bytes).
    static void appendCopyField(QByteArray &line, const std::optional<QByteArray> &field);
    static Result<Fields> parseCopyLine(const QByteArray &line);

    static QString withoutPassword(const QString &location);

private:
    PgConnection(pg_conn *connection, QString displayName);
    Error errorOf(pg_result *result, const QString &doing) const;

    pg_conn *m_connection = nullptr;
    QString m_displayName;
};
