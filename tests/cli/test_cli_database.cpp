// tenure-cli and its database files: init, the per-user default database, and the files it must
// refuse (exit status 3) without changing a byte of them.

#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonObject>

#include <catch2/catch.hpp>
#include <sqlite3.h>

namespace {
const QString db = QStringLiteral("events.sqlite");

void exec(sqlite3 *handle, const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(handle, sql, nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    REQUIRE(rc == SQLITE_OK);
}

// Every command that opens the database refuses `file` with exit status 3 and a message
// containing `why`, and leaves its bytes and the folder as they were.
void requireRefusedUntouched(const CliRunner &cli, const QString &file, const char *why)
{
    const QByteArray before = cli.read(file);
    cli.write(QStringLiteral("one.csv"), "date,company,type,people,role,interim,round,amount_usd,"
                                         "valuation_usd,status,description,source_url,source_"
                                         "title\n2024,Acme,other,,,,,,,,A launch,,\n");
    const QStringList filesBefore = cli.files();
    const QList<QStringList> commands = {
        args({"list"}),
        args({"tenures"}),
        args({"export"}),
        args({"add", "--date", "2024", "--type", "other", "--company", "Acme"}),
        args({"import", "one.csv"}),
        args({"remove", "1"}),
    };
    for (const QStringList &command : commands) {
        const CliResult result = cli.runOn(file, command);
        INFO(command.join(QLatin1Char(' ')).toStdString() + " -> " + result.err.toStdString());
        CHECK(result.exitCode == 3);
        REQUIRE(result.errLines().size() == 1);
        CHECK(result.errLines().first().startsWith(QStringLiteral("tenure-cli: ")));
        CHECK(result.errLines().first().contains(QLatin1String(why)));
        CHECK(result.out.isEmpty());
    }
    CHECK(cli.read(file) == before);
    CHECK(cli.files() == filesBefore); // no -wal, -shm or journal left beside it
}
} // namespace

TEST_CASE("init creates an empty database and refuses to write over an existing one")
{
    CliRunner cli;
    const CliResult created = cli.runOn(db, args({"init"}));
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(created.outText().contains(QLatin1String("events.sqlite")));
    CHECK(cli.listJson(db).isEmpty());

    const QByteArray before = cli.read(db);
    for (const QStringList &again : {args({"init"}), args({"init", "--sample"})}) {
        const CliResult refused = cli.runOn(db, again);
        CHECK(refused.exitCode == 3);
        CHECK(refused.errLines() ==
              QStringList{QStringLiteral("tenure-cli: events.sqlite already exists; a new database "
                                         "is never written over a file")});
    }
    CHECK(cli.read(db) == before);
    CHECK(cli.files() == QStringList{db});
}

TEST_CASE("init refuses to write over a file that is not a database")
{
    CliRunner cli;
    cli.write(QStringLiteral("notes.txt"), "my notes\n");
    for (const QStringList &init : {args({"init"}), args({"init", "--sample"})}) {
        const CliResult refused = cli.runOn(QStringLiteral("notes.txt"), init);
        CHECK(refused.exitCode == 3);
        CHECK(refused.err.contains("already exists"));
    }
    CHECK(cli.read(QStringLiteral("notes.txt")) == "my notes\n");
    CHECK(cli.files() == QStringList{QStringLiteral("notes.txt")}); // no temporary file left
}

TEST_CASE("init --sample fills a new database with the Stability AI story")
{
    CliRunner cli;
    const CliResult created = cli.runOn(db, args({"init", "--sample"}));
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(created.outText().contains(QLatin1String("25 events")));
    CHECK(cli.files() == QStringList{db}); // built beside it under another name, then renamed

    const CliResult list = cli.runOn(db, args({"list"}));
    REQUIRE(list.exitCode == 0);
    CHECK(list.outLines().size() == 1 + 25);
    CHECK(list.outText().contains(QLatin1String("Stability AI")));
    CHECK(list.outText().contains(QLatin1String("Emad Mostaque")));
    CHECK(list.outText().contains(QLatin1String("Prem Akkaraju")));
}

TEST_CASE("without --db the per-user database is created with the sample on first use")
{
    CliRunner cli;
    REQUIRE_FALSE(QFile::exists(cli.defaultDatabasePath()));

    const CliResult first = cli.run(args({"list", "--company", "Stability AI"}));
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.outText().contains(QLatin1String("Emad Mostaque")));
    REQUIRE(QFile::exists(cli.defaultDatabasePath()));
    CHECK(QDir(QFileInfo(cli.defaultDatabasePath()).absolutePath()).entryList(QDir::Files) ==
          QStringList{QStringLiteral("tenure.sqlite")});

    // Later runs use the same file: a change made by one is seen by the next.
    const CliResult added =
        cli.run(args({"add", "--date", "2025", "--type", "other", "--company", "Acme"}));
    REQUIRE(added.exitCode == 0);
    const QJsonArray events = cli.listJson(cli.defaultDatabasePath(), args({"--company", "Acme"}));
    REQUIRE(events.size() == 1);
    CHECK(cli.listJson(cli.defaultDatabasePath()).size() == 26);
}

TEST_CASE("init without --db creates the per-user database, once")
{
    CliRunner cli;
    const CliResult created = cli.run(args({"init"}));
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    REQUIRE(QFile::exists(cli.defaultDatabasePath()));
    CHECK(cli.listJson(cli.defaultDatabasePath()).isEmpty()); // asked for empty, so empty

    const CliResult again = cli.run(args({"init", "--sample"}));
    CHECK(again.exitCode == 3);
    CHECK(cli.listJson(cli.defaultDatabasePath()).isEmpty());
}

TEST_CASE("a missing database is refused with exit status 3 and not created")
{
    CliRunner cli;
    const CliResult result = cli.runOn(QStringLiteral("missing.sqlite"), args({"list"}));
    CHECK(result.exitCode == 3);
    CHECK(result.errLines() ==
          QStringList{QStringLiteral("tenure-cli: missing.sqlite: no such database; create one "
                                     "with 'tenure-cli init' or choose another file")});
    CHECK(cli.files().isEmpty());
    CHECK_FALSE(QFile::exists(cli.defaultDatabasePath())); // --db never falls back to it
}

TEST_CASE("a file that is not a database is refused with exit status 3 and left untouched")
{
    CliRunner cli;
    cli.write(QStringLiteral("notes.sqlite"), "These are my notes, not a database.\n");
    requireRefusedUntouched(cli, QStringLiteral("notes.sqlite"), "not an SQLite file");
    cli.write(QStringLiteral("empty.sqlite"), "");
    requireRefusedUntouched(cli, QStringLiteral("empty.sqlite"), "is empty");
}

TEST_CASE("another program's SQLite database is refused with exit status 3 and left untouched")
{
    CliRunner cli;
    sqlite3 *handle = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(cli.path(QStringLiteral("other.sqlite"))).constData(),
                         &handle) == SQLITE_OK);
    exec(handle, "CREATE TABLE events (id INTEGER PRIMARY KEY, what TEXT);"
                 "INSERT INTO events (what) VALUES ('a meeting');"
                 "PRAGMA application_id = 1234;");
    sqlite3_close(handle);

    requireRefusedUntouched(cli, QStringLiteral("other.sqlite"), "another program");
}

TEST_CASE("a damaged database is refused with exit status 3 and left untouched")
{
    CliRunner cli;
    cli.init(db, true);
    QByteArray bytes = cli.read(db);
    REQUIRE(bytes.size() > 4096);
    // Keep the 100-byte header, so the file still says it is a Tenure database, and wreck the
    // pages behind it.
    for (qsizetype i = 100; i < bytes.size(); ++i)
        bytes[i] = char(0xA5 ^ (i & 0xff));
    cli.write(db, bytes);

    requireRefusedUntouched(cli, db, "damaged");
}

TEST_CASE("a database from a newer Tenure is refused with exit status 3 and left untouched")
{
    CliRunner cli;
    cli.init(db);
    QByteArray bytes = cli.read(db);
    bytes[63] = char(99); // PRAGMA user_version, big-endian at offset 60: schema 99
    cli.write(db, bytes);

    requireRefusedUntouched(cli, db, "newer version of Tenure");
}

TEST_CASE("a database locked by another program is waited for, then refused as busy")
{
    CliRunner cli;
    cli.init(db, true);
    cli.setEnvironment(QStringLiteral("TENURE_BUSY_TIMEOUT_MS"), QStringLiteral("500"));
    sqlite3 *handle = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(cli.path(db)).constData(), &handle) == SQLITE_OK);
    exec(handle, "BEGIN IMMEDIATE; DELETE FROM events WHERE id = 1;");

    const CliResult result =
        cli.runOn(db, args({"add", "--date", "2025", "--type", "other", "--company", "Acme"}));
    CHECK(result.exitCode == 3);
    REQUIRE(result.errLines().size() == 1);
    CHECK(result.errLines().first().contains(QLatin1String("is busy")));
    CHECK(result.errLines().first().contains(QLatin1String("0.5 seconds")));
    CHECK_FALSE(result.errLines().first().contains(QLatin1String("damaged")));
    // Reading still works while another program writes (the journal is a WAL).
    CHECK(cli.listJson(db).size() == 25);

    exec(handle, "ROLLBACK");
    sqlite3_close(handle);
    CHECK(cli.listJson(db).size() == 25);
}
