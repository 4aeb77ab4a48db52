// tenure-cli against hostile text: names that would command a terminal or a spreadsheet, files
// with thousands of problems, JSON that is almost JSON, searches for punctuation.

#include "clirunner.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>
#include <sqlite3.h>

namespace {
const QString db = QStringLiteral("events.sqlite");
const QByteArray fullHeader =
    "date,announced,company,company_id,type,people,role,interim,reason,reason_note,round,amount_"
    "usd,"
    "valuation_usd,currency,investors,acquirer,status,description,source_url,source_title,"
    "source_outlet,source_date,sources\n";
const QByteArray header = "date,company,type,people,role,interim,round,amount_usd,valuation_usd,"
                          "status,description,source_url,source_title\n";

void importCsv(const CliRunner &cli, const QByteArray &rows)
{
    cli.write(QStringLiteral("rows.csv"), header + rows);
    const CliResult imported = cli.runOn(db, args({"import", "rows.csv"}));
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
}

// Writes text into the database behind Tenure's back, as an older version or another program
// might have, to see what the commands make of it.
void plant(const CliRunner &cli, const char *sql)
{
    sqlite3 *handle = nullptr;
    REQUIRE(sqlite3_open(cli.path(db).toUtf8().constData(), &handle) == SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(handle, sql, nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(handle);
    REQUIRE(rc == SQLITE_OK);
}

bool hasRawControl(const QByteArray &bytes)
{
    return bytes.contains('\x1b') || bytes.contains("\xE2\x80\xAE") || bytes.contains('\x07');
}
} // namespace

TEST_CASE("add refuses a name with an escape sequence, naming the field, and writes nothing")
{
    CliRunner cli;
    cli.init(db);
    const QByteArray before = cli.read(db);
    const CliResult result = cli.runOn(db, args({"add", "--date", "2024", "--type", "appointment",
                                                 "--company", "Acme\x1b]0;owned\x07", "--people",
                                                 "Ann\xE2\x80\xAE"
                                                 "eeL",
                                                 "--role", "CEO"}));
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 2);
    CHECK_FALSE(hasRawControl(result.err));
    CHECK(result.errLines() ==
          QStringList{QStringLiteral("tenure-cli: company: the company 'Acme\\x1b]0;owned\\x07' "
                                     "contains the control character U+001B; remove it"),
                      QStringLiteral("tenure-cli: people: the name 'Ann\\u202eeeL' contains "
                                     "U+202E, which changes the direction text is shown in; "
                                     "remove it")});
    CHECK(cli.read(db) == before);
}

TEST_CASE("text already stored with control characters is shown escaped, and exported exactly")
{
    CliRunner cli;
    cli.init(db);
    importCsv(cli, "2024,Acme,appointment,Ann Lee,CEO,false,,,,,Ann joins,,\n");
    plant(cli, "UPDATE companies SET name = 'Acme' || char(27) || '[2J';"
               "UPDATE people SET name = 'Ann' || char(8238) || 'eeL';"
               "UPDATE events SET description = 'rings' || char(7) || ' the bell';");

    const CliResult table = cli.runOn(db, args({"list"}));
    INFO(table.err.toStdString());
    REQUIRE(table.exitCode == 0);
    CHECK_FALSE(hasRawControl(table.out));
    REQUIRE(table.outLines().size() == 2);
    CHECK(table.outLines()[1].contains(QStringLiteral("Acme\\x1b[2J")));
    CHECK(table.outLines()[1].contains(QStringLiteral("Ann\\u202eeeL")));
    CHECK(table.outLines()[1].contains(QStringLiteral("rings\\x07 the bell")));

    const CliResult tenures = cli.runOn(db, args({"tenures"}));
    REQUIRE(tenures.exitCode == 0);
    CHECK_FALSE(hasRawControl(tenures.out));
    CHECK(tenures.outText().contains(QStringLiteral("Acme\\x1b[2J")));

    // Machine formats carry the exact text: JSON escapes it its own way, export keeps the bytes.
    const QJsonArray json = cli.listJson(db);
    REQUIRE(json.size() == 1);
    CHECK(json[0].toObject().value(QStringLiteral("company")).toString() ==
          QStringLiteral("Acme\x1b[2J"));
    const CliResult exported = cli.runOn(db, args({"export"}));
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains("Acme\x1b[2J,,appointment,Ann\xE2\x80\xAE"
                                "eeL,CEO"));
}

TEST_CASE("an import with 1631 problems says exactly how many, listing the first 1000")
{
    CliRunner cli;
    cli.init(db);
    QByteArray rows;
    for (int i = 0; i < 1631; ++i)
        rows += "2024,Acme,meeting,,,,,,,,,,\n";
    cli.write(QStringLiteral("news.csv"), header + rows);
    const CliResult result = cli.runOn(db, args({"import", "news.csv"}));
    CHECK(result.exitCode == 2);
    const QStringList lines = result.errLines();
    REQUIRE(lines.size() == 1001);
    CHECK(lines[999] == QStringLiteral("news.csv:1001: type: 'meeting' is not a type: use "
                                       "appointment, departure, funding, acquisition or other"));
    CHECK(lines[1000] == QStringLiteral("tenure-cli: news.csv: 1631 problems; the first 1000 "
                                        "listed; nothing was imported"));
}

TEST_CASE("each import problem is one line, its value cut to 80 characters and escaped")
{
    CliRunner cli;
    cli.init(db);
    cli.write(QStringLiteral("news.csv"),
              header + "2024,Acme,\"meeting\n\x1b[2J" + QByteArray(5000, 'x') + "\",,,,,,,,,,\n");
    const CliResult result = cli.runOn(db, args({"import", "news.csv"}));
    CHECK(result.exitCode == 2);
    CHECK_FALSE(hasRawControl(result.err));
    const QStringList lines = result.errLines();
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == QStringLiteral("news.csv:2: type: 'meeting\\n\\x1b[2J%1…' is not a type: "
                                     "use appointment, departure, funding, acquisition or other")
                          .arg(QString(63, QLatin1Char('x'))));
    CHECK(lines[1] == QStringLiteral("tenure-cli: news.csv: 1 problem; nothing was imported"));
}

TEST_CASE("importing JSON that is only nearly JSON names the line and column")
{
    CliRunner cli;
    cli.init(db);
    cli.write(QStringLiteral("news.json"),
              "[\n  {\"date\": \"2024\", \"company\": \"Acme\", \"type\": \"funding\",\n"
              "   \"amount_usd\": 5.}\n]\n");
    const CliResult result = cli.runOn(db, args({"import", "news.json"}));
    CHECK(result.exitCode == 2);
    CHECK(result.errLines() ==
          QStringList{QStringLiteral("news.json:3: column 18: the file is not valid JSON: '5.' is "
                                     "not a number: a decimal point must be followed by digits, "
                                     "as in 5.0"),
                      QStringLiteral("tenure-cli: news.json: 1 problem; nothing was imported")});
}

TEST_CASE("export --safe neutralises cells a spreadsheet would run; plain export is exact")
{
    CliRunner cli;
    cli.init(db);
    const QByteArray row = "2024,\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",other,,+1,,-2,,,,"
                           "\"\tcmd\",,@SUM(A1)\n";
    importCsv(cli, row);

    const CliResult exact = cli.runOn(db, args({"export"}));
    REQUIRE(exact.exitCode == 0);
    CHECK(exact.out == fullHeader +
                           "2024,,\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",other,,+1,,,,"
                           "-2,,,,,,,\"\tcmd\",,@SUM(A1),,,\n");

    const QByteArray safeRow = "2024,,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",other,,'+1,,,,"
                               "'-2,,,,,,,'\tcmd,,'@SUM(A1),,,\n";
    const CliResult safe = cli.runOn(db, args({"export", "--safe"}));
    INFO(safe.err.toStdString());
    REQUIRE(safe.exitCode == 0);
    CHECK(safe.out == fullHeader + safeRow);

    const CliResult file = cli.runOn(db, args({"export", "--safe", "--out", "sheet.csv"}));
    REQUIRE(file.exitCode == 0);
    CHECK(cli.read(QStringLiteral("sheet.csv")) == fullHeader + safeRow);

    const CliResult json = cli.runOn(db, args({"export", "--safe", "--format", "json"}));
    CHECK(json.exitCode == 1);
    CHECK(json.err.startsWith("tenure-cli: --safe is for CSV"));
}

TEST_CASE("list --format csv is spreadsheet-safe and gives each event's id")
{
    CliRunner cli;
    cli.init(db);
    importCsv(cli, "2024,=1+1,other,,,,,,,,-x,,\n2023,Acme,other,,,,,,,,plain,,\n");
    const CliResult result = cli.runOn(db, args({"list", "--format", "csv"}));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out == "id," + fullHeader + "2,2023,,Acme,,other,,,,,,,,,,,,,plain,,,,,\n" +
                            "1,2024,,'=1+1,,other,,,,,,,,,,,,,'-x,,,,,\n");
}

TEST_CASE("help tells what export --safe and list --format csv do")
{
    CliRunner cli;
    const CliResult exportHelp = cli.run(args({"export", "--help"}));
    CHECK(exportHelp.outText().contains(QStringLiteral("--safe")));
    CHECK(exportHelp.outText().contains(QStringLiteral("formula")));
    const CliResult listHelp = cli.run(args({"list", "--help"}));
    CHECK(listHelp.outText().contains(QStringLiteral("csv")));
    CHECK(listHelp.outText().contains(QStringLiteral("spreadsheet-safe")));
}

TEST_CASE("list --search with no letters or digits lists nothing and says why")
{
    CliRunner cli;
    cli.init(db, true);
    for (const char *text : {"*", "^", "\"", "---"}) {
        INFO(text);
        const CliResult result =
            cli.runOn(db, args({"list", "--format", "json", "--search", text}));
        CHECK(result.exitCode == 0);
        CHECK(QJsonDocument::fromJson(result.out).array().isEmpty());
        CHECK(result.errLines() ==
              QStringList{QStringLiteral("tenure-cli: --search: '%1' has no letters or digits to "
                                         "search for, so it matches nothing")
                              .arg(QLatin1String(text))});
    }
    CHECK(cli.listJson(db, args({"--search", "mostaque*"})).size() > 0);
}
