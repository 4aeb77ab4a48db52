// tenure-cli import and export: all-or-nothing imports that say where each problem is, and
// exports that import again to the same bytes.

#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace {
const QString db = QStringLiteral("events.sqlite");
const QByteArray fullHeader =
    "date,announced,company,company_id,type,people,role,interim,reason,reason_note,round,amount_usd,"
    "valuation_usd,currency,investors,acquirer,status,description,source_url,source_title,"
    "source_outlet,source_date,sources\n";
const QByteArray header = "date,company,type,people,role,interim,round,amount_usd,valuation_usd,"
                          "status,description,source_url,source_title\n";

} // namespace

TEST_CASE("importing a file with bad rows reports each one and writes nothing")
{
    CliRunner cli;
    cli.init(db, true);
    const QByteArray before = cli.read(db);
    cli.write(QStringLiteral("news.csv"),
              header + "2024-02-30,Acme,appointment,Ann Lee,CEO,false,,,,,,,\n"    // line 2
                       "2024-03,Acme,appointment,,CEO,false,,,,,,,\n"              // line 3
                       "2024-04,Acme,appointment,Bob Stone,CTO,false,,,,,Fine,,\n" // line 4
                       "2024-05,Acme,funding,,,,Seed,lots,,completed,,,\n"         // line 5
                       "2024-06,Acme,hiring,,,,,,,,,,\n");                         // line 6

    const CliResult result = cli.runOn(db, args({"import", "news.csv"}));
    CHECK(result.exitCode == 2);
    CHECK(result.out.isEmpty());
    const QStringList lines = result.errLines();
    INFO(result.err.toStdString());
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].startsWith(QStringLiteral("news.csv:2: date: ")));
    CHECK(lines[1].startsWith(QStringLiteral("news.csv:3: people: ")));
    CHECK(lines[2].startsWith(QStringLiteral("news.csv:5: amount_usd: ")));
    CHECK(lines[3].startsWith(QStringLiteral("news.csv:6: type: ")));
    CHECK(lines[4] == QStringLiteral("tenure-cli: news.csv: 4 problems; nothing was imported"));

    CHECK(cli.read(db) == before);
    CHECK(cli.listJson(db).size() == 25);
    CHECK(cli.listJson(db, args({"--company", "Acme"})).isEmpty());
}

TEST_CASE("importing a CSV file adds every event and says how many")
{
    CliRunner cli;
    cli.init(db);
    cli.write(QStringLiteral("news.csv"),
              header + "2024-04,Acme,appointment,Bob Stone,CTO,false,,,,,Bob joins,,\n"
                       "2024-05,Acme,funding,,,,Seed,2000000,10000000,completed,,,\n");
    const CliResult result = cli.runOn(db, args({"import", "news.csv"}));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.outLines() == QStringList{QStringLiteral("Imported 2 events from news.csv.")});
    CHECK(result.err.isEmpty());

    const QJsonArray events = cli.listJson(db);
    REQUIRE(events.size() == 2);
    CHECK(events[0].toObject().value(QStringLiteral("people")).toArray() ==
          QJsonArray{QStringLiteral("Bob Stone")});
    CHECK(events[1].toObject().value(QStringLiteral("amount_usd")).toInteger() == 2000000);
}

TEST_CASE("importing a JSON file adds its events, and a bad one reports each element")
{
    CliRunner cli;
    cli.init(db);
    cli.write(QStringLiteral("news.json"), R"([
  {"date": "2024-03-22", "company": "Acme", "type": "appointment",
   "people": ["Ann Lee", "Bob Stone"], "role": "Co-CEO", "interim": true},
  {"date": "2024-06", "company": "Acme", "type": "funding", "round": "Series A",
   "amount_usd": 50000000, "status": "rumored"}
])");
    const CliResult result = cli.runOn(db, args({"import", "news.json"}));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.outText().contains(QLatin1String("Imported 2 events")));

    const QJsonArray events = cli.listJson(db);
    REQUIRE(events.size() == 2);
    CHECK(events[0].toObject().value(QStringLiteral("interim")).toBool());
    CHECK(events[1].toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("rumored"));

    cli.write(QStringLiteral("bad.json"),
              R"([{"date": "2024", "company": "Acme", "type": "departure"}])");
    const QByteArray before = cli.read(db);
    const CliResult bad = cli.runOn(db, args({"import", "bad.json"}));
    CHECK(bad.exitCode == 2);
    INFO(bad.err.toStdString());
    REQUIRE(bad.errLines().size() >= 2);
    CHECK(bad.errLines().first().startsWith(QStringLiteral("bad.json:")));
    CHECK(bad.errLines().last().endsWith(QStringLiteral("nothing was imported")));
    CHECK(cli.read(db) == before);
}

TEST_CASE("an exported database imported into a new one exports the same bytes")
{
    CliRunner cli;
    cli.init(QStringLiteral("first.sqlite"), true);
    cli.init(QStringLiteral("second.sqlite"));

    for (const char *format : {"csv", "json"}) {
        const QString name = QStringLiteral("first.") + QLatin1String(format);
        const CliResult exported =
            cli.runOn(QStringLiteral("first.sqlite"), args({"export", "--format", format}));
        INFO(format << ": " << exported.err.toStdString());
        REQUIRE(exported.exitCode == 0);
        REQUIRE_FALSE(exported.out.isEmpty());
        cli.write(name, exported.out);

        const QString copy =
            QStringLiteral("copy-") + QLatin1String(format) + QStringLiteral(".sqlite");
        cli.init(copy);
        REQUIRE(cli.runOn(copy, {QStringLiteral("import"), name}).exitCode == 0);
        const CliResult again = cli.runOn(copy, args({"export", "--format", format}));
        REQUIRE(again.exitCode == 0);
        CHECK(again.out == exported.out);
    }
    // The CSV export of the sample is the bundled file itself, event for event.
    CHECK(cli.read(QStringLiteral("first.csv")).count('\n') ==
          testsupport::readFile(QStringLiteral(TENURE_SAMPLE_CSV)).count('\n'));
}

TEST_CASE("export --out writes a file in the format its extension names unless --format says")
{
    CliRunner cli;
    cli.init(db, true);

    const CliResult json = cli.runOn(db, args({"export", "--out", "all.json"}));
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    CHECK(json.outText().contains(QLatin1String("Exported 25 events to all.json")));
    CHECK(QJsonDocument::fromJson(cli.read(QStringLiteral("all.json")))
              .object()
              .value(QStringLiteral("events"))
              .toArray()
              .size() == 25);

    REQUIRE(cli.runOn(db, args({"export", "--out", "all.csv"})).exitCode == 0);
    CHECK(cli.read(QStringLiteral("all.csv")).startsWith(fullHeader));

    REQUIRE(cli.runOn(db, args({"export", "--out", "all.txt"})).exitCode == 0);
    CHECK(cli.read(QStringLiteral("all.txt")).startsWith(fullHeader)); // CSV unless told otherwise

    REQUIRE(cli.runOn(db, args({"export", "--format", "JSON", "--out", "all.txt"})).exitCode == 0);
    CHECK(cli.read(QStringLiteral("all.txt")).startsWith("{\n  \"role_aliases\""));

    const CliResult stdoutCsv = cli.runOn(db, args({"export"}));
    REQUIRE(stdoutCsv.exitCode == 0);
    CHECK(stdoutCsv.out == cli.read(QStringLiteral("all.csv")));
}

TEST_CASE("a file to import or export that cannot be used is wrong usage")
{
    CliRunner cli;
    cli.init(db, true);
    const QByteArray before = cli.read(db);

    const CliResult missing = cli.runOn(db, args({"import", "nowhere.csv"}));
    CHECK(missing.exitCode == 1);
    CHECK(missing.errLines() ==
          QStringList{QStringLiteral("tenure-cli: nowhere.csv: there is no such file (see "
                                     "tenure-cli import --help)")});

    cli.write(QStringLiteral("events.xlsx"), "PK");
    const CliResult unknown = cli.runOn(db, args({"import", "events.xlsx"}));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("must end in .csv or .json"));

    const CliResult unwritable = cli.runOn(db, args({"export", "--out", "no/such/folder/x.csv"}));
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.errLines().size() == 1);
    CHECK_FALSE(QFile::exists(cli.path(QStringLiteral("no/such/folder/x.csv"))));

    CHECK(cli.read(db) == before);
}
