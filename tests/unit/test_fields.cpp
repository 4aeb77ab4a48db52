// The fields real data has (schema 6): announcement dates, departure reasons, several sources,
// currencies, investors and acquisitions, through the files, the store and the funding chart.
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/eventfile.h"
#include "io/jsonreader.h"
#include "io/jsonwriter.h"
#include "model/currencytotals.h"
#include "model/eventvalidator.h"
#include "model/money.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/schema.h"
#include "testsupport.h"
#include "timeline/fundingchartlayout.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace testsupport;

namespace {
const QString csvName = QStringLiteral("events.csv");
const QString jsonName = QStringLiteral("events.json");

// Every new column filled: an acquisition, a departure with its reason and an announcement, and
// a round in euros with its investors and three sources (the first in its columns, the others in
// `sources`, one of them with a "|" in its title).
const QByteArray fullFile =
    "date,announced,company,company_id,type,people,role,interim,reason,reason_note,round,amount_"
    "usd,"
    "valuation_usd,currency,investors,acquirer,status,description,source_url,source_title,"
    "source_outlet,source_date,sources\n"
    "2016-06-13,,LinkedIn,linkedin.com,acquisition,,,,,,,26200000000,,USD,,Microsoft,completed,"
    "Acquired by "
    "Microsoft,https://news.microsoft.com/2016/06/13/linkedin,Microsoft to acquire "
    "LinkedIn,Microsoft,2016-06-13,\n"
    "2023-06-20,2023-06,Mistral "
    "AI,Q116504773,funding,,,,,,Seed,105000000,240000000,EUR,Lightspeed;Xavier "
    "Niel,,completed,,https://example.org/a,First,Le Monde,2023-06-13,\"https://example.org/b | "
    "2023-06-14 | Sifted | Mistral raises | a record\nhttps://example.org/c\"\n"
    "2024-03-22,2024-03,Stability AI,,departure,Emad Mostaque,CEO,false,resigned,to pursue "
    "decentralized AI,,,,,,,,,,,,,\n";

std::unique_ptr<Database> newDatabase(const QTemporaryDir &dir, const char *name = "t.sqlite")
{
    auto db = Database::open(dir.filePath(QLatin1String(name)), Database::OpenMode::CreateNew);
    REQUIRE(db.ok());
    return std::move(*db);
}

QStringList issueTexts(const QList<ImportIssue> &issues)
{
    QStringList texts;
    for (const ImportIssue &issue : issues)
        texts << issue.toString();
    return texts;
}

// Runs raw SQL on a file with SQLite alone, as an older Tenure would have written it.
void runSql(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

// A schema 5 database as Tenure 5 left it: two events, one with a source and two people, an id
// sequence past a deleted event, a role mapping and the search index filled.
QString versionFiveFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    QByteArray sql = "PRAGMA application_id = 1413828181; PRAGMA journal_mode = WAL;";
    for (const char *step :
         {schema::version1, schema::version2, schema::version3, schema::version4, schema::version5})
        sql += step;
    sql += R"sql(
INSERT INTO companies (id, name) VALUES (1, 'Stability AI');
INSERT INTO people (id, name) VALUES (1, 'Shan Shan Wong'), (2, 'Christian Laforte');
INSERT INTO events (id, company_id, type, year, month, day, first_day, last_day, role, interim,
                    description, source_url, source_title)
    VALUES (3, 1, 0, 2024, 3, 22, 2460392, 2460392, 'Co-CEO', 1, 'Interim co-CEOs',
            'https://www.axios.com/x', 'Stability AI CEO resigns');
INSERT INTO events (id, company_id, type, year, month, first_day, last_day, round, amount_usd,
                    status)
    VALUES (7, 1, 2, 2022, 10, 2459854, 2459884, 'Seed', 101000000, 0);
INSERT INTO event_people (event_id, position, person_id) VALUES (3, 0, 1), (3, 1, 2);
UPDATE id_sequence SET last = 9 WHERE name = 'events';
INSERT INTO role_aliases (title, role) VALUES ('Managing Director', 'chief_executive');
INSERT INTO events_fts (rowid, company, people, role, round, description, source_title,
                        source_url)
    VALUES (3, 'Stability AI', 'Shan Shan Wong Christian Laforte', 'Co-CEO', '',
            'Interim co-CEOs', 'Stability AI CEO resigns', 'https://www.axios.com/x'),
           (7, 'Stability AI', '', '', 'Seed', '', '', '');
PRAGMA user_version = 5;
)sql";
    runSql(path, sql);
    return path;
}
} // namespace

// ---- Money with currencies ----

TEST_CASE("an amount may name its currency by symbol or ISO 4217 code, before or after")
{
    const auto read = [](const char *text) {
        const auto amount = Money::parseAmount(QString::fromUtf8(text));
        REQUIRE(amount);
        return std::pair{amount->value, amount->currency};
    };
    CHECK(read("$101M") == std::pair{qint64(101'000'000), QStringLiteral("USD")});
    CHECK(read("1.5B") == std::pair{qint64(1'500'000'000), QString()});
    CHECK(read("1,500,000") == std::pair{qint64(1'500'000), QString()});
    CHECK(read("€20M") == std::pair{qint64(20'000'000), QStringLiteral("EUR")});
    CHECK(read("20M EUR") == std::pair{qint64(20'000'000), QStringLiteral("EUR")});
    CHECK(read("20 million eur") == std::pair{qint64(20'000'000), QStringLiteral("EUR")});
    CHECK(read("£5M") == std::pair{qint64(5'000'000), QStringLiteral("GBP")});
    CHECK(read("CHF 3.5M") == std::pair{qint64(3'500'000), QStringLiteral("CHF")});
    CHECK(read("5 BTN") == std::pair{qint64(5), QStringLiteral("BTN")});

    QString error;
    CHECK_FALSE(Money::parseAmount(QStringLiteral("20M EURO"), &error));
    CHECK(error.contains(QStringLiteral("not an amount")));
    CHECK_FALSE(Money::parseAmount(QStringLiteral("20M ABC"), &error));
    CHECK(error.contains(QStringLiteral("'ABC' is not an ISO 4217 currency code")));
    CHECK_FALSE(Money::parseAmount(QStringLiteral("$5M EUR"), &error));
    CHECK(error.contains(QStringLiteral("two currencies, USD and EUR")));
}

TEST_CASE("amounts are shown in their own currency")
{
    CHECK(Money::formatShort(20'000'000, QStringLiteral("EUR")) == QStringLiteral("€20M"));
    CHECK(Money::formatShort(1'500'000'000, QStringLiteral("GBP")) == QStringLiteral("£1.5B"));
    CHECK(Money::formatShort(3'000'000, QStringLiteral("CHF")) == QStringLiteral("CHF 3M"));
    CHECK(Money::formatShort(101'000'000) == QStringLiteral("$101M"));
    CHECK(Money::formatFull(20'000'000, QStringLiteral("EUR")) == QStringLiteral("€20,000,000"));
}

TEST_CASE("totals are kept per currency and never added across them")
{
    CurrencyTotals totals;
    totals.add(QStringLiteral("USD"), 100);
    totals.add(QStringLiteral("EUR"), 20);
    totals.add(QStringLiteral("EUR"), 30);
    CHECK(totals.total(QStringLiteral("USD")) == 100);
    CHECK(totals.total(QStringLiteral("EUR")) == 50);
    CHECK(totals.main() == QStringLiteral("EUR")); // two amounts against one
    CHECK(totals.text() == QStringLiteral("€50 + $100"));
    CurrencyTotals tie;
    tie.add(QStringLiteral("GBP"), 1);
    tie.add(QStringLiteral("USD"), 1);
    CHECK(tie.main() == QStringLiteral("USD"));
}

TEST_CASE("the funding chart draws one currency, says which, and never sums two")
{
    const QString acme = QStringLiteral("Acme");
    LaneData lane;
    lane.company = acme;
    Event seed =
        funding(QStringLiteral("2020-01"), acme, QStringLiteral("Seed"), 100'000'000, std::nullopt);
    seed.id = 1;
    Event a = funding(QStringLiteral("2021-01"), acme, QStringLiteral("Series A"), 50'000'000,
                      std::nullopt);
    a.id = 2;
    Event euros = funding(QStringLiteral("2022-01"), acme, QStringLiteral("Series B"), 70'000'000,
                          std::nullopt);
    euros.id = 3;
    euros.currency = QStringLiteral("EUR");
    lane.events = {seed, a, euros};
    const Scene scene = FundingChartLayout::layout(std::span(&lane, 1), {});
    QStringList texts;
    for (const SceneText &text : scene.texts)
        texts << text.text;
    const QString all = texts.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("Raised $150M in 2 rounds")));
    CHECK(all.contains(QStringLiteral("1 round in EUR not shown")));
    CHECK_FALSE(all.contains(QStringLiteral("$220M")));
    CHECK_FALSE(all.contains(QStringLiteral("€70M"))); // the euro round is not drawn on a $ scale
    for (const SceneRect &bar : scene.rects)
        CHECK(bar.eventId != 3);
}

// ---- Files ----

TEST_CASE("every new column goes CSV to the database to CSV and JSON, and back, unchanged")
{
    const ImportBatch batch = CsvReader::read(fullFile, csvName);
    INFO(issueTexts(batch.issues).join(QLatin1Char('\n')).toStdString());
    REQUIRE(batch.ok());
    INFO(issueTexts(batch.warnings).join(QLatin1Char('\n')).toStdString());
    CHECK(issueTexts(batch.warnings).isEmpty());
    REQUIRE(batch.events.size() == 3);

    const Event &sale = batch.events[0];
    CHECK(sale.type == EventType::Acquisition);
    CHECK(sale.companyIdentifier == QStringLiteral("linkedin.com"));
    CHECK(sale.acquirer == QStringLiteral("Microsoft"));
    CHECK(sale.amountUsd == 26'200'000'000);
    CHECK(sale.sources.value(0).outlet == QStringLiteral("Microsoft"));
    CHECK(sale.sources.value(0).date == date(QStringLiteral("2016-06-13")));
    const Event &round = batch.events[1];
    CHECK(round.currency == QStringLiteral("EUR"));
    CHECK(round.announced == date(QStringLiteral("2023-06")));
    CHECK(round.investors ==
          QStringList{QStringLiteral("Lightspeed"), QStringLiteral("Xavier Niel")});
    REQUIRE(round.sources.size() == 3);
    CHECK(round.sources[1].url == QStringLiteral("https://example.org/b"));
    CHECK(round.sources[1].outlet == QStringLiteral("Sifted"));
    CHECK(round.sources[1].title == QStringLiteral("Mistral raises | a record"));
    CHECK(round.sources[2] == EventSource{QStringLiteral("https://example.org/c"), {}, {}, {}});
    const Event &left = batch.events[2];
    CHECK(left.reason == DepartureReason::Resigned);
    CHECK(left.reasonNote == QStringLiteral("to pursue decentralized AI"));

    QTemporaryDir dir;
    auto db = newDatabase(dir);
    EventRepository repository(*db);
    REQUIRE(repository.addAll(batch.events).ok());
    const auto stored = repository.query();
    REQUIRE(stored.ok());
    CHECK(CsvWriter::write(*stored) == fullFile);

    // JSON holds the same events, every source in `sources`.
    const QByteArray json = EventFile::write(*stored, EventFileFormat::Json);
    CHECK(json.contains("\"sources\": [\n        {\"url\": \"https://example.org/a\""));
    const ImportBatch fromJson = JsonReader::read(json, jsonName);
    INFO(issueTexts(fromJson.issues).join(QLatin1Char('\n')).toStdString());
    REQUIRE(fromJson.ok());
    std::vector<Event> withoutIds = *stored;
    for (Event &event : withoutIds)
        event.id = 0;
    CHECK(fromJson.events == withoutIds);

    // The search index holds the new text too.
    EventQuery query;
    for (const char *word : {"Lightspeed", "Microsoft", "decentralized", "Sifted"}) {
        query.text = QLatin1String(word);
        const auto found = repository.query(query);
        REQUIRE(found.ok());
        CHECK(found->size() == 1);
    }
}

TEST_CASE("a file from before schema 6 imports as it did, without a word about new columns")
{
    const QByteArray old =
        "date,company,type,people,role,interim,round,amount_usd,valuation_usd,status,description,"
        "source_url,source_title\n"
        "2024-03-22,Stability AI,departure,Emad Mostaque,CEO,false,,,,,Resigned,"
        "https://siliconangle.com/x,Emad Mostaque resigns\n";
    const ImportBatch batch = CsvReader::read(old, csvName);
    REQUIRE(batch.ok());
    CHECK(batch.warnings.isEmpty());
    REQUIRE(batch.events.size() == 1);
    CHECK(batch.events[0].sources ==
          QList<EventSource>{{QStringLiteral("https://siliconangle.com/x"),
                              QStringLiteral("Emad Mostaque resigns"),
                              {},
                              {}}});
    CHECK(batch.events[0].currency == QStringLiteral("USD"));

    const QByteArray oldJson = R"([{"date": "2024", "company": "Acme", "type": "other",
        "source_url": "https://x.org/a", "source_title": "A"}])";
    const ImportBatch json = JsonReader::read(oldJson, jsonName);
    REQUIRE(json.ok());
    CHECK(json.events[0].sources.value(0).title == QStringLiteral("A"));
}

TEST_CASE("bad values of the new columns are reported as FILE:LINE: column: what is wrong")
{
    const QByteArray head = "date,company,type,people,role,reason,amount_usd,currency,investors,"
                            "acquirer,announced,sources\n";
    const auto problems = [&](const char *row) {
        return issueTexts(CsvReader::read(head + row + '\n', csvName).issues);
    };
    CHECK(problems("2024,Acme,departure,Ann,CEO,fired,,,,,,") ==
          QStringList{QStringLiteral(
              "events.csv:2: reason: 'fired' is not a reason: use dismissed-performance, "
              "dismissed-misconduct, resigned, retired, health, death, new-role, merger, "
              "interim-ended, unknown, or leave it empty and say why in reason_note")});
    CHECK(problems("2024,Acme,appointment,Ann,CEO,retired,,,,,,") ==
          QStringList{QStringLiteral("events.csv:2: reason: a reason is given for departures "
                                     "only; this event is of type appointment")});
    CHECK(problems("2024,Acme,funding,,,,5,EURO,,,,") ==
          QStringList{QStringLiteral("events.csv:2: currency: 'EURO' is not an ISO 4217 "
                                     "currency code such as USD, EUR or GBP (in capitals)")});
    CHECK(problems("2024,Acme,funding,,,,€5M,GBP,,,,") ==
          QStringList{QStringLiteral("events.csv:2: amount_usd: the amount is in EUR but the "
                                     "currency column says GBP; an event has one currency")});
    CHECK(problems("2024,Acme,departure,Ann,CEO,,,,Sequoia,,,") ==
          QStringList{QStringLiteral("events.csv:2: investors: investors are named for funding "
                                     "rounds only; this event is of type departure")});
    CHECK(problems("2024,Acme,funding,,,,,,,Microsoft,,") ==
          QStringList{QStringLiteral("events.csv:2: acquirer: an acquirer is named for "
                                     "acquisitions only; this event is of type funding")});
    CHECK(problems("2024,Acme,other,,,,,,,,2024-13,") ==
          QStringList{QStringLiteral("events.csv:2: announced: '2024-13' is not a date: there "
                                     "is no month 13")});
    CHECK(problems("2024,Acme,other,,,,,,,,,\"https://x.org | 2024-99\"") ==
          QStringList{QStringLiteral("events.csv:2: sources: line 1 of the cell: '2024-99' is "
                                     "not a date: there is no month 99")});
    CHECK(problems("2024,Acme,other,,,,,,,,,\"https://x.org\nftp://y.org | 2024\"") ==
          QStringList{QStringLiteral("events.csv:2: sources: source 2: 'ftp://y.org' is not an "
                                     "http or https URL")});
}

TEST_CASE("what real data may differ in is a warning, not a refusal")
{
    const QByteArray file = "date,announced,company,type,people,role\n"
                            "2024-01-05,2024-03,Acme,acquisition,,\n";
    const ImportBatch batch = CsvReader::read(file, csvName);
    INFO(issueTexts(batch.issues).join(QLatin1Char('\n')).toStdString());
    REQUIRE(batch.ok());
    QStringList warnings = issueTexts(batch.warnings);
    REQUIRE_FALSE(warnings.isEmpty());
    warnings.removeFirst(); // the columns left out of the header
    CHECK(warnings ==
          QStringList{QStringLiteral("events.csv:2: announced: announced 2024-03, after the "
                                     "event took effect (2024-01-05); check the dates"),
                      QStringLiteral("events.csv:2: acquirer: an acquisition with no acquirer; "
                                     "name who bought the company if it is known")});
}

// ---- The store ----

TEST_CASE("a schema 5 database is upgraded with every event, person, source and mapping")
{
    QTemporaryDir dir;
    const QString path = versionFiveFile(dir);
    auto opened = Database::open(path);
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    Database &db = **opened;
    CHECK(db.schemaVersion() == Database::currentSchemaVersion);
    EventRepository repository(db);
    const auto events = repository.query();
    REQUIRE(events.ok());
    REQUIRE(events->size() == 2);
    const Event &seed = events->at(0);
    CHECK(seed.id == 7);
    CHECK(seed.amountUsd == 101'000'000);
    CHECK(seed.currency == QStringLiteral("USD"));
    CHECK(seed.sources.isEmpty());
    const Event &coCeos = events->at(1);
    CHECK(coCeos.id == 3);
    CHECK(coCeos.people ==
          QStringList{QStringLiteral("Shan Shan Wong"), QStringLiteral("Christian Laforte")});
    CHECK(coCeos.interim);
    CHECK(coCeos.sources == QList<EventSource>{{QStringLiteral("https://www.axios.com/x"),
                                                QStringLiteral("Stability AI CEO resigns"),
                                                {},
                                                {}}});
    const auto aliases = repository.roleAliases();
    REQUIRE(aliases.ok());
    CHECK(aliases->size() == 1);

    // The search index still finds by id, for old text and new.
    EventQuery query;
    query.text = QStringLiteral("axios");
    CHECK(repository.query(query)->size() == 1);
    query.text = QStringLiteral("Laforte");
    CHECK(repository.query(query)->size() == 1);

    // The new type fits the rebuilt table, and ids carry on past the old sequence.
    Event sale = other(QStringLiteral("2025"), QStringLiteral("Stability AI"), QString());
    sale.type = EventType::Acquisition;
    sale.acquirer = QStringLiteral("Buyer Inc.");
    const auto id = repository.add(sale);
    REQUIRE(id.ok());
    CHECK(*id == 10);
    CHECK(repository.remove(3).ok()); // the people and sources go with it
    CHECK(repository.query()->size() == 2);
}

TEST_CASE("a database from a newer Tenure is refused, its bytes untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        newDatabase(dir, "newer.sqlite");
    }
    const int newer = Database::currentSchemaVersion + 1;
    runSql(path, ("PRAGMA user_version = " + std::to_string(newer) + ";").c_str());
    const QByteArray before = readFile(path);
    const auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("schema %1; this version reads up to %2")
                                              .arg(newer)
                                              .arg(Database::currentSchemaVersion)));
    CHECK(readFile(path) == before);
}

TEST_CASE("role mappings go into a JSON export and come back with its events")
{
    QTemporaryDir dir;
    auto db = newDatabase(dir);
    EventRepository repository(*db);
    REQUIRE(
        repository
            .setRoleAlias(QStringLiteral("Managing Director"), RoleVocabulary::Role::ChiefExecutive)
            .ok());
    REQUIRE(repository
                .add(appointment(QStringLiteral("2020"), QStringLiteral("Acme"),
                                 {QStringLiteral("Ann")}, QStringLiteral("Managing Director")))
                .ok());
    const QByteArray json =
        EventFile::write(*repository.query(), EventFileFormat::Json, CsvWriter::Cells::Exact,
                         {*repository.roleAliases(), {}});
    CHECK(json.startsWith("{\n  \"role_aliases\": [\n    {\"title\": \"Managing Director\", "
                          "\"role\": \"chief_executive\"}\n  ],\n  \"events\": [\n"));
    const ImportBatch batch = JsonReader::read(json, jsonName);
    REQUIRE(batch.ok());
    REQUIRE(batch.roleAliases.size() == 1);

    auto other = newDatabase(dir, "other.sqlite");
    EventRepository target(*other);
    const auto added = target.importRoleAliases(batch.roleAliases);
    REQUIRE(added.ok());
    CHECK(added->size() == 1);
    REQUIRE(target.addAll(batch.events).ok());
    CHECK(*target.roleAliases() == *repository.roleAliases());
    CHECK(target.vocabulary()->rolesOf(QStringLiteral("Managing Director")) ==
          QList<RoleVocabulary::Role>{RoleVocabulary::Role::ChiefExecutive});

    // The same mapping again changes nothing; a different one is refused, naming both.
    const auto again = target.importRoleAliases(batch.roleAliases);
    REQUIRE(again.ok());
    CHECK(again->empty());
    const auto conflict = target.importRoleAliases(
        {{QStringLiteral("managing director"), RoleVocabulary::Role::President}});
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().message.contains(QStringLiteral("this database maps it")));
    CHECK(target.roleAliases()->front().second == RoleVocabulary::Role::ChiefExecutive);
}
