#include "database.h"

#include "files/databasefiles.h"
#include "files/fileidentity.h"
#include "files/filesafety.h"
#include "fulltextindex.h"
#include "schema.h"
#include "statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QUrl>

#include <map>
#include <sqlite3.h>
#include <string>
#include <unistd.h>

namespace {
// How long a write waits for other programs' writes to finish before saying the file is busy.
// Writes take milliseconds; the default wait covers a queue of several programs writing at once.
int busyTimeoutMs = Database::defaultBusyTimeoutMs;

// What the database was doing when it failed, for "... while %1" in the messages below: these
// are translated too, in the context of the messages they complete.
QString doingText(const char *doing)
{
    return QCoreApplication::translate("Database", doing);
}

// One step of a statement, reset for its next use: SQLite's result, or the error it was
// prepared with.
int stepOnce(Statement &statement)
{
    if (!statement.isValid())
        return statement.prepareError();
    const int rc = statement.step();
    statement.reset();
    return rc;
}

qint32 bigEndian32(const QByteArray &bytes, int offset)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return qint32(value);
}

Error damaged(const QString &shown, const QString &what)
{
    return unusable(
        QCoreApplication::translate("Database", "%1 is damaged (%2); restore it from a backup")
            .arg(shown, what));
}

// What a Tenure database's header says about it, whether read from the bytes or from SQLite.
Status checkIdentity(const QString &shown, qint32 applicationId, qint32 userVersion)
{
    if (applicationId != Database::applicationId)
        return unusable(QCoreApplication::translate("Database",
                                                    "%1 is an SQLite database of another program, "
                                                    "not a Tenure database; it was left untouched")
                            .arg(shown));
    if (userVersion < 0)
        return damaged(
            shown, QCoreApplication::translate("Database", "its schema version %1 is impossible")
                       .arg(userVersion));
    if (userVersion > Database::currentSchemaVersion)
        return unusable(QCoreApplication::translate(
                            "Database", "%1 was written by a newer version of Tenure (schema %2; "
                                        "this version reads up to %3); update Tenure to open it")
                            .arg(shown)
                            .arg(userVersion)
                            .arg(Database::currentSchemaVersion));
    return Done{};
}

// Refuses what is not a Tenure database before SQLite opens it, so a foreign or newer file is
// never touched. Reads the 100-byte header with plain file I/O, which is only safe because no
// connection of this process has the file open (see DatabaseFiles); when one has, SQLite's own
// answer (Database::configure) is used instead.
Status checkHeader(const QString &path, const QString &shown)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unusable(QCoreApplication::translate("Database", "%1 cannot be read: %2")
                            .arg(shown, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return unusable(
            QCoreApplication::translate("Database", "%1 is empty, not a Tenure database")
                .arg(shown));
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return unusable(QCoreApplication::translate(
                            "Database", "%1 is not a Tenure database (not an SQLite file)")
                            .arg(shown));
    const qint32 applicationId = bigEndian32(header, 68);
    if (applicationId != Database::applicationId)
        return checkIdentity(shown, applicationId, 0);
    // The version is checked again through SQLite, which also sees a WAL not yet checkpointed.
    return checkIdentity(shown, applicationId, bigEndian32(header, 60));
}

// The file must exist and be a regular file: a folder, FIFO or device is refused at once, before
// anything could block on opening it.
Status checkExistingFile(const QString &path, const QString &shown)
{
    const auto identity = FileIdentity::of(path);
    if (!identity)
        return unusable(QCoreApplication::translate("Database",
                                                    "%1: no such database; create one with "
                                                    "'tenure-cli init' or choose another file")
                            .arg(shown));
    if (identity->kind == FileIdentity::Kind::Directory)
        return unusable(
            QCoreApplication::translate("Database", "%1 is a folder, not a Tenure database")
                .arg(shown));
    if (identity->kind == FileIdentity::Kind::Other)
        return unusable(QCoreApplication::translate("Database",
                                                    "%1 is not a regular file (a FIFO, socket or "
                                                    "device), not a Tenure database")
                            .arg(shown));
    return Done{};
}

QString temporarySibling(const QString &path)
{
    return QStringLiteral("%1.new-%2")
        .arg(path)
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}
} // namespace

struct Database::StatementCache
{
    std::map<std::string, std::unique_ptr<Statement>> statements;
};

Database::Database(QString path, bool readOnly)
    : m_path(std::move(path)), m_readOnly(readOnly),
      m_registration(std::make_unique<DatabaseFiles::Registration>(m_path)),
      m_statements(std::make_unique<StatementCache>())
{}

Database::~Database()
{
    m_statements.reset(); // statements must be finalized before the connection closes
    sqlite3_close(m_db);
    // m_registration ends after this: the file stays marked open until SQLite has let go of it.
}

Result<std::unique_ptr<Database>> Database::open(const QString &userPath, OpenMode mode)
{
    const QString shown = QDir::toNativeSeparators(userPath);
    const QString path = FileSafety::literalPath(userPath);
    if (mode == OpenMode::CreateNew)
        return create(path, {});
    if (auto status = checkExistingFile(path, shown); !status)
        return status.error();
    if (DatabaseFiles::isOpen(path)) {
        // Another connection of this process has it: SQLite alone may read it now.
        if (!DatabaseFiles::isOpenDatabase(path))
            return unusable(QCoreApplication::translate(
                                "Database", "%1 belongs to a Tenure database that is open "
                                            "(SQLite's journal), not a database itself")
                                .arg(shown));
    } else if (auto status = checkHeader(path, shown); !status) {
        return status.error();
    }
    return openChecked(path, mode == OpenMode::ReadOnly, false);
}

void Database::setBusyTimeout(int milliseconds)
{
    busyTimeoutMs = std::max(0, milliseconds);
}

Result<std::unique_ptr<Database>> Database::openChecked(const QString &path, bool readOnly,
                                                        bool isNew)
{
    auto db = connect(path, readOnly, isNew, false);
    // A WAL database in a folder nobody may write to cannot get the -shm file SQLite reads
    // through. With no WAL beside it nobody can be writing to it either (a writer would need to
    // create one), so it is safe to read as an immutable file.
    if (!db && readOnly && db.error().kind == Error::Kind::ReadOnly &&
        ::access(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), W_OK) != 0 &&
        !QFileInfo::exists(path + QStringLiteral("-wal")))
        return connect(path, true, false, true);
    return db;
}

Result<std::unique_ptr<Database>> Database::connect(const QString &path, bool readOnly, bool isNew,
                                                    bool immutable)
{
    std::unique_ptr<Database> db(new Database(path, readOnly));
    // A reader opens the file read-write all the same (SQLite falls back to read-only when the
    // file is), so that, as the last connection to close, it removes the -wal and -shm files its
    // reading made; query_only then refuses every write, and configure() changes nothing.
    int flags = SQLITE_OPEN_READWRITE | (isNew ? SQLITE_OPEN_CREATE : 0);
    QByteArray name = QFile::encodeName(path);
    if (immutable) {
        flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() +
               QByteArrayLiteral("?immutable=1");
    }
    const int rc = sqlite3_open_v2(name.constData(), &db->m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return db->errorFor(rc, doingText(QT_TRANSLATE_NOOP("Database", "opening it")));
    sqlite3_extended_result_codes(db->m_db, 0);
    sqlite3_busy_timeout(db->m_db, busyTimeoutMs);
    if (auto status = db->configure(isNew); !status)
        return status.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::create(const QString &path,
                                                   const std::function<Status(Database &)> &fill)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto alreadyThere = [&shown]() {
        return unusable(
            QCoreApplication::translate(
                "Database", "%1 already exists; a new database is never written over a file")
                .arg(shown));
    };
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return alreadyThere();

    // Made whole under a temporary name beside the target, then moved into place by a rename that
    // never replaces a file: two programs creating the same database at once cannot destroy
    // each other's, and a half-made file is never seen under the real name.
    const QString building = temporarySibling(path);
    Status status = [&building, &fill]() -> Status {
        auto built = openChecked(building, false, true);
        if (!built)
            return built.error();
        return fill ? fill(**built) : Status(Done{});
    }(); // the connection closes here, which folds the WAL into the file and removes it
    if (status) {
        QFile built(building);
        if (!built.rename(path))
            status = QFileInfo::exists(path)
                         ? Status(alreadyThere())
                         : Status(Error{Error::Kind::Io, QCoreApplication::translate(
                                                             "Database", "%1 cannot be created: %2")
                                                             .arg(shown, built.errorString())});
    }
    removeDatabaseFiles(building); // after a rename only stray companions are left, if any
    if (!status) {
        // The temporary name means nothing to the user: report the file they asked for.
        Error error = status.error();
        error.message.replace(QDir::toNativeSeparators(building), shown);
        return error;
    }
    return openChecked(path, false, false);
}

Result<qint64> Database::pragmaInteger(const char *sql)
{
    Statement statement(m_db, sql);
    if (!statement.isValid())
        return errorFor(statement.prepareError(),
                        doingText(QT_TRANSLATE_NOOP("Database", "reading it")));
    const int rc = statement.step();
    if (rc != SQLITE_ROW)
        return errorFor(rc, doingText(QT_TRANSLATE_NOOP("Database", "reading it")));
    return statement.integer(0);
}

Status Database::configure(bool isNew)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (auto status = exec(m_readOnly ? "PRAGMA query_only = ON" : "PRAGMA foreign_keys = ON");
        !status)
        return status;
    if (!isNew) {
        // SQLite's answer, which sees a header change still in the WAL; reading page 1 is also
        // where a damaged, foreign or locked file first shows itself.
        auto applicationId = pragmaInteger("PRAGMA application_id");
        if (!applicationId)
            return applicationId.error();
        auto version = pragmaInteger("PRAGMA user_version");
        if (!version)
            return version.error();
        if (auto status = checkIdentity(shown, qint32(*applicationId), qint32(*version)); !status)
            return status;
        if (!m_readOnly && sqlite3_db_readonly(m_db, "main") == 1)
            return errorFor(SQLITE_READONLY,
                            doingText(QT_TRANSLATE_NOOP("Database", "opening it")));
    }

    if (!m_readOnly) {
        // Asked of SQLite, never read from the file: see DatabaseFiles for why.
        Statement mode(m_db, "PRAGMA journal_mode");
        const int rc = mode.isValid() ? mode.step() : mode.prepareError();
        if (rc != SQLITE_ROW)
            return errorFor(rc, doingText(QT_TRANSLATE_NOOP("Database", "reading it")));
        if (mode.text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            mode.reset();
            if (auto status = exec("PRAGMA journal_mode = WAL"); !status)
                return status;
        }
    }
    if (isNew) {
        const std::string pragma = "PRAGMA application_id = " + std::to_string(applicationId);
        if (auto status = exec(pragma.c_str()); !status)
            return status;
    }
    if (const int version = schemaVersion(); version < currentSchemaVersion) {
        if (m_readOnly)
            return unusable(QCoreApplication::translate(
                                "Database", "%1 was written by an older version of Tenure (schema "
                                            "%2); open it once with the viewer or a command that "
                                            "writes, such as 'tenure-cli add', to upgrade it")
                                .arg(shown)
                                .arg(version));
        if (!isNew) {
            Statement check(m_db, "PRAGMA quick_check");
            if (check.step() != SQLITE_ROW || check.text(0) != QLatin1String("ok"))
                return errorFor(SQLITE_CORRUPT, doingText(QT_TRANSLATE_NOOP(
                                                    "Database", "checking it before an upgrade")));
        }
        if (auto status = migrate(); !status)
            return status;
    }
    return checkTables();
}

Status Database::checkTables()
{
    // A Tenure header over a schema without Tenure's tables is still a damaged file.
    auto tables = pragmaInteger("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                                "name IN ('events', 'companies', 'people', 'event_people', "
                                "'events_fts', 'id_sequence', 'role_aliases', 'event_sources', "
                                "'annotations')");
    if (!tables)
        return tables.error();
    if (*tables != 9)
        return damaged(QDir::toNativeSeparators(m_path),
                       QCoreApplication::translate("Database", "some of its tables are missing"));
    // Tables must be readable: the header may sit over damaged pages.
    return exec("SELECT id FROM events LIMIT 1");
}

Status Database::migrate()
{
    const int from = schemaVersion();
    // Versions 6 and 9 rebuild the events table. With foreign keys on, dropping the old table
    // would delete every event's people and sources (ON DELETE CASCADE), so they are off for the
    // transaction, as SQLite's procedure says (the pragma does nothing inside one), and checked
    // before it commits.
    const bool rebuildsEvents = from >= 1 && from < 9;
    if (rebuildsEvents) {
        if (auto s = exec("PRAGMA foreign_keys = OFF"); !s)
            return s;
    }
    Status status = transaction([this, from]() -> Status {
        if (from < 1) {
            if (auto s = exec(schema::version1); !s)
                return s;
        }
        if (from < 2) {
            // Filled by version 6, which rebuilds the index with its own columns.
            if (auto s = exec(schema::version2); !s)
                return s;
        }
        if (from < 3) {
            if (auto s = exec(schema::version3); !s)
                return s;
        }
        if (from < 4) {
            if (auto s = exec(schema::version4); !s)
                return s;
        }
        if (from < 5) {
            if (auto s = exec(schema::version5); !s)
                return s;
        }
        if (from < 6) {
            if (auto s = exec(schema::version6); !s)
                return s;
            if (auto s = checkForeignKeys(); !s)
                return s;
        }
        if (from < 7) {
            if (auto s = exec(schema::version7); !s)
                return s;
        }
        if (from < 8) {
            if (auto s = exec(schema::version8); !s)
                return s;
        }
        if (from < 9) {
            if (auto s = exec(schema::version9); !s)
                return s;
            if (from >= 1) {
                if (auto s = checkForeignKeys(); !s)
                    return s;
            }
        }
        if (from < 10) {
            if (auto s = exec(schema::version10); !s)
                return s;
        }
        // Version 6 gave the index new columns; it is filled from the newest tables, which is
        // what FullTextIndex reads.
        if (from >= 1 && from < 6) {
            if (auto s = FullTextIndex::reindex(*this, "1", {}); !s)
                return s;
        }
        const std::string pragma = "PRAGMA user_version = " + std::to_string(currentSchemaVersion);
        return exec(pragma.c_str());
    });
    if (rebuildsEvents) {
        if (auto s = exec("PRAGMA foreign_keys = ON"); !s && status)
            return s;
    }
    if (!status)
        return status;
    // Move the header out of the WAL at once, so another program that reads the header (see
    // checkHeader) sees a Tenure database even while this connection stays open.
    return exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

Status Database::checkForeignKeys()
{
    Statement check(m_db, "PRAGMA foreign_key_check");
    const int rc = check.step();
    if (rc == SQLITE_ROW)
        return damaged(QDir::toNativeSeparators(m_path),
                       QCoreApplication::translate("Database",
                                                   "an event refers to a company, person or event "
                                                   "that is not there; it was left as it was"));
    if (rc != SQLITE_DONE)
        return errorFor(rc,
                        doingText(QT_TRANSLATE_NOOP("Database", "checking it during an upgrade")));
    return Done{};
}

int Database::schemaVersion() const
{
    Statement statement(m_db, "PRAGMA user_version");
    return statement.step() == SQLITE_ROW ? int(statement.integer(0)) : -1;
}

// Not const though clang-tidy could make it so: the statement may write to the database.
// NOLINTNEXTLINE(readability-make-member-function-const)
Status Database::run(Statement &statement, const QString &doing)
{
    const int rc = stepOnce(statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return errorFor(rc, doing);
    return Done{};
}

// NOLINTNEXTLINE(readability-make-member-function-const)
Status Database::run(Statement &statement, const char *context, const char *doing)
{
    const int rc = stepOnce(statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return errorFor(rc, QCoreApplication::translate(context, doing));
    return Done{};
}

Status Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return errorFor(rc, doingText(QT_TRANSLATE_NOOP("Database", "reading it")));
    return Done{};
}

Status Database::copyTo(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("Database", "%1 already exists; choose a new name")
                         .arg(shown)};
    // VACUUM INTO writes a compact, consistent snapshot even while this connection is in WAL; it
    // goes to a temporary name first and is renamed without replacing, as in create().
    const QString building = temporarySibling(path);
    // query_only refuses VACUUM even though VACUUM INTO leaves this file as it is.
    if (m_readOnly)
        exec("PRAGMA query_only = OFF");
    Statement &s = prepare("VACUUM INTO ?1");
    s.bind(1, building);
    const int rc = s.step();
    s.reset();
    if (m_readOnly)
        exec("PRAGMA query_only = ON");
    QString failure;
    if (rc != SQLITE_DONE)
        failure = rc == SQLITE_FULL ? QCoreApplication::translate("Database", "the disk is full")
                                    : QString::fromUtf8(sqlite3_errstr(rc));
    else if (QFile built(building); !built.rename(path))
        failure = QFileInfo::exists(path)
                      ? QCoreApplication::translate("Database", "it was created meanwhile by "
                                                                "another program and was left as "
                                                                "it is")
                      : built.errorString();
    if (failure.isEmpty())
        return Done{};
    removeDatabaseFiles(building);
    return Error{
        Error::Kind::Io,
        QCoreApplication::translate("Database", "%1 could not be written: %2").arg(shown, failure)};
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_inTransaction)
        return work();
    if (auto status = exec("BEGIN IMMEDIATE"); !status)
        return errorFor(sqlite3_errcode(m_db),
                        doingText(QT_TRANSLATE_NOOP("Database", "starting a change")));
    m_inTransaction = true;
    Status result = work();
    if (result) {
        const int rc = sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            result = errorFor(rc, doingText(QT_TRANSLATE_NOOP("Database", "saving the change")));
    }
    if (!result)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    m_inTransaction = false;
    return result;
}

Statement &Database::prepare(const char *sql)
{
    auto &slot = m_statements->statements[sql];
    if (!slot)
        slot = std::make_unique<Statement>(m_db, sql);
    else
        slot->reset();
    return *slot;
}

qint64 Database::externalChangeCounter()
{
    Statement &statement = prepare("PRAGMA data_version");
    const qint64 value = statement.step() == SQLITE_ROW ? statement.integer(0) : -1;
    statement.reset();
    return value;
}

Error Database::errorFor(int code, const QString &doing) const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return unusable(QCoreApplication::translate(
                            "Database", "%1 is busy: another program kept it locked for more than "
                                        "%2 seconds while %3; try again when it has finished")
                            .arg(shown)
                            .arg(QLocale::c().toString(busyTimeoutMs / 1000.0, 'g', 3))
                            .arg(doing));
    case SQLITE_FULL:
        return Error{Error::Kind::Io, QCoreApplication::translate(
                                          "Database", "%1: the disk is full while %2; nothing was "
                                                      "changed — free some space and try again")
                                          .arg(shown, doing)};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return unusable(QCoreApplication::translate(
                            "Database", "%1 is damaged (found while %2); restore it from a backup")
                            .arg(shown, doing));
    case SQLITE_READONLY:
        return Error{Error::Kind::ReadOnly,
                     QCoreApplication::translate(
                         "Database", "%1 is read-only (see the permissions of the file and its "
                                     "folder), so it cannot be changed; commands that only read "
                                     "it, such as list, export and render, still work")
                         .arg(shown)};
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return unusable(
            QCoreApplication::translate("Database", "%1 cannot be opened for writing while %2: %3")
                .arg(shown, doing, QString::fromUtf8(sqlite3_errstr(code))));
    case SQLITE_CONSTRAINT:
        return invalidData(
            QCoreApplication::translate("Database", "the change breaks a rule of the database: %1")
                .arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    case SQLITE_IOERR:
        // SQLite needs room for its -wal and -shm files even to read; a full disk shows as an
        // I/O error there.
        if (FileSafety::isDiskFull(m_path))
            return errorFor(SQLITE_FULL, doing);
        [[fallthrough]];
    default:
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("Database", "%1: error while %2: %3")
                         .arg(shown, doing, QString::fromUtf8(sqlite3_errmsg(m_db)))};
    }
}

Database::LargeCache::LargeCache(Database &db) : m_db(db)
{
    auto previous = db.pragmaInteger("PRAGMA cache_size");
    m_previous = previous ? *previous : -2000;
    db.exec("PRAGMA cache_size = -131072"); // 128 MiB; only a hint, so a failure changes nothing
}

Database::LargeCache::~LargeCache()
{
    const std::string pragma = "PRAGMA cache_size = " + std::to_string(m_previous);
    m_db.exec(pragma.c_str());
}
