// tenure-cli list, add, remove and tenures on a small hand-written database and on the sample.

#include "clirunner.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace {
const QString db = QStringLiteral("events.sqlite");

// Two companies over five years: enough for every filter to pick out something different.
void makeSmallDatabase(const CliRunner &cli)
{
    cli.init(db);
    cli.write(
        QStringLiteral("small.csv"),
        "date,company,type,people,role,interim,round,amount_usd,valuation_usd,status,description,"
        "source_url,source_title\n"
        "2019,Acme,appointment,Ann Lee,CEO,false,,,,,Ann founds Acme,,\n"
        "2021-06,Acme,funding,,,,Series A,20000000,100000000,completed,Acme raises a round,,\n"
        "2022-03-15,Beta Corp,appointment,Bob Stone;Cy Young,Co-CEO,true,,,,,A pair takes "
        "over,,\n"
        "2023-11,Acme,departure,Ann Lee,CEO,false,,,,,Ann steps down after a board fight,,\n"
        "2024,Beta Corp,other,,,,,,,,Beta opens a lab in Lisbon,,\n");
    const CliResult imported = cli.runOn(db, args({"import", "small.csv"}));
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
}

// The descriptions of the events `list` shows with these filters, in its order.
QStringList listed(const CliRunner &cli, const QStringList &filters)
{
    QStringList descriptions;
    for (const QJsonValue &event : cli.listJson(db, filters))
        descriptions << event.toObject().value(QStringLiteral("description")).toString();
    return descriptions;
}

QStringList strings(std::initializer_list<const char *> list)
{
    return args(list);
}
} // namespace

TEST_CASE("list filters by dates, company, type, person and text, and every filter must hold")
{
    CliRunner cli;
    makeSmallDatabase(cli);

    CHECK(listed(cli, {}).size() == 5);
    // --from means the first day of a partial date, --to the last; an event counts when its
    // date may fall in between.
    CHECK(listed(cli, args({"--from", "2022"})) ==
          strings({"A pair takes over", "Ann steps down after a board fight",
                   "Beta opens a lab in Lisbon"}));
    CHECK(listed(cli, args({"--to", "2021"})) ==
          strings({"Ann founds Acme", "Acme raises a round"}));
    CHECK(listed(cli, args({"--from", "2021-06", "--to", "2022-03"})) ==
          strings({"Acme raises a round", "A pair takes over"}));
    CHECK(listed(cli, args({"--from", "2023-11-20"})) ==
          strings({"Ann steps down after a board fight", "Beta opens a lab in Lisbon"}));
    CHECK(listed(cli, args({"--to", "2022-03-14"})) ==
          strings({"Ann founds Acme", "Acme raises a round"}));

    CHECK(listed(cli, args({"--company", "acme"})).size() == 3);
    CHECK(listed(cli, args({"--company", "Beta Corp", "--company", "Acme"})).size() == 5);
    CHECK(listed(cli, args({"--type", "funding"})) == strings({"Acme raises a round"}));
    CHECK(listed(cli, args({"--type", "appointment", "--type", "departure"})).size() == 3);
    CHECK(listed(cli, args({"--person", "cy young"})) == strings({"A pair takes over"}));
    CHECK(listed(cli, args({"--person", "Ann Lee", "--type", "departure"})) ==
          strings({"Ann steps down after a board fight"}));
    CHECK(listed(cli, args({"--search", "lisbon"})) == strings({"Beta opens a lab in Lisbon"}));
    CHECK(listed(cli, args({"--search", "board fi"})) ==
          strings({"Ann steps down after a board fight"}));
    CHECK(listed(cli, args({"--company", "Acme", "--from", "2024"})).isEmpty());
}

TEST_CASE("list --format json gives the interchange keys and each event's id")
{
    CliRunner cli;
    makeSmallDatabase(cli);
    const QJsonArray events = cli.listJson(db, args({"--type", "appointment"}));
    REQUIRE(events.size() == 2);
    const QJsonObject pair = events[1].toObject();
    CHECK(pair.value(QStringLiteral("id")).toInteger() == 3);
    CHECK(pair.value(QStringLiteral("date")).toString() == QStringLiteral("2022-03-15"));
    CHECK(pair.value(QStringLiteral("company")).toString() == QStringLiteral("Beta Corp"));
    CHECK(pair.value(QStringLiteral("type")).toString() == QStringLiteral("appointment"));
    CHECK(pair.value(QStringLiteral("people")).toArray() ==
          QJsonArray{QStringLiteral("Bob Stone"), QStringLiteral("Cy Young")});
    CHECK(pair.value(QStringLiteral("interim")).toBool());
    const QStringList keys =
        QStringList{QStringLiteral("id")} +
        QStringLiteral(
            "date,announced,company,company_id,type,people,role,interim,reason,reason_note,round,"
            "amount_usd,valuation_usd,currency,investors,acquirer,status,description,"
            "sources")
            .split(QLatin1Char(','));
    for (const QString &key : keys)
        CHECK(pair.contains(key));
    CHECK(pair.size() == keys.size());
}

TEST_CASE("list shows a table in aligned columns, cutting descriptions to the terminal width")
{
    CliRunner cli;
    cli.init(db, true);
    cli.setEnvironment(QStringLiteral("COLUMNS"), QStringLiteral("120"));
    const CliResult result =
        cli.runOn(db, args({"list", "--from", "2024-03-22", "--to", "2024-03-22"}));
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.outLines();
    INFO(result.outText().toStdString());
    // The three events of that day, and those known only to March 2024 (two) or 2024 (two),
    // since they may have happened on it.
    REQUIRE(lines.size() == 1 + 7);
    CHECK(lines[0].startsWith(QStringLiteral("ID")));
    for (const QString &column :
         strings({"DATE", "COMPANY", "TYPE", "PEOPLE", "ROLE / ROUND", "DESCRIPTION"}))
        CHECK(lines[0].contains(column));
    const qsizetype dateColumn = lines[0].indexOf(QLatin1String("DATE"));
    const qsizetype descriptionColumn = lines[0].indexOf(QLatin1String("DESCRIPTION"));
    for (const QString &line : lines) {
        CHECK(line.size() <= 120);
        CHECK(line.mid(dateColumn, 4).startsWith(QStringLiteral("2024")) == (line != lines[0]));
        CHECK(line.at(descriptionColumn - 1) == QLatin1Char(' '));
    }
    CHECK(result.outText().contains(QStringLiteral("Co-CEO (interim)")));
    CHECK(result.outText().contains(QChar(0x2026))); // the long descriptions end in "…"
}

TEST_CASE("list --limit lists the first events by date and says on standard error that more match")
{
    CliRunner cli;
    cli.init(db, true);
    const CliResult all = cli.runOn(db, args({"list", "--search", "Mostaque", "--format", "csv"}));
    REQUIRE(all.exitCode == 0);
    const QStringList allLines = all.outLines();
    REQUIRE(allLines.size() > 3); // a header and more than two events

    const CliResult two =
        cli.runOn(db, args({"list", "--search", "Mostaque", "--format", "csv", "--limit", "2"}));
    REQUIRE(two.exitCode == 0);
    CHECK(two.outLines() == allLines.mid(0, 3)); // the CSV stays a whole file: header, 2 events
    CHECK(two.errLines() ==
          QStringList{QStringLiteral(
              "tenure-cli: the first 2 events by date are listed; more match (--limit)")});

    // A limit the matches fit in says nothing more.
    const QString enough = QString::number(allLines.size());
    const CliResult whole = cli.runOn(
        db, args({"list", "--search", "Mostaque", "--format", "csv", "--limit"}) << enough);
    REQUIRE(whole.exitCode == 0);
    CHECK(whole.outLines() == allLines);
    CHECK(whole.err.isEmpty());

    const CliResult negative = cli.runOn(db, args({"list", "--limit", "-1"}));
    CHECK(negative.exitCode == 1);
    CHECK(QString::fromUtf8(negative.err)
              .contains(
                  QStringLiteral("--limit must be a whole number from 0 to 100000000, not '-1'")));
}

TEST_CASE("add prints the new event's id and list shows the event")
{
    CliRunner cli;
    makeSmallDatabase(cli);
    const CliResult added = cli.runOn(db, args({"add",
                                                "--date",
                                                "2024-09",
                                                "--type",
                                                "funding",
                                                "--company",
                                                "Acme",
                                                "--round",
                                                "Series B",
                                                "--amount",
                                                "$101M",
                                                "--valuation",
                                                "1.5 billion",
                                                "--status",
                                                "rumored",
                                                "--description",
                                                "Talks of a Series B",
                                                "--source-url",
                                                "https://example.com/acme",
                                                "--source-title",
                                                "Acme in talks"}));
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.outLines() == QStringList{QStringLiteral("6")});

    const QJsonArray found = cli.listJson(db, args({"--search", "Series B"}));
    REQUIRE(found.size() == 1);
    const QJsonObject event = found[0].toObject();
    CHECK(event.value(QStringLiteral("id")).toInteger() == 6);
    CHECK(event.value(QStringLiteral("amount_usd")).toInteger() == 101000000);
    CHECK(event.value(QStringLiteral("valuation_usd")).toInteger() == 1500000000);
    CHECK(event.value(QStringLiteral("status")).toString() == QStringLiteral("rumored"));
    CHECK(event.value(QStringLiteral("sources"))[0].toObject().value(QStringLiteral("title")) ==
          QStringLiteral("Acme in talks"));

    const CliResult appointed = cli.runOn(
        db, args({"add", "--date", "2024-10-01", "--type", "appointment", "--company", "Acme",
                  "--people", "Dee Park; Eve Stone", "--role", "Co-CEO", "--interim"}));
    REQUIRE(appointed.exitCode == 0);
    const QJsonObject pair = cli.listJson(db, args({"--person", "Eve Stone"}))[0].toObject();
    CHECK(pair.value(QStringLiteral("people")).toArray() ==
          QJsonArray{QStringLiteral("Dee Park"), QStringLiteral("Eve Stone")});
    CHECK(pair.value(QStringLiteral("interim")).toBool());
}

TEST_CASE("add with invalid values reports each problem and writes nothing")
{
    CliRunner cli;
    makeSmallDatabase(cli);
    const QByteArray before = cli.read(db);
    const CliResult result =
        cli.runOn(db, args({"add", "--date", "2024-13", "--type", "appointment", "--amount", "lots",
                            "--source-url", "ftp://example.com"}));
    CHECK(result.exitCode == 2);
    CHECK(result.out.isEmpty());
    INFO(result.err.toStdString());
    const QStringList lines = result.errLines();
    const auto reported = [&lines](const char *column) {
        const QString prefix =
            QStringLiteral("tenure-cli: ") + QLatin1String(column) + QStringLiteral(": ");
        return std::count_if(lines.cbegin(), lines.cend(),
                             [&](const QString &line) { return line.startsWith(prefix); });
    };
    CHECK(reported("date") == 1); // the unreadable date, not also "a date is required"
    CHECK(reported("company") == 1);
    CHECK(reported("people") == 1);
    CHECK(reported("role") == 1);
    CHECK(reported("amount_usd") == 1);
    CHECK(reported("source_url") == 1);
    CHECK(lines.size() == 6);

    const CliResult noType = cli.runOn(db, args({"add", "--date", "2024", "--company", "Acme"}));
    CHECK(noType.exitCode == 2);
    CHECK(noType.errLines().size() == 1);
    CHECK(noType.err.startsWith("tenure-cli: type: "));

    CHECK(cli.read(db) == before);
    CHECK(cli.listJson(db).size() == 5);
}

TEST_CASE("remove deletes one event, and an id that names none is invalid data")
{
    CliRunner cli;
    makeSmallDatabase(cli);
    const CliResult removed = cli.runOn(db, args({"remove", "2"}));
    INFO(removed.err.toStdString());
    REQUIRE(removed.exitCode == 0);
    CHECK(
        removed.outText().startsWith(QStringLiteral("Removed 2: 2021-06 Acme funding: Series A")));
    CHECK(listed(cli, args({"--company", "Acme"})) ==
          strings({"Ann founds Acme", "Ann steps down after a board fight"}));

    const QByteArray before = cli.read(db);
    const CliResult again = cli.runOn(db, args({"remove", "2"}));
    CHECK(again.exitCode == 2);
    CHECK(again.errLines() == QStringList{QStringLiteral("tenure-cli: no event with id 2")});
    CHECK(cli.read(db) == before);
}

TEST_CASE("tenures shows who held which post when, as a table or JSON")
{
    CliRunner cli;
    cli.init(db, true);

    const CliResult table = cli.runOn(db, args({"tenures"}));
    REQUIRE(table.exitCode == 0);
    const QStringList lines = table.outLines();
    REQUIRE(lines.size() > 1);
    CHECK(lines[0].startsWith(QStringLiteral("COMPANY")));
    const auto emad = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.contains(QLatin1String("Emad Mostaque")) &&
               line.contains(QLatin1String(" CEO "));
    });
    REQUIRE(emad != lines.cend());
    CHECK(emad->simplified() ==
          QStringLiteral("Stability AI Emad Mostaque CEO 2019 2024-03-22 departure"));
    CHECK(table.outText().contains(QLatin1String("Shan Shan Wong")));
    CHECK(table.outText().contains(QLatin1String("Co-CEO (interim)")));

    const CliResult json = cli.runOn(db, args({"tenures", "--format", "json"}));
    REQUIRE(json.exitCode == 0);
    const QJsonArray tenures = QJsonDocument::fromJson(json.out).array();
    REQUIRE_FALSE(tenures.isEmpty());
    const auto ceo = std::find_if(tenures.begin(), tenures.end(), [](const QJsonValue &value) {
        const QJsonObject tenure = value.toObject();
        return tenure.value(QStringLiteral("person")).toString() ==
                   QLatin1String("Emad Mostaque") &&
               tenure.value(QStringLiteral("role")).toString() == QLatin1String("CEO");
    });
    REQUIRE(ceo != tenures.end());
    const QJsonObject emadCeo = (*ceo).toObject();
    CHECK(emadCeo.value(QStringLiteral("company")).toString() == QStringLiteral("Stability AI"));
    CHECK(emadCeo.value(QStringLiteral("start")).toString() == QStringLiteral("2019"));
    CHECK(emadCeo.value(QStringLiteral("end")).toString().startsWith(QStringLiteral("2024-03")));
    CHECK(emadCeo.value(QStringLiteral("end_reason")).toString() == QStringLiteral("departure"));
    CHECK_FALSE(emadCeo.value(QStringLiteral("interim")).toBool());

    const auto prem = std::find_if(tenures.begin(), tenures.end(), [](const QJsonValue &value) {
        return value.toObject().value(QStringLiteral("person")).toString() ==
               QLatin1String("Prem Akkaraju");
    });
    REQUIRE(prem != tenures.end());
    CHECK((*prem).toObject().value(QStringLiteral("end")).isNull()); // still open
    CHECK((*prem).toObject().value(QStringLiteral("end_reason")).toString() ==
          QStringLiteral("open"));
}

TEST_CASE("tenures --company shows that company's tenures only")
{
    CliRunner cli;
    makeSmallDatabase(cli);
    const CliResult result = cli.runOn(db, args({"tenures", "--company", "beta corp"}));
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.outLines();
    REQUIRE(lines.size() == 3);
    CHECK(lines[1].simplified() ==
          QStringLiteral("Beta Corp Bob Stone Co-CEO (interim) 2022-03-15 open"));
    CHECK(lines[2].simplified() ==
          QStringLiteral("Beta Corp Cy Young Co-CEO (interim) 2022-03-15 open"));
}
