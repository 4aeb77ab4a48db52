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
