#include "database.h"

#include "fulltextindex.h"
#include "schema.h"
#include "statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <map>
#include <sqlite3.h>
#include <string>

namespace {
// How long a write waits for another program's write to finish before giving up.
constexpr int busyTimeoutMs = 1000;

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return value;
}

// Reads the 100-byte SQLite header without opening the file through SQLite, so a foreign or
// newer file is refused before anything could write to it.
Status checkHeader(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return unusable(QStringLiteral("%1: no such database; create one with 'tenure-cli init' "
                                       "or choose another file")
                            .arg(shown));
    if (info.isDir())
        return unusable(QStringLiteral("%1 is a folder, not a Tenure database").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unusable(QStringLiteral("%1 cannot be read: %2").arg(shown, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return unusable(QStringLiteral("%1 is empty, not a Tenure database").arg(shown));
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return unusable(
            QStringLiteral("%1 is not a Tenure database (not an SQLite file)").arg(shown));
    if (bigEndian32(header, 68) != quint32(Database::applicationId))
        return unusable(QStringLiteral("%1 is an SQLite database of another program, not a Tenure "
                                       "database; it was left untouched")
                            .arg(shown));
    const int version = int(bigEndian32(header, 60));
    if (version > Database::currentSchemaVersion)
        return unusable(QStringLiteral("%1 was written by a newer version of Tenure (schema %2; "
                                       "this version reads up to %3); update Tenure to open it")
                            .arg(shown)
                            .arg(version)
                            .arg(Database::currentSchemaVersion));
    return Done{};
}

bool isWalMode(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    return header.size() == 20 && header.at(18) == 2 && header.at(19) == 2;
}
} // namespace

struct Database::StatementCache
{
    std::map<std::string, std::unique_ptr<Statement>> statements;
};

Database::Database(sqlite3 *db, QString path)
    : m_db(db), m_path(std::move(path)), m_statements(std::make_unique<StatementCache>())
{}

Database::~Database()
{
    m_statements.reset(); // statements must be finalized before the connection closes
    sqlite3_close(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (mode == OpenMode::CreateNew) {
        if (QFileInfo::exists(path))
            return unusable(
                QStringLiteral("%1 already exists; a new database is never written over a file")
                    .arg(shown));
    } else if (auto status = checkHeader(path); !status) {
        return status.error();
    }

    sqlite3 *handle = nullptr;
    const int flags =
        SQLITE_OPEN_READWRITE | (mode == OpenMode::CreateNew ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    std::unique_ptr<Database> db(new Database(handle, path));
    if (rc != SQLITE_OK)
        return db->errorFor(rc, QStringLiteral("opening it"));
    sqlite3_extended_result_codes(handle, 0);
    sqlite3_busy_timeout(handle, busyTimeoutMs);

    if (auto status = db->configure(mode == OpenMode::CreateNew); !status) {
        if (mode == OpenMode::CreateNew) {
            db.reset();
            QFile::remove(path); // a half-made new file is of no use to anyone
        }
        return status.error();
    }
    return db;
}

Status Database::configure(bool isNew)
{
    if (auto status = exec("PRAGMA foreign_keys = ON"); !status)
        return status;
    // Reading the schema is where a damaged or locked file first shows itself.
    if (auto status = exec("SELECT count(*) FROM sqlite_schema"); !status)
        return status;

    if (isNew || !isWalMode(m_path)) {
        if (auto status = exec("PRAGMA journal_mode = WAL"); !status)
            return status;
    }
    if (isNew) {
        const std::string pragma = "PRAGMA application_id = " + std::to_string(applicationId);
        if (auto status = exec(pragma.c_str()); !status)
            return status;
    }
    if (schemaVersion() < currentSchemaVersion) {
        if (!isNew) {
            Statement check(m_db, "PRAGMA quick_check");
            if (check.step() != SQLITE_ROW || check.text(0) != QLatin1String("ok"))
                return errorFor(SQLITE_CORRUPT, QStringLiteral("checking it before an upgrade"));
        }
        if (auto status = migrate(); !status)
            return status;
    }
    // Tables must be readable: a Tenure header over damaged pages is still a damaged file.
    if (auto status = exec("SELECT id FROM events LIMIT 1"); !status)
        return status;
    return Done{};
}

Status Database::migrate()
{
    const int from = schemaVersion();
    Status status = transaction([this, from]() -> Status {
        if (from < 1) {
            if (auto s = exec(schema::version1); !s)
                return s;
        }
        if (from < 2) {
            if (auto s = exec(schema::version2); !s)
                return s;
            if (auto s = FullTextIndex::reindex(*this, "1", {}); !s)
                return s;
        }
        if (from < 3) {
            if (auto s = exec(schema::version3); !s)
                return s;
        }
        const std::string pragma = "PRAGMA user_version = " + std::to_string(currentSchemaVersion);
        return exec(pragma.c_str());
    });
    if (!status)
        return status;
    // Move the header out of the WAL at once, so another program that reads the header (see
    // checkHeader) sees a Tenure database even while this connection stays open.
    return exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

int Database::schemaVersion() const
{
    Statement statement(m_db, "PRAGMA user_version");
    return statement.step() == SQLITE_ROW ? int(statement.integer(0)) : -1;
}

Status Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return errorFor(rc, QStringLiteral("reading it"));
    return Done{};
}

Status Database::copyTo(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path))
        return Error{Error::Kind::Io,
                     QStringLiteral("%1 already exists; choose a new name").arg(shown)};
    // VACUUM INTO writes a compact, consistent snapshot even while this connection is in WAL.
    Statement &s = prepare("VACUUM INTO ?1");
    s.bind(1, path);
    const int rc = s.step();
    s.reset();
    if (rc != SQLITE_DONE) {
        QFile::remove(path);
        return Error{Error::Kind::Io, QStringLiteral("%1 could not be written: %2")
                                          .arg(shown, QString::fromUtf8(sqlite3_errstr(rc)))};
    }
    return Done{};
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_inTransaction)
        return work();
    if (auto status = exec("BEGIN IMMEDIATE"); !status)
        return errorFor(sqlite3_errcode(m_db), QStringLiteral("starting a change"));
    m_inTransaction = true;
    Status result = work();
    if (result) {
        const int rc = sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            result = errorFor(rc, QStringLiteral("saving the change"));
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
        return unusable(QStringLiteral("%1 is locked by another program while %2; close it or "
                                       "try again when it has finished")
                            .arg(shown, doing));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return unusable(QStringLiteral("%1 is damaged (found while %2); restore it from a backup")
                            .arg(shown, doing));
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return unusable(QStringLiteral("%1 cannot be opened for writing while %2: %3")
                            .arg(shown, doing, QString::fromUtf8(sqlite3_errstr(code))));
    case SQLITE_CONSTRAINT:
        return invalidData(QStringLiteral("the change breaks a rule of the database: %1")
                               .arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    default:
        return Error{Error::Kind::Io,
                     QStringLiteral("%1: error while %2: %3")
                         .arg(shown, doing, QString::fromUtf8(sqlite3_errmsg(m_db)))};
    }
}
