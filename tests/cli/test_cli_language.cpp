// tenure-cli in Spanish and English: a chart's language is an option of its own, messages follow
// the system's language, and machine output (CSV, JSON, ISO dates) never does.

#include "clirunner.h"

#include <catch2/catch.hpp>

namespace {
CliRunner withSample()
{
    CliRunner cli;
    cli.init(QStringLiteral("s.sqlite"), true);
    return cli;
}

// Renders the sample's timeline (or `chart`) to `name` as SVG and returns its text.
QString renderSvg(const CliRunner &cli, const QString &name, const QStringList &extra,
                  const QString &chart = QStringLiteral("timeline"))
{
    const CliResult result = cli.runOn(
        QStringLiteral("s.sqlite"), QStringList{QStringLiteral("render"), QStringLiteral("--out"),
                                                name, QStringLiteral("--chart"), chart} +
                                        extra);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return QString::fromUtf8(cli.read(name));
}

bool hasText(const QString &svg, const QString &text)
{
    return svg.contains(QLatin1Char('>') + text + QLatin1Char('<'));
}
} // namespace

TEST_CASE("render --lang es draws a Spanish legend, axis and sources line in an English system")
{
    const CliRunner cli = withSample();
    const QString svg = renderSvg(cli, QStringLiteral("es.svg"), args({"--lang", "es"}));
    CHECK(hasText(svg, QStringLiteral("Nombramiento")));
    CHECK(hasText(svg, QStringLiteral("Mandato interino")));
    CHECK(svg.contains(QStringLiteral(">Fuentes: ")));
    // Dates as Spanish readers write them: "22 mar 2024 · Salida: Emad Mostaque, …".
    CHECK(svg.contains(QStringLiteral(">22 mar 2024 · Salida: Emad Mostaque")));
    CHECK_FALSE(hasText(svg, QStringLiteral("Appointment")));
    CHECK_FALSE(svg.contains(QStringLiteral(">Sources: ")));

    const QString funding = renderSvg(cli, QStringLiteral("fes.svg"), args({"--lang", "es"}),
                                      QStringLiteral("funding"));
    CHECK(hasText(funding, QStringLiteral("Seed 101 millones US$")));
    CHECK(hasText(funding, QStringLiteral("Importe captado")));
}

TEST_CASE("render --lang en draws an English chart in a Spanish system, and without --lang the "
          "chart follows the system")
{
    CliRunner cli = withSample();
    cli.setEnvironment(QStringLiteral("LANG"), QStringLiteral("es_ES.UTF-8"));
    const QString english = renderSvg(cli, QStringLiteral("en.svg"), args({"--lang", "en"}));
    CHECK(hasText(english, QStringLiteral("Appointment")));
    CHECK(english.contains(QStringLiteral(">Sources: ")));
    CHECK(english.contains(QStringLiteral(">22 Mar 2024 · Departure: Emad Mostaque")));
    CHECK_FALSE(hasText(english, QStringLiteral("Nombramiento")));

    const QString system = renderSvg(cli, QStringLiteral("system.svg"), {});
    CHECK(hasText(system, QStringLiteral("Nombramiento")));
}

TEST_CASE("render --lang takes only the languages Tenure speaks")
{
    const CliRunner cli = withSample();
    const CliResult result =
        cli.runOn(QStringLiteral("s.sqlite"), args({"render", "--out", "x.svg", "--lang", "fr"}));
    CHECK(result.exitCode == 1);
    CHECK(result.errLines().value(0).contains(QStringLiteral("--lang must be en or es, not 'fr'")));
}

TEST_CASE("list, tenures and export write the same CSV and JSON in Spanish as in the C locale")
{
    CliRunner cli = withSample();
    const QList<QStringList> commands = {
        args({"list", "--format", "csv"}),     args({"list", "--format", "json"}),
        args({"tenures", "--format", "json"}), args({"export", "--format", "csv"}),
        args({"export", "--format", "json"}),
    };
    QList<QByteArray> inC;
    for (const QStringList &command : commands) {
        const CliResult result = cli.runOn(QStringLiteral("s.sqlite"), command);
        INFO(command.join(QLatin1Char(' ')).toStdString() << ": " << result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        REQUIRE(result.out.size() > 100);
        inC << result.out;
    }
    for (const char *lang : {"es_ES.UTF-8", "es_MX.UTF-8"}) {
        cli.setEnvironment(QStringLiteral("LANG"), QString::fromLatin1(lang));
        cli.setEnvironment(QStringLiteral("LANGUAGE"), QStringLiteral("es"));
        for (qsizetype i = 0; i < commands.size(); ++i) {
            INFO(lang << ": " << commands[i].join(QLatin1Char(' ')).toStdString());
            CHECK(cli.runOn(QStringLiteral("s.sqlite"), commands[i]).out == inC[i]);
        }
    }
}

namespace {
// A runner whose system speaks `lang` through LANG alone (the runner clears LC_ALL and LANGUAGE).
CliRunner inLanguage(const char *lang)
{
    CliRunner cli = withSample();
    cli.setEnvironment(QStringLiteral("LANG"), QString::fromLatin1(lang));
    return cli;
}
} // namespace

TEST_CASE("in a Spanish system the help, its headings and the option descriptions are Spanish; "
          "commands and options keep their names")
{
    const CliRunner cli = inLanguage("es_ES.UTF-8");
    const CliResult help = cli.run(args({"--help"}));
    REQUIRE(help.exitCode == 0);
    const QString text = help.outText();
    CHECK(text.startsWith(QStringLiteral("Uso: tenure-cli [--db RUTA] ORDEN [OPCIONES]")));
    CHECK(text.contains(QStringLiteral("\nÓrdenes:\n")));
    CHECK(text.contains(QStringLiteral("\n  list ")));
    CHECK(text.contains(QStringLiteral("muestra los eventos, filtrados")));
    CHECK(text.contains(QStringLiteral("-h, --help")));
    CHECK(text.contains(QStringLiteral("Estado de salida: 0 hecho, 1 uso incorrecto")));
    CHECK_FALSE(text.contains(QStringLiteral("Usage:")));
    CHECK_FALSE(text.contains(QStringLiteral("Exit status")));

    for (const QStringList &asked : {args({"list", "--help"}), args({"help", "list"})}) {
        const CliResult list = cli.run(asked);
        REQUIRE(list.exitCode == 0);
        const QString listText = list.outText();
        CHECK(listText.startsWith(QStringLiteral("Uso: tenure-cli [--db RUTA] list [OPCIONES]")));
        CHECK(listText.contains(QStringLiteral("Muestra por fecha los eventos que cumplen")));
        CHECK(listText.contains(QStringLiteral("--from FECHA")));
        CHECK(listText.contains(QStringLiteral("eventos en FECHA o después")));
        CHECK(listText.contains(QStringLiteral("--format FORMATO")));
        CHECK(listText.contains(QStringLiteral("table (por omisión), json o csv")));
        CHECK_FALSE(listText.contains(QStringLiteral("events on or after")));
    }
}

TEST_CASE("in a Spanish system errors and messages are Spanish, plurals included")
{
    const CliRunner cli = inLanguage("es_ES.UTF-8");
    const CliResult badDate =
        cli.runOn(QStringLiteral("s.sqlite"), args({"list", "--from", "2024-13"}));
    CHECK(badDate.exitCode == 1);
    CHECK(badDate.errLines() ==
          QStringList{QStringLiteral("tenure-cli: --from: '2024-13' no es una fecha: no existe el "
                                     "mes 13 (véase tenure-cli list --help)")});

    const CliResult badFormat =
        cli.runOn(QStringLiteral("s.sqlite"), args({"tenures", "--format", "xml"}));
    CHECK(badFormat.exitCode == 1);
    CHECK(badFormat.errLines() ==
          QStringList{QStringLiteral("tenure-cli: --format debe ser table o json, no «xml» "
                                     "(véase tenure-cli tenures --help)")});

    const CliResult unknown = cli.run(args({"frobnicate"}));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.errLines() ==
          QStringList{QStringLiteral("tenure-cli: 'frobnicate' no es una orden de tenure-cli "
                                     "(véase tenure-cli --help)")});

    const CliResult missing = cli.runOn(QStringLiteral("missing.sqlite"), args({"list"}));
    CHECK(missing.exitCode == 3);
    CHECK(missing.errLines().value(0).contains(QStringLiteral("no existe esa base de datos")));

    const CliResult limited =
        cli.runOn(QStringLiteral("s.sqlite"), args({"list", "--limit", "1", "--format", "csv"}));
    CHECK(limited.exitCode == 0);
    CHECK(limited.errLines() ==
          QStringList{QStringLiteral("tenure-cli: se lista el primer evento por fecha; hay más que "
                                     "coinciden (--limit)")});
    const CliResult people = cli.runOn(QStringLiteral("s.sqlite"), args({"people"}));
    CHECK(people.outLines().value(0).startsWith(QStringLiteral("PERSONA ")));
    CHECK(people.outLines().last().endsWith(QStringLiteral(" personas.")));
}

TEST_CASE("in the C locale and in US English the help and the messages stay English")
{
    for (const char *lang : {"C", "C.UTF-8", "en_US.UTF-8"}) {
        INFO(lang);
        const CliRunner cli = inLanguage(lang);
        const CliResult help = cli.run(args({"list", "--help"}));
        CHECK(help.outText().startsWith(QStringLiteral("Usage: tenure-cli [--db PATH] list")));
        CHECK(help.outText().contains(QStringLiteral("--from DATE")));
        CHECK(help.outText().contains(QStringLiteral("events on or after DATE")));
        const CliResult badDate =
            cli.runOn(QStringLiteral("s.sqlite"), args({"list", "--from", "2024-13"}));
        CHECK(badDate.errLines() ==
              QStringList{QStringLiteral("tenure-cli: --from: '2024-13' is not a date: there is "
                                         "no month 13 (see tenure-cli list --help)")});
        const CliResult limited = cli.runOn(QStringLiteral("s.sqlite"),
                                            args({"list", "--limit", "1", "--format", "csv"}));
        CHECK(limited.errLines() ==
              QStringList{QStringLiteral("tenure-cli: the first event by date is listed; more "
                                         "match (--limit)")});
    }
}

TEST_CASE("list --format csv and export's JSON are byte for byte the same in Spanish as in "
          "English")
{
    const CliRunner spanish = inLanguage("es_ES.UTF-8");
    const CliRunner english = inLanguage("en_US.UTF-8");
    for (const QStringList &command :
         {args({"list", "--format", "csv"}), args({"export", "--format", "json"}),
          args({"list", "--format", "json", "--from", "2024"})}) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const CliResult inSpanish = spanish.runOn(QStringLiteral("s.sqlite"), command);
        const CliResult inEnglish = english.runOn(QStringLiteral("s.sqlite"), command);
        REQUIRE(inSpanish.exitCode == 0);
        REQUIRE(inEnglish.exitCode == 0);
        CHECK(inSpanish.out.size() > 100);
        CHECK(inSpanish.out == inEnglish.out);
        CHECK(inSpanish.err.isEmpty());
    }
}

TEST_CASE("in a Spanish system import's warnings, problems and report are Spanish")
{
    CliRunner cli;
    cli.init(QStringLiteral("i.sqlite"));
    cli.setEnvironment(QStringLiteral("LANG"), QStringLiteral("es_ES.UTF-8"));
    cli.write(QStringLiteral("min.csv"), "date,company,type,people,role\n"
                                         "2024-06,Acme,appointment,Ann Lee,CEO\n"
                                         "2024-07,Acme,promotion,Bo Chen,CTO\n");
    const CliResult result =
        cli.runOn(QStringLiteral("i.sqlite"),
                  args({"import", "min.csv", "--skip-invalid", "--report", "report.txt"}));
    CHECK(result.exitCode == 4);
    const QStringList err = result.errLines();
    CHECK(err.contains(QStringLiteral("min.csv:3: type: 'promotion' no es un tipo: use "
                                      "appointment, departure, funding, acquisition u other")));
    REQUIRE(err.size() == 2);
    CHECK(err.at(1).startsWith(
        QStringLiteral("aviso: min.csv:1: a la cabecera le faltan las columnas interim, round, ")));
    CHECK(err.at(1).endsWith(QStringLiteral("; quedan vacías en todas las filas")));

    const QStringList report = QString::fromUtf8(cli.read(QStringLiteral("report.txt")))
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(report.size() == 4);
    CHECK(report.at(0) == QStringLiteral("1 problema"));
    CHECK(report.at(1) == QStringLiteral("1 aviso"));
    CHECK(report.at(2).startsWith(QStringLiteral("problema: min.csv:3: type: ")));
    CHECK(report.at(3) == QStringLiteral("aviso: ") + err.at(1).mid(7));
}

namespace {
// A database whose tenures hold one contradiction of each kind and one guess, in a system that
// speaks `lang`.
CliRunner withNotes(const char *lang)
{
    CliRunner cli;
    cli.init(QStringLiteral("n.sqlite"));
    cli.write(QStringLiteral("n.csv"), "date,company,type,people,role\n"
                                       "2023-06,Acme,departure,Ren Ito,COO\n"
                                       "2022,Acme,appointment,Ann Lee,CEO\n"
                                       "2022-05,Acme,appointment,Cy Diaz,CEO\n"
                                       "2023-04,Acme,appointment,Bo Chen,CTO\n"
                                       "2023,Acme,departure,Bo Chen,CTO\n");
    REQUIRE(cli.runOn(QStringLiteral("n.sqlite"), args({"import", "n.csv"})).exitCode == 0);
    cli.setEnvironment(QStringLiteral("LANG"), QString::fromLatin1(lang));
    return cli;
}
} // namespace

TEST_CASE("in a Spanish system check's notes are Spanish in its table and English in its JSON")
{
    const CliRunner spanish = withNotes("es_ES.UTF-8");
    const CliResult table = spanish.runOn(QStringLiteral("n.sqlite"), args({"check", "--guesses"}));
    CHECK(table.exitCode == 2);
    const QString text = table.outText();
    CHECK(text.contains(QStringLiteral("Ren Ito dejó el cargo de COO (2023-06)")));
    CHECK(text.contains(QStringLiteral("Ann Lee (2022) y Cy Diaz (2022-05) fueron nombrados")));
    CHECK(text.contains(QStringLiteral("Bo Chen: el nombramiento como CTO (2023-04) y la")));
    CHECK_FALSE(text.contains(QStringLiteral("left as")));

    const QStringList json = args({"check", "--guesses", "--format", "json"});
    const CliResult inSpanish = spanish.runOn(QStringLiteral("n.sqlite"), json);
    const CliResult inEnglish = withNotes("en_US.UTF-8").runOn(QStringLiteral("n.sqlite"), json);
    CHECK(inSpanish.exitCode == 2);
    CHECK(inSpanish.out == inEnglish.out);
    const QString written = inSpanish.outText();
    CHECK(written.contains(QStringLiteral(
        "\"Ren Ito left as COO (2023-06), a post they are not known to hold there\"")));
    CHECK(written.contains(QStringLiteral(
        "\"Ann Lee (2022) and Cy Diaz (2022-05) were both appointed chief executive within one "
        "date interval; both are shown holding the post\"")));
    CHECK(written.contains(
        QStringLiteral("\"Bo Chen: the appointment CTO (2023-04) and the departure CTO (2023) "
                       "overlap in time; the appointment is taken as first\"")));
}
