#pragma once

#include "files/databasefiles.h"
#include "model/result.h"

#include <QString>

#include <functional>
#include <memory>

struct sqlite3;
class Statement;

// One Tenure database file: opens it (refusing foreign, corrupt, locked or newer files without
// touching their bytes), migrates older schemas forward, and runs writes as single transactions.
// Several connections and programs may share the file (SQLite's WAL mode): while one is open, no
// code of this process opens the file by other means (see DatabaseFiles).
class Database
{
public:
    enum class OpenMode {
        Existing,  // the file must exist and be a Tenure database
        ReadOnly,  // the same, and nothing is ever written: no journal switch, no upgrade
        CreateNew, // the file must not exist; a new empty database is made
    };

    static constexpr int currentSchemaVersion = 10;
    static constexpr int applicationId = 0x54454e55; // "TENU", in PRAGMA application_id

    // How long opening or writing waits for other programs before reporting the file busy; set it
    // before opening. Connections already open keep theirs.
    static constexpr int defaultBusyTimeoutMs = 10000;
    static void setBusyTimeout(int milliseconds);

    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  OpenMode mode = OpenMode::Existing);
    // A new database at `path` (which must not exist) filled by `fill`, all in a temporary file
    // beside it that is renamed into place only once complete: a failure leaves nothing behind.
    // Returns it open.
    static Result<std::unique_ptr<Database>> create(const QString &path,
                                                    const std::function<Status(Database &)> &fill);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    sqlite3 *handle() const { return m_db; }
    int schemaVersion() const;

    // Runs `work` between BEGIN IMMEDIATE and COMMIT; any error, returned or from SQLite, rolls
    // the whole transaction back. Called inside another transaction, `work` simply joins it, so
    // several repository calls can make one change: the outermost call commits or rolls back.
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_inTransaction; }

    // A prepared statement for `sql`, cached for the life of the connection and reset for reuse.
    Statement &prepare(const char *sql);

    // Changes whenever another connection commits (PRAGMA data_version), so a view can notice
    // writes from tenure-cli or a second window and refresh.
    qint64 externalChangeCounter();

    // Turns an SQLite result code into an Error naming this file and what the user can do.
    Error errorFor(int sqliteCode, const QString &doing) const;

    // Writes a consistent copy of the whole database to a new file (Save As); refuses to write
    // over an existing file.
    Status copyTo(const QString &path);

    // Runs plain SQL with no user values in it (schema, pragmas).
    Status exec(const char *sql);
    // A larger page cache while a bulk write runs (a large import touches every index for each
    // event, and SQLite's default 2 MB stops holding the pages it goes back to); the default is
    // back when the returned guard goes.
    class LargeCache
    {
    public:
        explicit LargeCache(Database &db);
        ~LargeCache();
        LargeCache(const LargeCache &) = delete;
        LargeCache &operator=(const LargeCache &) = delete;

    private:
        Database &m_db;
        qint64 m_previous = 0;
    };
    // Steps a prepared statement that writes (or whose rows are not wanted) once and resets it;
    // an error says what was being done.
    Status run(Statement &statement, const QString &doing);
    // The same with `doing` marked by QT_TRANSLATE_NOOP(context, ...) and translated only for an
    // error: such statements run for every event and name of an import.
    Status run(Statement &statement, const char *context, const char *doing);

private:
    Database(QString path, bool readOnly);
    static Result<std::unique_ptr<Database>> openChecked(const QString &path, bool readOnly,
                                                         bool isNew);
    static Result<std::unique_ptr<Database>> connect(const QString &path, bool readOnly, bool isNew,
                                                     bool immutable);
    Status configure(bool isNew);
    Status checkTables();
    Status migrate();
    // After a rebuild of the events table: a dangling reference means a damaged file.
    Status checkForeignKeys();
    Result<qint64> pragmaInteger(const char *sql); // the first column of the first row

    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
    std::unique_ptr<DatabaseFiles::Registration> m_registration;
    bool m_inTransaction = false;
    struct StatementCache;
    std::unique_ptr<StatementCache> m_statements;
};
