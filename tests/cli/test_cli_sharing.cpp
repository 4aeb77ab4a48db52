// Several tenure-cli programs on one database at once, as scripts and a team's shell loops run
// them: every acknowledged change is kept, the file stays intact, and a busy file is waited for.

#include "clirunner.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>
#include <functional>
#include <sqlite3.h>
#include <unistd.h>

namespace {
const QString db = QStringLiteral("shared.sqlite");

#ifdef TENURE_SANITIZED_BUILD
constexpr int addsPerWriter = 25; // each start of a sanitized program costs ~10x more
#else
constexpr int addsPerWriter = 200;
#endif
constexpr int writers = 8;

// Runs chains of commands side by side: each chain starts its next command when the last one
// ends, until `next` returns no arguments. Every finished run is handed to `done`.
class Chains
{
public:
    using Next = std::function<QStringList(int chain, int step)>;
    using Done = std::function<void(int chain, const QStringList &arguments, const CliResult &)>;

    Chains(const CliRunner &cli, Next next, Done done)
        : m_cli(cli), m_next(std::move(next)), m_done(std::move(done))
    {}

    void run(int chains)
    {
        m_running = 0;
        for (int chain = 0; chain < chains; ++chain)
            startNext(chain, 0);
        if (m_running > 0)
            m_loop.exec();
    }

private:
    void startNext(int chain, int step)
    {
        const QStringList arguments = m_next(chain, step);
        if (arguments.isEmpty()) {
            if (m_running == 0)
                m_loop.quit();
            return;
        }
        ++m_running;
        QProcess *process = m_cli.start(arguments).release(); // deleted when it has finished
        QObject::connect(process, &QProcess::finished, process,
                         [=, this](int code, QProcess::ExitStatus exit) {
                             CliResult result;
                             result.exitCode = exit == QProcess::NormalExit ? code : -1;
                             result.out = process->readAllStandardOutput();
                             result.err = process->readAllStandardError();
                             process->deleteLater();
                             m_done(chain, arguments, result);
                             --m_running;
                             startNext(chain, step + 1);
                             if (m_running == 0)
                                 m_loop.quit();
                         });
    }

    const CliRunner &m_cli;
    Next m_next;
    Done m_done;
    QEventLoop m_loop;
    int m_running = 0;
};

} // namespace

TEST_CASE("writers and readers side by side keep every acknowledged add and an intact file")
{
    CliRunner cli;
    cli.init(db);
    QSet<QString> acknowledged;
    QStringList failures;
    bool writing = true;
    int writersLeft = writers;
    int reads = 0;

    // Chains 0..7 write; chains 8 and 9 read for as long as anyone writes.
    Chains chains(
        cli,
        [&](int chain, int step) -> QStringList {
            if (chain < writers) {
                if (step == addsPerWriter) {
                    if (--writersLeft == 0)
                        writing = false;
                    return {};
                }
                return QStringList{QStringLiteral("--db"),
                                   db,
                                   QStringLiteral("add"),
                                   QStringLiteral("--date"),
                                   QStringLiteral("2024-03"),
                                   QStringLiteral("--type"),
                                   QStringLiteral("other"),
                                   QStringLiteral("--company"),
                                   QStringLiteral("Company %1").arg(step % 5),
                                   QStringLiteral("--description"),
                                   QStringLiteral("writer %1 add %2").arg(chain).arg(step)};
            }
            if (!writing)
                return {};
            return chain == writers ? args({"--db", "shared.sqlite", "list", "--format", "json"})
                                    : args({"--db", "shared.sqlite", "tenures"});
        },
        [&](int chain, const QStringList &arguments, const CliResult &result) {
            if (result.exitCode != 0) {
                failures << arguments.join(QLatin1Char(' ')) + QStringLiteral(" -> ") +
                                QString::number(result.exitCode) + QLatin1Char(' ') +
                                QString::fromUtf8(result.err);
                return;
            }
            if (chain < writers)
                acknowledged.insert(arguments.last());
            else
                ++reads;
        });
    chains.run(writers + 2);

    INFO(failures.mid(0, 5).join(QLatin1Char('\n')).toStdString());
    CHECK(failures.isEmpty()); // no add refused, no "damaged", no raw "constraint failed"
    CHECK(acknowledged.size() == writers * addsPerWriter);
    CHECK(reads > 0);

    QSet<QString> stored;
    const QJsonArray all = cli.listJson(db);
    for (const QJsonValue &event : all)
        stored.insert(event.toObject().value(QStringLiteral("description")).toString());
    CHECK(all.size() == writers * addsPerWriter);
    CHECK(stored == acknowledged);
    CHECK_FALSE(QFile::exists(cli.path(db) + QStringLiteral("-wal"))); // the last one folded it in
    CHECK(testsupport::integrityCheckOf(cli.path(db)) == QStringLiteral("ok"));
}

TEST_CASE("programs started at once on a new machine create the default database once")
{
    CliRunner cli;
    QStringList failures;
    QList<int> counts;
    Chains chains(
        cli,
        [](int, int step) -> QStringList {
            return step == 0 ? args({"list", "--format", "json"}) : QStringList{};
        },
        [&](int, const QStringList &, const CliResult &result) {
            if (result.exitCode != 0)
                failures << QString::fromUtf8(result.err);
            else
                counts << int(QJsonDocument::fromJson(result.out).array().size());
        });
    chains.run(6);
    INFO(failures.join(QLatin1Char('\n')).toStdString());
    CHECK(failures.isEmpty());
    REQUIRE(counts.size() == 6);
    CHECK(counts.count(counts.first()) == 6);
    CHECK(counts.first() > 10); // the bundled sample, once
    CHECK(QDir(QFileInfo(cli.defaultDatabasePath()).absolutePath()).entryList(QDir::Files) ==
          QStringList{QStringLiteral("tenure.sqlite")});
    CHECK(testsupport::integrityCheckOf(cli.defaultDatabasePath()) == QStringLiteral("ok"));
}

TEST_CASE("a write to a busy database waits and goes through when the other program finishes")
{
    CliRunner cli;
    cli.init(db);
    sqlite3 *holder = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(cli.path(db)).constData(), &holder) == SQLITE_OK);
    REQUIRE(sqlite3_exec(holder, "BEGIN IMMEDIATE; INSERT INTO companies (name) VALUES ('held')",
                         nullptr, nullptr, nullptr) == SQLITE_OK);

    // The holder finishes within the wait (10 s by default).
    auto waiting =
        cli.start(args({"--db", "shared.sqlite", "add", "--date", "2024", "--type", "other",
                        "--company", "Acme", "--description", "after the wait"}));
    REQUIRE(waiting->waitForStarted());
    QTest::qWait(300);
    REQUIRE(sqlite3_exec(holder, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(holder);
    REQUIRE(waiting->waitForFinished(60000));
    INFO(waiting->readAllStandardError().toStdString());
    CHECK(waiting->exitCode() == 0);
    CHECK(cli.listJson(db).size() == 1);
}

TEST_CASE("commands that only read never change the file or its journal mode")
{
    CliRunner cli;
    cli.init(db, true);
    { // as another program may leave it: a rollback journal instead of WAL
        sqlite3 *handle = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(cli.path(db)).constData(), &handle) == SQLITE_OK);
        REQUIRE(sqlite3_exec(handle, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) ==
                SQLITE_OK);
        sqlite3_close(handle);
    }
    const QByteArray before = cli.read(db);
    const QStringList filesBefore = cli.files();
    for (const QStringList &command :
         {args({"list"}), args({"list", "--format", "csv"}), args({"tenures"}), args({"export"}),
          args({"render", "--out", "chart.png", "--width", "640", "--height", "400"})}) {
        const CliResult result = cli.runOn(db, command);
        INFO(command.join(QLatin1Char(' ')).toStdString() + " -> " + result.err.toStdString());
        CHECK(result.exitCode == 0);
    }
    CHECK(cli.read(db) == before);
    QStringList filesAfter = cli.files();
    filesAfter.removeAll(QStringLiteral("chart.png"));
    CHECK(filesAfter == filesBefore);
}

TEST_CASE("export and render refuse to write over the database or any SQLite file")
{
    CliRunner cli;
    cli.init(db, true);
    cli.init(QStringLiteral("other.sqlite"));
    const QByteArray before = cli.read(db);
    const QByteArray otherBefore = cli.read(QStringLiteral("other.sqlite"));
    const QList<QStringList> commands = {
        args({"--db", "shared.sqlite", "export", "--out", "shared.sqlite", "--format", "csv"}),
        args({"--db", "shared.sqlite", "export", "--out", "other.sqlite", "--format", "json"}),
        args({"--db", "shared.sqlite", "export", "--out", "shared.sqlite-wal", "--format", "csv"}),
    };
    for (const QStringList &command : commands) {
        const CliResult result = cli.run(command);
        INFO(command.join(QLatin1Char(' ')).toStdString() + " -> " + result.err.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains("never written over"));
        CHECK(result.out.isEmpty());
    }
    CHECK(cli.read(db) == before);
    CHECK(cli.read(QStringLiteral("other.sqlite")) == otherBefore);
    CHECK(testsupport::integrityCheckOf(cli.path(db)) == QStringLiteral("ok"));
}

TEST_CASE("in a read-only folder, commands that read work and writes are refused as read-only")
{
    CliRunner cli;
    cli.init(db, true);
    const QByteArray before = cli.read(db);
    const QString rendered = QDir::temp().filePath(
        QStringLiteral("tenure-readonly-%1.png").arg(QCoreApplication::applicationPid()));
    for (const QStringList &command :
         {args({"list"}), args({"tenures"}), args({"note", "list"}),
          args({"export", "--format", "json"}),
          QStringList{QStringLiteral("render"), QStringLiteral("--out"), rendered}}) {
        const CliResult result =
            cli.runWithoutWriteAccess(QStringList{QStringLiteral("--db"), db} + command, {db});
        INFO(command.join(QLatin1Char(' ')).toStdString() + " -> " + result.err.toStdString());
        CHECK(result.exitCode == 0);
        CHECK_FALSE(result.out.isEmpty());
    }
    CHECK(QFile::remove(rendered));

    const CliResult added =
        cli.runWithoutWriteAccess(args({"--db", "shared.sqlite", "add", "--date", "2024", "--type",
                                        "other", "--company", "Acme"}),
                                  {db});
    CHECK(added.exitCode == 3);
    REQUIRE(added.errLines().size() == 1);
    CHECK(added.errLines().first().contains(QLatin1String("is read-only")));
    CHECK(cli.read(db) == before);
    CHECK(cli.files() == QStringList{db});
}

TEST_CASE("a full disk loses nothing and is reported in those words")
{
    CliRunner cli;
    const QString mountPoint = cli.path(QStringLiteral("small-disk"));
    REQUIRE(QDir().mkpath(mountPoint));
    // A small file system of its own, which only root can mount; elsewhere the case is skipped.
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=600k"), QStringLiteral("tmpfs"), mountPoint});
    if (::getuid() != 0 || !mount.waitForFinished(10000) || mount.exitCode() != 0) {
        WARN("skipped: mounting a small tmpfs needs root");
        return;
    }
    struct Unmount
    {
        QString point;
        ~Unmount() { QProcess::execute(QStringLiteral("umount"), {point}); }
    } unmount{mountPoint};

    const QString dbOnDisk = QStringLiteral("small-disk/full.sqlite");
    cli.init(dbOnDisk, true);
    cli.init(db, true); // on the ordinary disk
    const QString exported = QStringLiteral("small-disk/events.csv");
    REQUIRE(cli.runOn(db, args({"export", "--out", "small-disk/events.csv"})).exitCode == 0);
    const QByteArray exportedBefore = cli.read(exported);
    const int eventsBefore = int(cli.listJson(dbOnDisk).size());
    { // fill the rest of the disk
        QFile filler(cli.path(QStringLiteral("small-disk/filler")));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }

    const CliResult added = cli.runOn(
        dbOnDisk, args({"add", "--date", "2024", "--type", "other", "--company", "Acme"}));
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 3);
    CHECK(added.err.contains("the disk is full"));

    const CliResult overExport =
        cli.runOn(db, args({"export", "--out", "small-disk/events.csv", "--format", "json"}));
    INFO(overExport.err.toStdString());
    CHECK(overExport.exitCode == 1);
    CHECK(overExport.err.contains("the disk is full"));
    CHECK(cli.read(exported) == exportedBefore);

    REQUIRE(QFile::remove(cli.path(QStringLiteral("small-disk/filler"))));
    CHECK(cli.listJson(dbOnDisk).size() == eventsBefore);
    CHECK(testsupport::integrityCheckOf(cli.path(dbOnDisk)) == QStringLiteral("ok"));
}
