// tenure-cli import of real-world files: --report, --skip-invalid, --rejects, --dry-run, warnings
// and duplicates.

#include "clirunner.h"
#include "testsupport.h"

#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace testsupport;

namespace {
const QString db = QStringLiteral("events.sqlite");
const QByteArray header = "date,company,type,people,role,interim,round,amount_usd,valuation_usd,"
                          "status,description,source_url,source_title\n";

void writeMixed(const CliRunner &cli)
{
    cli.write(QStringLiteral("mixed.csv"),
              readFile(QStringLiteral(TENURE_TEST_DATA_DIR "/import-mixed.csv")));
}
} // namespace

TEST_CASE("import --skip-invalid keeps the valid rows, says how many were kept and refused, and "
          "exits 4")
{
    CliRunner cli;
    cli.init(db);
    writeMixed(cli);
    const CliResult result =
        cli.runOn(db, args({"import", "mixed.csv", "--skip-invalid", "--rejects", "rejects.csv"}));
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 4);
    CHECK(result.outLines() ==
          QStringList{QStringLiteral(
              "Imported 9 events from mixed.csv; skipped 1 already in the database or earlier in "
              "the file; refused 3 rows with 3 problems; 9 warnings.")});
    CHECK(result.errLines().filter(QStringLiteral("warning: mixed.csv:")).size() == 9);
    CHECK(result.errLines().contains(
        QStringLiteral("mixed.csv:3: date: '2024-02-30' is not a calendar date")));
    CHECK(cli.listJson(db).size() == 9);

    const QStringList rejects = QString::fromUtf8(cli.read(QStringLiteral("rejects.csv")))
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(rejects.size() == 4);
    CHECK(rejects[0] == QStringLiteral("line,problem,") + QString::fromLatin1(header).trimmed());
    CHECK(rejects[1] == QStringLiteral("3,date: '2024-02-30' is not a calendar date,2024-02-30,"
                                       "Acme,appointment,Bob Stone,CTO,false,,,,,bad date,,"));
    CHECK(rejects[3].startsWith(QStringLiteral("14,the row has 9 fields where the header has 13")));

    // Fixed, the refused rows import as they are (line and problem are ignored).
    cli.write(QStringLiteral("fixed.csv"),
              (rejects[0] + QLatin1Char('\n') +
               QString(rejects[1]).replace(QStringLiteral("02-30"), QStringLiteral("02-29")) +
               QLatin1Char('\n'))
                  .toUtf8());
    const CliResult fixed = cli.runOn(db, args({"import", "fixed.csv"}));
    INFO(fixed.err.toStdString());
    CHECK(fixed.exitCode == 0);
    CHECK(cli.listJson(db).size() == 10);
}

TEST_CASE("without --skip-invalid an import is still all or nothing, and --report lists every "
          "problem and warning")
{
    CliRunner cli;
    cli.init(db);
    writeMixed(cli);
    const QByteArray before = cli.read(db);
    const CliResult result = cli.runOn(db, args({"import", "mixed.csv", "--report", "report.txt"}));
    CHECK(result.exitCode == 2);
    CHECK(result.errLines().last() ==
          QStringLiteral("tenure-cli: mixed.csv: 3 problems; 8 warnings; nothing was imported"));
    CHECK(cli.read(db) == before);
    const QStringList report =
        QString::fromUtf8(cli.read(QStringLiteral("report.txt"))).split(QLatin1Char('\n'));
    CHECK(report.at(0) == QStringLiteral("3 problems"));
    CHECK(report.at(1) == QStringLiteral("8 warnings"));
    CHECK(report.filter(QStringLiteral("problem: mixed.csv:")).size() == 3);
    CHECK(report.filter(QStringLiteral("warning: mixed.csv:")).size() == 8);
}

TEST_CASE("import --dry-run says what would be added, skipped and refused, and writes nothing")
{
    CliRunner cli;
    cli.init(db);
    writeMixed(cli);
    const QByteArray before = cli.read(db);
    const CliResult result =
        cli.runOn(db, args({"import", "mixed.csv", "--skip-invalid", "--dry-run"}));
    CHECK(result.exitCode == 4);
    CHECK(result.outLines() ==
          QStringList{QStringLiteral(
              "Would import 9 events from mixed.csv; skipped 1 already in the database or earlier "
              "in the file; refused 3 rows with 3 problems; 9 warnings; nothing was written.")});
    CHECK(cli.read(db) == before);
    CHECK(cli.listJson(db).isEmpty());
}

TEST_CASE("importing the same file twice adds nothing the second time")
{
    CliRunner cli;
    cli.init(db);
    cli.write(QStringLiteral("news.csv"),
              header + "2024-04,Acme,appointment,Bob Stone,CTO,false,,,,,Bob joins,,\n"
                       "2024-05,Acme,funding,,,,Seed,2000000,,completed,,,\n");
    REQUIRE(cli.runOn(db, args({"import", "news.csv"})).exitCode == 0);
    const CliResult again = cli.runOn(db, args({"import", "news.csv"}));
    CHECK(again.exitCode == 0);
    CHECK(again.outLines() ==
          QStringList{QStringLiteral("Imported 0 events from news.csv; skipped 2 already in the "
                                     "database or earlier in the file.")});
    CHECK(cli.listJson(db).size() == 2);
}

TEST_CASE("a file with only the required columns imports, with a warning")
{
    CliRunner cli;
    cli.init(db);
    cli.write(QStringLiteral("min.csv"),
              "date,company,type,people,role\n2024-06,Acme,appointment,Ann Lee,CEO\n");
    const CliResult result = cli.runOn(db, args({"import", "min.csv"}));
    CHECK(result.exitCode == 0);
    CHECK(result.errLines().size() == 1);
    CHECK(result.errLines().at(0).startsWith(
        QStringLiteral("warning: min.csv:1: the header has no columns interim, round")));
    CHECK(result.outLines() ==
          QStringList{QStringLiteral("Imported 1 event from min.csv; 1 warning.")});
}

TEST_CASE("import --encoding reads an old Mac Roman export with CR line ends")
{
    CliRunner cli;
    cli.init(db);
    cli.write(QStringLiteral("old.csv"),
              readFile(QStringLiteral(TENURE_TEST_DATA_DIR "/import-macroman.csv")));
    const CliResult plain = cli.runOn(db, args({"import", "old.csv"}));
    CHECK(plain.exitCode == 2);
    CHECK(plain.errLines().at(0).contains(QStringLiteral("--encoding macroman")));
    const CliResult result = cli.runOn(db, args({"import", "old.csv", "--encoding", "macroman"}));
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    const QJsonArray events = cli.listJson(db);
    REQUIRE(events.size() == 2);
    CHECK(events[0].toObject().value(QStringLiteral("company")).toString() ==
          QStringLiteral("Café Müllerei"));
    CHECK(cli.runOn(db, args({"import", "old.csv", "--encoding", "ebcdic"})).exitCode == 1);
}
