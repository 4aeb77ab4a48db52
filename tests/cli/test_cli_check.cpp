// tenures and check on real data: titles as written, dates known to the month, a recorded
// departure against an inferred succession, and what the data itself contradicts.

#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace {
const QString db = QStringLiteral("real.sqlite");

CliRunner withRealSlice()
{
    CliRunner cli;
    cli.init(db);
    QFile slice(QStringLiteral(TENURE_TEST_DATA_DIR "/realdata-leadership.csv"));
    REQUIRE(slice.open(QIODevice::ReadOnly));
    cli.write(QStringLiteral("slice.csv"), slice.readAll());
    const CliResult imported = cli.runOn(db, args({"import", "slice.csv"}));
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    return cli;
}

QJsonArray jsonOf(const CliResult &result)
{
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return QJsonDocument::fromJson(result.out).array();
}
} // namespace

TEST_CASE("tenures on real data: a CEO ousted and back in one month is CEO again after it")
{
    CliRunner cli = withRealSlice();
    const QJsonArray tenures =
        jsonOf(cli.runOn(db, args({"tenures", "--company", "OpenAI", "--format", "json"})));
    QStringList altmanAsCeo;
    for (const QJsonValue &value : tenures) {
        const QJsonObject t = value.toObject();
        if (t.value(QStringLiteral("post")).toString() == QStringLiteral("chief_executive"))
            altmanAsCeo << t.value(QStringLiteral("start")).toString() + QStringLiteral(" to ") +
                               (t.value(QStringLiteral("end")).isNull()
                                    ? QStringLiteral("open")
                                    : t.value(QStringLiteral("end")).toString()) +
                               QStringLiteral(" ") +
                               t.value(QStringLiteral("end_reason")).toString();
    }
    CHECK(altmanAsCeo == QStringList{QStringLiteral("2019-03 to 2023-11-17 departure"),
                                     QStringLiteral("2023-11 to open open")});
}

TEST_CASE("check lists the data's contradictions with their events, and guesses on request")
{
    CliRunner cli = withRealSlice();
    const CliResult checked = cli.runOn(db, args({"check"}));
    // Eitan Fischer left as founder; the data has no appointment of his.
    CHECK(checked.exitCode == 2);
    CHECK(checked.outText().contains(QLatin1String("unmatched-departure")));
    CHECK(checked.outText().contains(QLatin1String("Eitan Fischer")));
    CHECK(checked.outLines().last() == QStringLiteral("1 contradiction, 1 guess (of 6 tenures)"));
    // MIRI's executive director left three months after the new CEO came: no contradiction.
    CHECK_FALSE(checked.outText().contains(QLatin1String("Nate Soares")));

    const QJsonArray all =
        QJsonDocument::fromJson(cli.runOn(db, args({"check", "--guesses", "--format", "json"})).out)
            .array();
    REQUIRE(all.size() == 2);
    QStringList kinds;
    for (const QJsonValue &note : all)
        kinds << note.toObject().value(QStringLiteral("kind")).toString();
    kinds.sort();
    CHECK(kinds ==
          QStringList{QStringLiteral("order-guessed"), QStringLiteral("unmatched-departure")});

    const CliResult oneCompany = cli.runOn(db, args({"check", "--company", "OpenAI"}));
    CHECK(oneCompany.exitCode == 0);
    CHECK(oneCompany.outLines().last().startsWith(QLatin1String("0 contradictions")));
}

TEST_CASE("roles: a title mapped in the database drives the tenures, and can be unmapped")
{
    CliRunner cli;
    cli.init(db);
    for (const QStringList &add :
         {args({"add", "--date", "2015", "--type", "appointment", "--company", "Acme", "--people",
                "Ann", "--role", "Managing Director"}),
          args({"add", "--date", "2019-04", "--type", "appointment", "--company", "Acme",
                "--people", "Ben", "--role", "CEO"})}) {
        REQUIRE(cli.runOn(db, add).exitCode == 0);
    }
    const auto annEnd = [&cli] {
        for (const QJsonValue &t : jsonOf(cli.runOn(db, args({"tenures", "--format", "json"})))) {
            if (t.toObject().value(QStringLiteral("person")).toString() == QStringLiteral("Ann"))
                return t.toObject().value(QStringLiteral("end")).toString();
        }
        return QStringLiteral("none");
    };
    CHECK(annEnd().isEmpty()); // a managing director is no chief executive by default

    CHECK(cli.runOn(db, args({"roles", "--explain", "Managing Director"}))
              .outText()
              .contains(QLatin1String("names no canonical role")));
    const CliResult mapped =
        cli.runOn(db, args({"roles", "--map", "Managing Director", "--to", "chief_executive"}));
    INFO(mapped.err.toStdString());
    REQUIRE(mapped.exitCode == 0);
    CHECK(cli.runOn(db, args({"roles", "--explain", "Founder and Managing Director"})).outLines() ==
          QStringList{QStringLiteral("founder"), QStringLiteral("chief_executive")});
    CHECK(annEnd() == QStringLiteral("2019-04")); // Ben succeeded her
    CHECK(cli.runOn(db, args({"roles"})).outText().contains(QLatin1String("Managing Director")));

    const CliResult wrong = cli.runOn(db, args({"roles", "--map", "Boss", "--to", "king"}));
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains("chief_executive"));

    REQUIRE(cli.runOn(db, args({"roles", "--unmap", "managing director"})).exitCode == 0);
    CHECK(annEnd().isEmpty());
    CHECK(cli.runOn(db, args({"roles", "--unmap", "managing director"})).exitCode == 2);
}
