// tenure-cli note: notes pinned to a company's lane, at a date, over a period or to an event; in
// the JSON export and back.

#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace {
const QString db = QStringLiteral("events.sqlite");
} // namespace

TEST_CASE("note add prints the id, note list shows it, note remove takes it away")
{
    CliRunner cli;
    cli.init(db, true); // the Stability AI sample
    CliResult added =
        cli.runOn(db, args({"note", "add", "--company", "Stability AI", "--date", "2023-06", "--to",
                            "2023-10", "--text", "Failed raise at $4B"}));
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.trimmed() == QByteArray("1"));

    // Pinned to an event: its company and date come from it.
    const QJsonArray events =
        cli.listJson(db, {QStringLiteral("--search"), QStringLiteral("Mostaque"),
                          QStringLiteral("--type"), QStringLiteral("departure")});
    REQUIRE_FALSE(events.isEmpty());
    const QString eventId =
        QString::number(events.at(0).toObject().value(QStringLiteral("id")).toInteger());
    added = cli.runOn(db, QStringList{QStringLiteral("note"), QStringLiteral("add"),
                                      QStringLiteral("--event"), eventId, QStringLiteral("--text"),
                                      QStringLiteral("Mostaque: 'to pursue decentralised AI'")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.trimmed() == QByteArray("2"));

    const CliResult listed = cli.runOn(db, args({"note", "list", "--company", "stability ai"}));
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains("2023-06"));
    CHECK(listed.out.contains("2023-10"));
    CHECK(listed.out.contains("Failed raise at $4B"));
    // At the event's date, with its id.
    CHECK(listed.outText().contains(
        events.at(0).toObject().value(QStringLiteral("date")).toString() + QStringLiteral("  ")));
    CHECK(listed.outText().contains(eventId + QStringLiteral("  Mostaque")));
    CHECK(listed.out.contains("2 notes."));

    const CliResult removed = cli.runOn(db, args({"note", "remove", "1"}));
    REQUIRE(removed.exitCode == 0);
    CHECK(removed.out.contains("Removed note 1: 2023-06 – 2023-10 Stability AI: Failed raise"));
    CHECK(cli.runOn(db, args({"note", "list"})).out.contains("1 note."));
    CHECK(cli.runOn(db, args({"note", "remove", "1"})).exitCode == 2);
}

TEST_CASE("a wrong note is refused with what is wrong, and nothing is stored")
{
    CliRunner cli;
    cli.init(db, true);
    const auto refused = [&](const QStringList &arguments, const char *message) {
        const CliResult result = cli.runOn(db, arguments);
        INFO(result.err.toStdString());
        CHECK(result.exitCode != 0);
        CHECK(result.err.contains(QLatin1String(message)));
    };
    refused(args({"note", "add", "--company", "Stability AI", "--date", "2024-13", "--text", "x"}),
            "date: '2024-13' is not a date");
    refused(args({"note", "add", "--company", "Stability AI", "--date", "2024", "--to", "2023",
                  "--text", "x"}),
            "the period ends (2023) before it starts (2024)");
    refused(args({"note", "add", "--company", "Stability AI", "--date", "2024"}),
            "a note needs a text");
    refused(args({"note", "add", "--company", "Nobody Inc", "--date", "2024", "--text", "x"}),
            "no company named 'Nobody Inc'");
    refused(args({"note", "add", "--event", "999", "--text", "x"}), "no event with id 999");
    refused(args({"note", "remove"}), "note remove needs the note's ID");
    refused(args({"note", "frobnicate"}), "'frobnicate' is not an action");
    CHECK(cli.runOn(db, args({"note", "list"})).out.contains("0 notes."));
}

TEST_CASE("notes travel in the JSON export, and importing twice adds them once")
{
    CliRunner cli;
    cli.init(db, true);
    REQUIRE(cli.runOn(db, args({"note", "add", "--company", "Stability AI", "--date", "2024-03",
                                "--text", "Two interim co-CEOs"}))
                .exitCode == 0);
    const CliResult exported = cli.runOn(db, args({"export", "--format", "json"}));
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(
        "\"notes\": [\n    {\"company\": \"Stability AI\", \"date\": "
        "\"2024-03\", \"to\": \"\", \"text\": \"Two interim co-CEOs\"}\n  ]"));
    testsupport::writeFile(cli.path(QStringLiteral("all.json")), exported.out);

    const QString copy = QStringLiteral("copy.sqlite");
    cli.init(copy);
    for (int round = 0; round < 2; ++round) {
        const CliResult imported = cli.runOn(copy, args({"import", "all.json"}));
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
    }
    const CliResult listed = cli.runOn(copy, args({"note", "list"}));
    CHECK(listed.out.contains("Two interim co-CEOs"));
    CHECK(listed.out.contains("1 note."));
    CHECK(cli.runOn(copy, args({"export", "--format", "json"})).out == exported.out);
}
