// tenure-cli with the fields of schema 6: add's options for them, list's and export's output,
// and role mappings carried by a JSON export into another database, all or nothing.

#include "clirunner.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace {
const QString db = QStringLiteral("events.sqlite");
} // namespace

TEST_CASE("add takes a reason, an announcement, an acquisition and several sources")
{
    CliRunner cli;
    cli.init(db);
    CliResult added =
        cli.runOn(db, args({"add",
                            "--date",
                            "2024-03-22",
                            "--announced",
                            "2024-03",
                            "--type",
                            "departure",
                            "--company",
                            "Stability AI",
                            "--people",
                            "Emad Mostaque",
                            "--role",
                            "CEO",
                            "--reason",
                            "resigned",
                            "--reason-note",
                            "to pursue decentralized AI",
                            "--source-url",
                            "https://siliconangle.com/x",
                            "--source-outlet",
                            "SiliconANGLE",
                            "--source",
                            "https://axios.com/y | 2024-03-23 | Axios | Stability CEO resigns"}));
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    added = cli.runOn(db, args({"add", "--date", "2016-06-13", "--type", "acquisition", "--company",
                                "LinkedIn", "--acquirer", "Microsoft", "--amount", "€26.2B"}));
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);

    const QJsonArray events = cli.listJson(db);
    REQUIRE(events.size() == 2);
    const QJsonObject sale = events.at(0).toObject();
    CHECK(sale.value(QStringLiteral("type")).toString() == QStringLiteral("acquisition"));
    CHECK(sale.value(QStringLiteral("acquirer")).toString() == QStringLiteral("Microsoft"));
    CHECK(sale.value(QStringLiteral("currency")).toString() == QStringLiteral("EUR"));
    CHECK(sale.value(QStringLiteral("amount_usd")).toInteger() == 26'200'000'000);
    const QJsonObject left = events.at(1).toObject();
    CHECK(left.value(QStringLiteral("reason")).toString() == QStringLiteral("resigned"));
    CHECK(left.value(QStringLiteral("announced")).toString() == QStringLiteral("2024-03"));
    const QJsonArray sources = left.value(QStringLiteral("sources")).toArray();
    REQUIRE(sources.size() == 2);
    CHECK(sources.at(1).toObject().value(QStringLiteral("outlet")).toString() ==
          QStringLiteral("Axios"));

    const CliResult table = cli.runOn(db, args({"list", "--type", "acquisition"}));
    REQUIRE(table.exitCode == 0);
    CHECK(table.outText().contains(QStringLiteral("by Microsoft €26B")));
    CHECK_FALSE(table.outText().contains(QStringLiteral("Emad")));
    const CliResult reasons = cli.runOn(db, args({"list", "--type", "departure"}));
    CHECK(reasons.outText().contains(QStringLiteral("CEO [resigned]")));

    const CliResult csv = cli.runOn(db, args({"export", "--format", "csv"}));
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.outText().contains(QStringLiteral(
        "https://siliconangle.com/x,,SiliconANGLE,,https://axios.com/y | 2024-03-23 | Axios | "
        "Stability CEO resigns\n")));
}

TEST_CASE("add refuses a reason that is not on the list, or on a type that has none")
{
    CliRunner cli;
    cli.init(db);
    CliResult result =
        cli.runOn(db, args({"add", "--date", "2024", "--type", "departure", "--company", "Acme",
                            "--people", "Ann", "--role", "CEO", "--reason", "fired"}));
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains("reason: 'fired' is not a reason: use dismissed-performance"));
    result = cli.runOn(db, args({"add", "--date", "2024", "--type", "funding", "--company", "Acme",
                                 "--amount", "€5M", "--currency", "GBP"}));
    CHECK(result.exitCode == 2);
    CHECK(result.errLines() ==
          QStringList{QStringLiteral("tenure-cli: currency: --currency says 'GBP' but the amount "
                                     "is in EUR")});
    CHECK(cli.listJson(db).isEmpty());
}

TEST_CASE("a JSON export carries the role mappings into another database with its events")
{
    CliRunner cli;
    cli.init(db);
    REQUIRE(cli.runOn(db, args({"roles", "--map", "Managing Director", "--to", "chief_executive"}))
                .exitCode == 0);
    REQUIRE(cli.runOn(db, args({"add", "--date", "2020", "--type", "appointment", "--company",
                                "Acme", "--people", "Ann", "--role", "Managing Director"}))
                .exitCode == 0);
    REQUIRE(cli.runOn(db, args({"export", "--out", "all.json"})).exitCode == 0);
    CHECK(cli.read(QStringLiteral("all.json"))
              .contains("\"role_aliases\": [\n    {\"title\": \"Managing Director\", \"role\": "
                        "\"chief_executive\"}\n  ]"));

    const QString other = QStringLiteral("other.sqlite");
    cli.init(other);
    const CliResult imported = cli.runOn(other, args({"import", "all.json"}));
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const CliResult explained = cli.runOn(other, args({"roles", "--explain", "Managing Director"}));
    CHECK(explained.outText().contains(QStringLiteral("chief_executive")));

    // A database that maps the title otherwise refuses the file whole: no event, no mapping.
    const QString third = QStringLiteral("third.sqlite");
    cli.init(third);
    REQUIRE(cli.runOn(third, args({"roles", "--map", "managing director", "--to", "president"}))
                .exitCode == 0);
    const CliResult refused = cli.runOn(third, args({"import", "all.json"}));
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("this database maps it to"));
    CHECK(cli.listJson(third).isEmpty());
}

TEST_CASE("add --company-id keeps two companies of one name apart, and companies lists both")
{
    CliRunner cli;
    cli.init(db);
    for (const char *identifier : {"https://mercury.com/", "Q1111"}) {
        const CliResult added =
            cli.runOn(db, args({"add", "--date", "2020", "--type", "other", "--company", "Mercury",
                                "--company-id", identifier, "--description", "founded"}));
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
    }
    const CliResult bad = cli.runOn(db, args({"add", "--date", "2020", "--type", "other",
                                              "--company", "Mercury", "--company-id", "a b"}));
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains("company_id: 'a b' is not a company identifier"));

    const QJsonArray events = cli.listJson(db);
    REQUIRE(events.size() == 2);
    CHECK(events.at(0).toObject().value(QStringLiteral("company_id")).toString() ==
          QStringLiteral("mercury.com"));
    CHECK(events.at(1).toObject().value(QStringLiteral("company")).toString() ==
          QStringLiteral("Mercury (Q1111)"));
    const CliResult companies = cli.runOn(db, args({"companies"}));
    REQUIRE(companies.exitCode == 0);
    CHECK(companies.out.contains("IDENTIFIER"));
    CHECK(companies.out.contains("mercury.com"));
    CHECK(companies.out.contains("Mercury (Q1111)"));
    CHECK(companies.out.contains("2 companies."));
}
