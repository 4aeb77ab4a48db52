// tenure-cli and the spellings of names: import warns about likely variants, `people
// --variants` and `companies --variants` list them, `merge` joins them.

#include "clirunner.h"
#include "testsupport.h"

#include <QJsonObject>

#include <catch2/catch.hpp>

namespace {
const QString db = QStringLiteral("names.sqlite");

void importStored(const CliRunner &cli)
{
    cli.write(QStringLiteral("stored.csv"),
              "date,company,type,people,role\n"
              "2015,CSER,appointment,Seán Ó hÉigeartaigh,Executive Director\n"
              "2021,CFI,appointment,Seán Ó hÉigeartaigh;Huw Price,Board member\n"
              "2023,OpenAI,appointment,Emad Mostaque,Advisor\n");
    const CliResult result = cli.runOn(db, args({"import", "stored.csv"}));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
}

// The names in the people of every stored event, in order, for comparing whole databases.
QStringList peopleOfEvents(const CliRunner &cli)
{
    QStringList all;
    for (const QJsonValue &event : cli.listJson(db)) {
        QStringList names;
        for (const QJsonValue &name : event.toObject().value(QStringLiteral("people")).toArray())
            names << name.toString();
        all << event.toObject().value(QStringLiteral("company")).toString() + QStringLiteral(": ") +
                   names.join(QLatin1Char(';'));
    }
    return all;
}
} // namespace

TEST_CASE("import warns about a name that may be a stored one spelt differently, in its output, "
          "its --report and a --dry-run, and imports it as written")
{
    CliRunner cli;
    cli.init(db);
    importStored(cli);
    cli.write(QStringLiteral("more.csv"),
              "date,company,type,people,role\n"
              "2024,C.S.E.R.,departure,Sean O hEigeartaigh,Executive Director\n"
              "2024-03,OpenAI,departure,emad mostaque,Advisor\n"
              "2024-04,CFI,departure,Sean O hEigeartaigh,Board member\n");
    const QString person = QStringLiteral(
        "warning: more.csv:2: people: 'Sean O hEigeartaigh' may be the same person as 'Seán Ó "
        "hÉigeartaigh' (in the database); imported as written (on 2 rows)");
    const QString company = QStringLiteral(
        "warning: more.csv:2: company: 'C.S.E.R.' may be the same company as 'CSER' (in the "
        "database); imported as written");

    const CliResult dry = cli.runOn(db, args({"import", "more.csv", "--dry-run"}));
    CHECK(dry.exitCode == 0);
    CHECK(dry.errLines().contains(person));
    CHECK(dry.errLines().contains(company));
    // "emad mostaque" is "Emad Mostaque" to the store (only the case of A-Z differs): no warning.
    CHECK(dry.errLines().filter(QStringLiteral("mostaque"), Qt::CaseInsensitive).isEmpty());
    CHECK(dry.outLines() ==
          QStringList{QStringLiteral("Would import 3 events from more.csv; 3 warnings; nothing was "
                                     "written.")});
    CHECK(cli.listJson(db).size() == 3);

    const CliResult result = cli.runOn(db, args({"import", "more.csv", "--report", "report.txt"}));
    CHECK(result.exitCode == 0);
    const QStringList report =
        QString::fromUtf8(cli.read(QStringLiteral("report.txt"))).split(QLatin1Char('\n'));
    CHECK(report.at(1) == QStringLiteral("3 warnings"));
    CHECK(report.contains(person));
    CHECK(report.contains(company));
    CHECK(cli.listJson(db, {QStringLiteral("--person"), QStringLiteral("Sean O hEigeartaigh")})
              .size() == 2);
}

TEST_CASE("a variant within one file is reported on its own line, naming the earlier one")
{
    CliRunner cli;
    cli.init(db);
    cli.write(QStringLiteral("one.csv"), "date,company,type,people,role\n"
                                         "2015,CSER,appointment,Seán Ó hÉigeartaigh,Director\n"
                                         "2024,CSER,departure,Sean O'hEigeartaigh,Director\n");
    const CliResult result = cli.runOn(db, args({"import", "one.csv"}));
    CHECK(result.exitCode == 0);
    CHECK(result.errLines().contains(QStringLiteral(
        "warning: one.csv:3: people: 'Sean O'hEigeartaigh' may be the same person as 'Seán Ó "
        "hÉigeartaigh' (line 2); imported as written")));
}

TEST_CASE("people --variants and companies --variants list the likely variants and how to merge "
          "them")
{
    CliRunner cli;
    cli.init(db);
    importStored(cli);
    cli.write(QStringLiteral("more.csv"), "date,company,type,people,role\n"
                                          "2024,Open AI,departure,Sean O hEigeartaigh,Director\n");
    REQUIRE(cli.runOn(db, args({"import", "more.csv"})).exitCode == 0);

    const CliResult people = cli.runOn(db, args({"people", "--variants"}));
    CHECK(people.exitCode == 0);
    CHECK(people.outLines() ==
          QStringList({QStringLiteral("GROUP  PERSON               EVENTS"),
                       QStringLiteral("    1  Sean O hEigeartaigh       1"),
                       QStringLiteral("    1  Seán Ó hÉigeartaigh       2"),
                       QStringLiteral("1 group of names that differ only in case, accents, "
                                      "punctuation or spacing."),
                       QStringLiteral("To merge one: tenure-cli merge --person \"Sean O "
                                      "hEigeartaigh\" --into \"Seán Ó hÉigeartaigh\"")}));
    const CliResult companies = cli.runOn(db, args({"companies", "--variants"}));
    CHECK(companies.exitCode == 0);
    CHECK(companies.outLines().mid(0, 3) ==
          QStringList({QStringLiteral("GROUP  COMPANY  EVENTS"),
                       QStringLiteral("    1  Open AI       1"),
                       QStringLiteral("    1  OpenAI        1")}));
    const CliResult all = cli.runOn(db, args({"people"}));
    CHECK(all.outLines().last() == QStringLiteral("4 people."));
}

TEST_CASE("merge joins spellings into the kept name in one transaction, never naming a person "
          "twice on one event")
{
    CliRunner cli;
    cli.init(db);
    importStored(cli);
    cli.write(QStringLiteral("more.csv"),
              "date,company,type,people,role\n"
              "2024,CSER,departure,Sean O hEigeartaigh,Executive Director\n"
              "2024-02,CFI,other,Seán Ó hÉigeartaigh;Sean O'hEigeartaigh,\n");
    REQUIRE(cli.runOn(db, args({"import", "more.csv"})).exitCode == 0);

    // One name that does not exist: nothing is merged, not even the others.
    const CliResult missing =
        cli.runOn(db, args({"merge", "--person", "Sean O hEigeartaigh", "--person", "Nobody",
                            "--into", "Seán Ó hÉigeartaigh"}));
    CHECK(missing.exitCode == 2);
    CHECK(missing.errLines() ==
          QStringList{QStringLiteral("tenure-cli: no person named 'Nobody'")});
    CHECK(peopleOfEvents(cli).filter(QStringLiteral("Sean O hEigeartaigh")).size() == 1);

    const CliResult merged =
        cli.runOn(db, args({"merge", "--person", "Sean O hEigeartaigh", "--person",
                            "Sean O'hEigeartaigh", "--into", "Seán Ó hÉigeartaigh"}));
    INFO(merged.err.toStdString());
    CHECK(merged.exitCode == 0);
    CHECK(merged.outLines() ==
          QStringList{QStringLiteral("Merged 'Sean O hEigeartaigh', 'Sean O'hEigeartaigh' into "
                                     "'Seán Ó hÉigeartaigh'; 4 events name it now.")});
    CHECK(peopleOfEvents(cli) == QStringList({QStringLiteral("CSER: Seán Ó hÉigeartaigh"),
                                              QStringLiteral("CFI: Seán Ó hÉigeartaigh;Huw Price"),
                                              QStringLiteral("OpenAI: Emad Mostaque"),
                                              QStringLiteral("CSER: Seán Ó hÉigeartaigh"),
                                              QStringLiteral("CFI: Seán Ó hÉigeartaigh")}));
    CHECK(cli.runOn(db, args({"people", "--variants"}))
              .outLines()
              .last()
              .startsWith(QStringLiteral("0 groups")));

    const CliResult companies =
        cli.runOn(db, args({"merge", "--company", "CFI", "--into", "CSER"}));
    CHECK(companies.exitCode == 0);
    CHECK(cli.listJson(db, {QStringLiteral("--company"), QStringLiteral("CSER")}).size() == 4);
    CHECK(cli.listJson(db, {QStringLiteral("--company"), QStringLiteral("CFI")}).isEmpty());
}

TEST_CASE("merge says what is wrong with its command line")
{
    CliRunner cli;
    cli.init(db);
    importStored(cli);
    const QByteArray before = cli.read(db);
    CHECK(cli.runOn(db, args({"merge", "--into", "CSER"})).exitCode == 1);
    CHECK(cli.runOn(db, args({"merge", "--company", "CFI"})).exitCode == 1);
    CHECK(cli.runOn(db,
                    args({"merge", "--company", "CFI", "--person", "Huw Price", "--into", "CSER"}))
              .exitCode == 1);
    const CliResult itself = cli.runOn(db, args({"merge", "--company", "cser", "--into", "CSER"}));
    CHECK(itself.exitCode == 1);
    CHECK(itself.errLines().at(0).contains(QStringLiteral("other than 'CSER'")));
    CHECK(cli.read(db) == before);
}
