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
