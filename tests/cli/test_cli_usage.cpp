// tenure-cli's help, and how it answers wrong usage: exit status 1, one line on stderr that says
// what is wrong and where help is, and nothing read or written.

#include "clirunner.h"

#include <QFile>

#include <catch2/catch.hpp>

namespace {
const QStringList commands =
    args({"init", "import", "export", "list", "add", "remove", "tenures", "render"});
} // namespace

TEST_CASE("the help lists every command and the exit statuses")
{
    CliRunner cli;
    for (const QStringList &asked : {args({"--help"}), args({"-h"}), args({"help"})}) {
        const CliResult help = cli.run(asked);
        REQUIRE(help.exitCode == 0);
        CHECK(help.err.isEmpty());
        CHECK(help.outText().startsWith(QStringLiteral("Usage: tenure-cli [--db PATH] COMMAND")));
        for (const QString &command : commands) {
            INFO(command.toStdString());
            CHECK(help.outText().contains(QStringLiteral("\n  ") + command + QLatin1Char(' ')));
        }
        CHECK(help.outText().contains(QLatin1String("3 the database cannot be used")));
        CHECK(help.outText().contains(QLatin1String("4 import --skip-invalid")));
    }
    CHECK_FALSE(QFile::exists(cli.defaultDatabasePath())); // help opens no database
}

TEST_CASE("each command's help lists its options and arguments")
{
    CliRunner cli;
    const QList<std::pair<const char *, QStringList>> expected = {
        {"init", args({"--sample"})},
        {"import", args({"FILE", "--report FILE", "--skip-invalid", "--rejects FILE", "--dry-run",
                         "--encoding NAME"})},
        {"export", args({"--format FORMAT", "--out FILE"})},
        {"list", args({"--from DATE", "--to DATE", "--company NAME", "--type TYPE", "--person NAME",
                       "--search TEXT", "--format FORMAT"})},
        {"add", args({"--date DATE", "--type TYPE", "--company NAME", "--people NAMES",
                      "--role ROLE", "--interim", "--round ROUND", "--amount AMOUNT",
                      "--valuation AMOUNT", "--status STATUS", "--description TEXT",
                      "--source-url URL", "--source-title TITLE"})},
        {"remove", args({"ID"})},
        {"tenures", args({"--company NAME", "--format FORMAT"})},
    };
    for (const auto &[command, options] : expected) {
        INFO(command);
        for (const QStringList &asked :
             {args({command, "--help"}), args({"help", command}), args({"--help", command})}) {
            const CliResult help = cli.run(asked);
            REQUIRE(help.exitCode == 0);
            CHECK(help.outText().startsWith(QStringLiteral("Usage: tenure-cli [--db PATH] ") +
                                            QLatin1String(command)));
            for (const QString &option : options + args({"--db PATH", "-h, --help"})) {
                INFO(option.toStdString());
                CHECK(help.outText().contains(option));
            }
        }
    }
}

TEST_CASE("wrong usage exits with status 1 and one line saying what is wrong and where help is")
{
    CliRunner cli;
    cli.init(QStringLiteral("events.sqlite"), true);
    const QByteArray before = cli.read(QStringLiteral("events.sqlite"));

    struct Case
    {
        QStringList arguments;
        const char *message; // what the line says, before the pointer to help
        const char *help;    // the help it points at
    };
    // Usage is checked before any database is opened, so these name one that exists.
    const auto onDb = [](std::initializer_list<const char *> list) {
        return args({"--db", "events.sqlite"}) + args(list);
    };
    const QList<Case> cases = {
        {{}, "no command given", "tenure-cli --help"},
        {args({"frobnicate"}), "'frobnicate' is not a tenure-cli command", "tenure-cli --help"},
        {args({"--verbose", "list"}), "unknown option 'verbose'", "tenure-cli --help"},
        {args({"--db"}), "missing value after '--db'", "tenure-cli --help"},
        {args({"--db", "", "list"}), "--db needs a file path", "tenure-cli --help"},
        {args({"help", "frobnicate"}), "'frobnicate' is not a tenure-cli command",
         "tenure-cli --help"},
        {onDb({"list", "--frm", "2024"}), "unknown option 'frm'", "tenure-cli list --help"},
        {onDb({"list", "--from"}), "missing value after '--from'", "tenure-cli list --help"},
        {onDb({"list", "--from", "March"}),
         "--from: 'March' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD",
         "tenure-cli list --help"},
        {onDb({"list", "--from", "2024", "--to", "2023"}), "--from 2024 is after --to 2023",
         "tenure-cli list --help"},
        {onDb({"list", "--type", "hiring"}),
         "--type must be appointment, departure, funding, other, acquisition, not 'hiring'",
         "tenure-cli list --help"},
        {onDb({"list", "--format", "xml"}), "--format must be table or json or csv, not 'xml'",
         "tenure-cli list --help"},
        {onDb({"list", "extra"}), "unexpected argument 'extra'", "tenure-cli list --help"},
        {onDb({"tenures", "--format", "csv"}), "--format must be table or json, not 'csv'",
         "tenure-cli tenures --help"},
        {onDb({"export", "--format", "xml"}), "--format must be csv or json, not 'xml'",
         "tenure-cli export --help"},
        {onDb({"import"}), "import needs FILE", "tenure-cli import --help"},
        {onDb({"remove"}), "remove needs ID", "tenure-cli remove --help"},
        {onDb({"remove", "abc"}), "'abc' is not an event id (a whole number, as list shows)",
         "tenure-cli remove --help"},
        {onDb({"init", "--sample=yes"}), "unexpected value after '--sample'",
         "tenure-cli init --help"},
    };
    for (const Case &wrong : cases) {
        const CliResult result = cli.run(wrong.arguments);
        INFO(wrong.arguments.join(QLatin1Char(' ')).toStdString() + " -> " +
             result.err.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.out.isEmpty());
        CHECK(result.errLines() ==
              QStringList{QStringLiteral("tenure-cli: %1 (see %2)")
                              .arg(QLatin1String(wrong.message), QLatin1String(wrong.help))});
    }
    CHECK(cli.read(QStringLiteral("events.sqlite")) == before);
    CHECK_FALSE(QFile::exists(cli.defaultDatabasePath())); // wrong usage opens no database
}

TEST_CASE("the database may also be named after the command")
{
    CliRunner cli;
    cli.init(QStringLiteral("events.sqlite"), true);
    const CliResult result = cli.run(args({"list", "--db", "events.sqlite", "--format", "json"}));
    CHECK(result.exitCode == 0);
    CHECK(result.outText().contains(QLatin1String("Emad Mostaque")));
    CHECK_FALSE(QFile::exists(cli.defaultDatabasePath()));
}
