#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

// A prepared SQLite statement: values are bound, never spliced into SQL text.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    int prepareError() const { return m_prepareError; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, std::optional<qint64> value);
    Statement &bindNull(int index);
    // Text as UTF-8 bytes, or NULL for nullopt; the column's affinity converts it as for SQL text.
    Statement &bindUtf8(int index, const std::optional<QByteArray> &utf8);

    // Advances to the next row: SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    void reset();

    qint64 integer(int column) const;
    std::optional<qint64> optionalInteger(int column) const;
    QString text(int column) const;
    // The column as SQLite's text of it (UTF-8), nullopt for NULL: a copy moves values unchanged.
    std::optional<QByteArray> utf8(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_prepareError = 0;
};
