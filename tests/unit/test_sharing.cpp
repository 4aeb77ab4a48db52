// Several connections and programs on one database file: nothing this process does may drop the
// locks SQLite holds (closing any descriptor of the file does, on POSIX), and files named by the
// user for reading or writing are never the database in use.

#include "files/filesafety.h"
#include "io/eventfile.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace testsupport;

namespace {
struct SharedFile
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("shared.sqlite"));

    SharedFile()
    {
        auto created = Database::open(path, Database::OpenMode::CreateNew);
        REQUIRE(created.ok());
        EventRepository events(**created);
        REQUIRE(events
                    .add(other(QStringLiteral("2020"), QStringLiteral("Acme"),
                               QStringLiteral("founded")))
                    .ok());
    }

    std::unique_ptr<Database> open(Database::OpenMode mode = Database::OpenMode::Existing) const
    {
        auto opened = Database::open(path, mode);
        INFO((opened ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
        return std::move(*opened);
    }
};

// Another program adds and edits `count` events and exits; fails the test if it fails.
void anotherProgramWrites(const QString &path, int count)
{
    QProcess child;
    child.start(QStringLiteral(TENURE_CRASH_CHILD), {path, QString::number(count)});
    REQUIRE(child.waitForFinished(60000));
    INFO(child.readAllStandardError().toStdString());
    REQUIRE(child.exitStatus() == QProcess::NormalExit);
    REQUIRE(child.exitCode() == 0);
}

// While a connection is open its WAL is in use; another program closing its own connection
// deletes the WAL only when it believes it is the last one, i.e. when our locks are gone.
void requireStillShared(const SharedFile &file, Database &db, int expectedEvents)
{
    CHECK(QFile::exists(file.path + QStringLiteral("-wal")));
    CHECK(QFile::exists(file.path + QStringLiteral("-shm")));
    EventRepository events(db);
    auto count = events.count();
    REQUIRE(count.ok());
    CHECK(*count == expectedEvents);
    CHECK(integrityCheck(db.handle()) == QStringLiteral("ok"));
}
} // namespace

TEST_CASE("an open database keeps its locks while other programs open, write and close it")
{
    SharedFile file;
    auto db = file.open();
    anotherProgramWrites(file.path, 30);
    requireStillShared(file, *db, 31);
    EventRepository events(*db);
    REQUIRE(
        events.add(other(QStringLiteral("2021"), QStringLiteral("Acme"), QStringLiteral("mine")))
            .ok());
    anotherProgramWrites(file.path, 30);
    requireStillShared(file, *db, 62);
}

TEST_CASE("opening the same database again in one process keeps the first connection's locks")
{
    SharedFile file;
    auto first = file.open();
    {
        auto second = file.open();
        auto readOnly = file.open(Database::OpenMode::ReadOnly);
        auto third = Database::open(file.dir.filePath(QStringLiteral("./shared.sqlite")));
        REQUIRE(third.ok());
    } // their connections close here; the first one's locks must survive
    anotherProgramWrites(file.path, 20);
    requireStillShared(file, *first, 21);
}

TEST_CASE("reading or exporting over the database in use is refused without opening it")
{
    SharedFile file;
    auto db = file.open();
    const QString link = file.dir.filePath(QStringLiteral("link.csv"));
    REQUIRE(QFile::link(file.path, link));

    const ImportBatch asInput = EventFile::read(link);
    REQUIRE_FALSE(asInput.ok());
    CHECK(asInput.issues.first().toString().contains(QLatin1String("database in use")));

    EventRepository events(*db);
    auto all = events.query();
    REQUIRE(all.ok());
    for (const QString &target : {file.path, file.path + QStringLiteral("-wal"),
                                  file.path + QStringLiteral("-shm"), link}) {
        const Status written = EventFile::writeFile(target, *all, EventFileFormat::Csv);
        INFO(target.toStdString());
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().message.contains(QLatin1String("never written over")));
    }
    anotherProgramWrites(file.path, 5);
    requireStillShared(file, *db, 6);
}

TEST_CASE("outputs never replace an SQLite file, a folder, a FIFO or a device")
{
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("someone-elses.db"));
    {
        sqlite3 *handle = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(other).constData(), &handle) == SQLITE_OK);
        REQUIRE(sqlite3_exec(handle, "CREATE TABLE t (x)", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(handle);
    }
    const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);

    CHECK(FileSafety::whyNotReplaceable(other).contains(QLatin1String("SQLite database")));
    CHECK(FileSafety::whyNotReplaceable(other + QStringLiteral("-journal"))
              .contains(QLatin1String("belongs to the SQLite database")));
    CHECK(FileSafety::whyNotReplaceable(dir.path()).contains(QLatin1String("folder")));
    CHECK(FileSafety::whyNotReplaceable(fifo).contains(QLatin1String("not a regular file")));
    CHECK(FileSafety::whyNotReplaceable(QStringLiteral("/dev/null"))
              .contains(QLatin1String("not a regular file")));
    CHECK(FileSafety::whyNotReplaceable(dir.filePath(QStringLiteral("new.csv"))).isEmpty());

    // A FIFO is refused at once, not read (which would wait for a writer forever).
    const ImportBatch fromFifo = EventFile::read(fifo);
    REQUIRE_FALSE(fromFifo.ok());
    CHECK(fromFifo.issues.first().toString().contains(QLatin1String("not a regular file")));
}

TEST_CASE("a database opened read-only is never written, not even its journal mode")
{
    SharedFile file;
    const QString path = file.path;
    { // as another program may leave it
        sqlite3 *handle = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &handle) == SQLITE_OK);
        REQUIRE(sqlite3_exec(handle, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) ==
                SQLITE_OK);
        sqlite3_close(handle);
    }
    const QByteArray before = readFile(path);
    {
        auto opened = Database::open(path, Database::OpenMode::ReadOnly);
        REQUIRE(opened.ok());
        CHECK((*opened)->isReadOnly());
        EventRepository events(**opened);
        CHECK(*events.count() == 1);
        const Result<EventId> refused =
            events.add(other(QStringLiteral("2021"), QStringLiteral("Acme"), QStringLiteral("no")));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QLatin1String("read-only")));
    }
    CHECK(readFile(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("a busy database is waited for, then reported busy, never damaged")
{
    SharedFile file;
    sqlite3 *holder = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(file.path).constData(), &holder) == SQLITE_OK);
    REQUIRE(sqlite3_exec(holder, "BEGIN IMMEDIATE; INSERT INTO companies (name) VALUES ('x')",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    Database::setBusyTimeout(300);
    auto db = file.open(); // readers never wait in WAL mode
    EventRepository events(*db);
    const Result<EventId> added =
        events.add(other(QStringLiteral("2021"), QStringLiteral("Acme"), QStringLiteral("late")));
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().message.contains(QLatin1String("is busy")));
    CHECK(added.error().message.contains(QLatin1String("0.3 seconds")));
    CHECK_FALSE(added.error().message.contains(QLatin1String("damaged")));

    REQUIRE(sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK);
    CHECK(events.add(other(QStringLiteral("2021"), QStringLiteral("Acme"), QStringLiteral("now")))
              .ok());
    sqlite3_close(holder);
    Database::setBusyTimeout(Database::defaultBusyTimeoutMs);
}

TEST_CASE("impossible schema versions and missing tables are reported as such")
{
    SharedFile file;
    const auto refuse = [&file](const char *sql) {
        sqlite3 *handle = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(file.path).constData(), &handle) == SQLITE_OK);
        REQUIRE(sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(handle);
        auto opened = Database::open(file.path);
        REQUIRE_FALSE(opened.ok());
        return opened.error().message;
    };
    CHECK(refuse("PRAGMA user_version = -1").contains(QLatin1String("is damaged")));
    CHECK(refuse("PRAGMA user_version = 2147483647").contains(QLatin1String("newer version")));
    const std::string current =
        "PRAGMA user_version = " + std::to_string(Database::currentSchemaVersion) + ";";
    const QString missing = refuse((current + "DROP TABLE events_fts").c_str());
    INFO(missing.toStdString());
    CHECK(missing.contains(QLatin1String("tables are missing")));
}

TEST_CASE("the id of a deleted event is never given to another program's add, so undo restores it")
{
    SharedFile file;
    auto db = file.open();
    EventRepository events(*db);
    auto newest = events.add(
        other(QStringLiteral("2022"), QStringLiteral("Acme"), QStringLiteral("to be deleted")));
    REQUIRE(newest.ok());
    auto deleted = events.find(*newest);
    REQUIRE(deleted.ok());
    REQUIRE(deleted->has_value());
    REQUIRE(events.remove(*newest).ok());

    anotherProgramWrites(file.path, 3); // adds three events while ours is deleted
    auto theirs = events.query();
    REQUIRE(theirs.ok());
    for (const Event &event : *theirs)
        CHECK(event.id != *newest);

    REQUIRE(events.restore(**deleted).ok()); // what undo of the delete does
    auto restored = events.find(*newest);
    REQUIRE(restored.ok());
    REQUIRE(restored->has_value());
    CHECK((*restored)->description == QStringLiteral("to be deleted"));
    CHECK(*events.count() == 1 + 1 + 3);
}

TEST_CASE("a path starting with ':' is a file, never one of Qt's built-in resources")
{
    // Qt's file classes read ":name" as a resource compiled into the program: checks on such a
    // path saw no file, and a chart was written over a database called ":chart.png".
    QTemporaryDir dir;
    const QString previous = QDir::currentPath();
    REQUIRE(QDir::setCurrent(dir.path()));
    {
        auto created = Database::open(QStringLiteral(":chart.png"), Database::OpenMode::CreateNew);
        REQUIRE(created.ok());
    }
    CHECK(FileSafety::whyNotReplaceable(QStringLiteral(":chart.png"))
              .contains(QLatin1String("SQLite database")));
    auto opened = Database::open(QStringLiteral(":chart.png"));
    INFO((opened ? QString() : opened.error().message).toStdString());
    CHECK(opened.ok());
    REQUIRE(QDir::setCurrent(previous));
}
