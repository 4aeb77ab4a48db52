// tenure-cli on a PostgreSQL database of the tests' throwaway cluster.
#include "clirunner.h"
#include "io/eventfile.h"
#include "model/rolevocabulary.h"
#include "serverscratch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace {
// The sample in a.sqlite and, copied by tenure-cli, on the server.
void sampleOnBoth(CliRunner &cli, ServerScratch &server)
{
    cli.init(QStringLiteral("a.sqlite"), true);
    REQUIRE(
        cli.run({QStringLiteral("copy"), cli.path(QStringLiteral("a.sqlite")), server.location()})
            .exitCode == 0);
}

// Runs each command on a.sqlite and on the server: the same exit status, output and errors.
enum class Outcome { Any, Success };
void runOnBoth(CliRunner &cli, ServerScratch &server, const std::vector<QStringList> &script,
               Outcome expected)
{
    for (const QStringList &command : script) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const CliResult onFile = cli.runOn(QStringLiteral("a.sqlite"), command);
        const CliResult onServer =
            cli.run(QStringList{QStringLiteral("--db"), server.location()} + command);
        if (expected == Outcome::Success)
            CHECK(onFile.exitCode == 0);
        CHECK(onServer.exitCode == onFile.exitCode);
        CHECK(onServer.out == onFile.out);
        CHECK(onServer.err == onFile.err);
    }
}
} // namespace

TEST_CASE("tenure-cli copies a file to a server and back, and each exports the same bytes")
{
    CliRunner cli;
    ServerScratch server;
    const QString url = server.location();
    cli.init(QStringLiteral("a.sqlite"), true);

    const CliResult copied =
        cli.run({QStringLiteral("copy"), cli.path(QStringLiteral("a.sqlite")), url});
    REQUIRE(copied.exitCode == 0);
    CHECK(copied.outText().startsWith(QStringLiteral("Copied 25 events to postgresql:///")));

    for (const char *format : {"csv", "json"}) {
        const CliResult fromFile =
            cli.runOn(QStringLiteral("a.sqlite"), args({"export", "--format", format}));
        const CliResult fromServer =
            cli.run({QStringLiteral("--db"), url, QStringLiteral("export"),
                     QStringLiteral("--format"), QString::fromLatin1(format)});
        REQUIRE(fromFile.exitCode == 0);
        REQUIRE(fromServer.exitCode == 0);
        CHECK(fromServer.out == fromFile.out);
    }

    REQUIRE(cli.run({QStringLiteral("copy"), url, cli.path(QStringLiteral("b.sqlite"))}).exitCode ==
            0);
    CHECK(cli.runOn(QStringLiteral("b.sqlite"), args({"export", "--format", "json"})).out ==
          cli.runOn(QStringLiteral("a.sqlite"), args({"export", "--format", "json"})).out);
    // The copy's file is a whole Tenure database: the other commands work on it.
    const CliResult listed =
        cli.runOn(QStringLiteral("b.sqlite"), args({"list", "--company", "Stability AI"}));
    CHECK(listed.exitCode == 0);
    CHECK(listed.outLines().size() > 10);
}

TEST_CASE("tenure-cli init makes the Tenure tables on a server once, and refuses a second time")
{
    CliRunner cli;
    ServerScratch server;
    const QStringList init = {QStringLiteral("--db"), server.location(), QStringLiteral("init")};
    const CliResult made = cli.run(init);
    CHECK(made.exitCode == 0);
    CHECK(made.outText().contains(QStringLiteral("Created the Tenure tables")));
    const CliResult again = cli.run(init);
    CHECK(again.exitCode != 0);
    CHECK(again.err.contains("already holds a Tenure database"));
    const CliResult exported =
        cli.run({QStringLiteral("--db"), server.location(), QStringLiteral("export")});
    CHECK(exported.exitCode == 0);
    CHECK(exported.outLines().size() == 1); // the header alone
}

TEST_CASE("tenure-cli says where a copy cannot go")
{
    CliRunner cli;
    ServerScratch server;
    REQUIRE(cli.run({QStringLiteral("--db"), server.location(), QStringLiteral("init")}).exitCode ==
            0);
    cli.init(QStringLiteral("a.sqlite"));
    const CliResult files = cli.run(args({"copy", "a.sqlite", "b.sqlite"}));
    CHECK(files.exitCode == 1); // wrong usage
    CHECK(files.err.contains("both are files"));
    CHECK_FALSE(cli.files().contains(QStringLiteral("b.sqlite")));

    // A server without Tenure's tables: nothing to copy, and no file is left.
    ServerScratch empty;
    const CliResult fromEmpty =
        cli.run({QStringLiteral("copy"), empty.location(), cli.path(QStringLiteral("c.sqlite"))});
    CHECK(fromEmpty.exitCode != 0);
    CHECK(fromEmpty.err.contains("holds no Tenure database"));
    CHECK_FALSE(cli.files().contains(QStringLiteral("c.sqlite")));
}

TEST_CASE("tenure-cli's commands print the same on a server as on a file, changes and all")
{
    CliRunner cli;
    ServerScratch server;
    sampleOnBoth(cli, server);
    const std::vector<QStringList> script = {
        args({"list", "--company", "stability ai", "--from", "2023"}),
        args({"list", "--search", "mostaque", "--format", "json"}),
        args({"add", "--date", "2024-04", "--type", "appointment", "--company", "Stability AI",
              "--people", "Ana Peña", "--role", "Directora General"}),
        args({"roles", "--map", "Directora General", "--to", "chief_executive"}),
        args({"tenures", "--company", "Stability AI"}),
        args({"merge", "--person", "Ana Peña", "--into", "Prem Akkaraju"}),
        args({"people"}),
        args({"companies"}),
        args({"roles"}),
        args({"remove", "26"}),
        args({"remove", "26"}),
        args({"list", "--person", "prem akkaraju"}),
        args({"check"}),
        args({"check", "--guesses", "--format", "json", "--company", "STABILITY AI"}),
    };
    runOnBoth(cli, server, script, Outcome::Any);
}

TEST_CASE("tenure-cli as a role that may only read lists events and says why it cannot change them")
{
    CliRunner cli;
    ServerScratch server;
    sampleOnBoth(cli, server);
    const QString reader = server.createRole(QStringLiteral("reader"), false);
    const QStringList asReader = {QStringLiteral("--db"), server.locationAs(reader)};
    const CliResult listed = cli.run(asReader + args({"list", "--company", "Stability AI"}));
    CHECK(listed.exitCode == 0);
    CHECK(listed.outLines().size() == 26);
    for (const QStringList &write :
         {args(
              {"add", "--date", "2024", "--type", "other", "--company", "X", "--description", "y"}),
          args({"remove", "1"}), args({"roles", "--map", "Jefa", "--to", "chief_executive"}),
          args({"merge", "--person", "Emad Mostaque", "--into", "Prem Akkaraju"})}) {
        INFO(write.join(QLatin1Char(' ')).toStdString());
        const CliResult refused = cli.run(asReader + write);
        CHECK(refused.exitCode == 3);
        CHECK(QString::fromUtf8(refused.err).contains(reader + QStringLiteral(" may only read")));
    }
    CHECK(cli.run(asReader + args({"list"})).outLines().size() == 26);
}

TEST_CASE("tenure-cli log shows who changed which event on a server, newest first")
{
    CliRunner cli;
    ServerScratch server;
    sampleOnBoth(cli, server);
    const QString ana = server.createRole(QStringLiteral("ana"), true);
    const QString bo = server.createRole(QStringLiteral("bo"), true);
    const QStringList asAna = {QStringLiteral("--db"), server.locationAs(ana)};
    const QStringList asBo = {QStringLiteral("--db"), server.locationAs(bo)};
    REQUIRE(cli.run(asAna + args({"add", "--date", "2024-04", "--type", "other", "--company",
                                  "Acme", "--description", "Acme opens"}))
                .exitCode == 0);
    REQUIRE(cli.run(asBo + args({"remove", "3"})).exitCode == 0);

    const CliResult log = cli.run(asAna + args({"log", "--limit", "2"}));
    REQUIRE(log.exitCode == 0);
    const QStringList lines = log.outLines();
    REQUIRE(lines.size() == 4); // heading, two changes, the count
    CHECK(lines[1].contains(bo));
    CHECK(lines[1].contains(QStringLiteral(" remove ")));
    CHECK(lines[1].contains(QStringLiteral("2022-10 Seed")));
    CHECK(lines[2].contains(ana));
    CHECK(lines[2].contains(QStringLiteral(" add ")));
    CHECK(lines[2].contains(QStringLiteral("Acme")));
    CHECK(lines[3] == QStringLiteral("2 changes."));

    const CliResult acme = cli.run(asBo + args({"log", "--company", "ACME", "--format", "json"}));
    REQUIRE(acme.exitCode == 0);
    const QJsonArray entries = QJsonDocument::fromJson(acme.out).array();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].toObject()[QStringLiteral("user")].toString() == ana);
    CHECK(entries[0].toObject()[QStringLiteral("action")].toString() == QStringLiteral("add"));

    CHECK(cli.run(asAna + args({"log", "--since", "2999"})).outLines() ==
          QStringList{QStringLiteral("0 changes.")});
    const CliResult onFile = cli.runOn(QStringLiteral("a.sqlite"), args({"log"}));
    CHECK(onFile.exitCode == 3);
    CHECK(onFile.err.contains("keeps no log of changes"));
}

namespace {
// A file large enough that a server writes it by COPY: many companies and people, names that
// differ only by accents or case, identifiers, sources, investors, notes and a role mapping.
QByteArray largeImport()
{
    std::vector<Event> events;
    for (int i = 0; i < 600; ++i) {
        const QString company = QStringLiteral("Company %1").arg(i % 40);
        Event event;
        event.company = company;
        event.date = PartialDate::ofDay(2000 + i / 30, 1 + i % 12, 1 + i % 28);
        if (i % 5 == 4) {
            event.type = EventType::Funding;
            event.round = QStringLiteral("Series %1").arg(QChar(u'A' + i % 6));
            event.amountUsd = 1'000'000 * (i + 1);
            event.investors = {QStringLiteral("Fund %1").arg(i % 7), QStringLiteral("Ángel")};
        } else {
            event.type = i % 3 == 0 ? EventType::Departure : EventType::Appointment;
            event.people = {i % 2 ? QStringLiteral("Hélène Perrin %1").arg(i % 30)
                                  : QStringLiteral("helene perrin %1").arg(i % 30)};
            event.role = i % 4 ? QStringLiteral("CEO") : QStringLiteral("Directora General");
            event.interim = i % 11 == 0;
        }
        if (i % 40 == 7)
            event.companyIdentifier = QStringLiteral("company7.example");
        event.sources = {{QStringLiteral("https://example.com/%1").arg(i),
                          QStringLiteral("Report %1 — «quoted»").arg(i), QStringLiteral("Wire"),
                          PartialDate()}};
        events.push_back(std::move(event));
    }
    Annotation note;
    note.company = QStringLiteral("Company 3");
    note.from = PartialDate::ofYear(2010);
    note.text = QStringLiteral("A note from the file");
    return EventFile::write(
        events, EventFileFormat::Json, CsvWriter::Cells::Exact,
        {{{QStringLiteral("Directora General"), RoleVocabulary::Role::ChiefExecutive}}, {note}});
}
} // namespace

TEST_CASE("tenure-cli import and note write the same on a server as on a file, a large file too")
{
    CliRunner cli;
    ServerScratch server;
    sampleOnBoth(cli, server);
    cli.write(QStringLiteral("large.json"), largeImport());
    const std::vector<QStringList> script = {
        args({"import", "large.json"}),
        args({"import", "large.json"}), // every event already there
        args({"note", "add", "--company", "company 5", "--date", "2012", "--text", "By hand"}),
        args({"note", "list"}),
        args({"note", "remove", "1"}),
        args({"note", "list", "--company", "Company 5"}),
        args({"list", "--search", "helene perrin 3"}),
        args({"list", "--person", "HELENE PERRIN 12", "--format", "json"}),
        args({"tenures", "--company", "company 7"}),
        args({"companies"}),
        args({"people"}),
        args({"export", "--format", "json"}),
    };
    runOnBoth(cli, server, script, Outcome::Success);
    // Most of the file is new: the server wrote it in one batch by COPY.
    CHECK(cli.runOn(QStringLiteral("a.sqlite"), args({"list"})).outLines().size() > 500);
}

TEST_CASE("tenure-cli render draws the same chart from a server as from a file, to the byte")
{
    CliRunner cli;
    ServerScratch server;
    sampleOnBoth(cli, server);
    const std::vector<QStringList> charts = {
        args({"--preset", "full-hd"}),
        args({"--chart", "funding", "--log-scale"}),
        args({"--chart", "compare", "--from", "2023"}),
        args({"--company", "stability ai", "--type", "appointment", "--type", "departure"}),
    };
    int n = 0;
    for (const QStringList &options : charts) {
        INFO(options.join(QLatin1Char(' ')).toStdString());
        const QString fromFile = QStringLiteral("file%1.png").arg(n);
        const QString fromServer = QStringLiteral("server%1.png").arg(n++);
        const CliResult onFile = cli.runOn(
            QStringLiteral("a.sqlite"),
            QStringList{QStringLiteral("render"), QStringLiteral("--out"), cli.path(fromFile)} +
                options);
        const CliResult onServer =
            cli.run(QStringList{QStringLiteral("--db"), server.location(), QStringLiteral("render"),
                                QStringLiteral("--out"), cli.path(fromServer)} +
                    options);
        REQUIRE(onFile.exitCode == 0);
        REQUIRE(onServer.exitCode == 0);
        CHECK(cli.read(fromServer).size() > 1000);
        CHECK(cli.read(fromServer) == cli.read(fromFile));
    }
}
