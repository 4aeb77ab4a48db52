#include "store/database.h"
#include "store/databasewatcher.h"
#include "store/eventrepository.h"
#include "store/fulltextindex.h"
#include "store/schema.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace testsupport;

namespace {
const QString stability = QStringLiteral("Stability AI");

struct TempDatabase
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("tenure.sqlite"));
    std::unique_ptr<Database> db;
    std::unique_ptr<EventRepository> events;

    TempDatabase()
    {
        auto opened = Database::open(path, Database::OpenMode::CreateNew);
        INFO((opened ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
        db = std::move(*opened);
        events = std::make_unique<EventRepository>(*db);
    }
};

std::vector<Event> stabilityStory()
{
    Event emad = appointment(QStringLiteral("2019"), stability, {QStringLiteral("Emad Mostaque")},
                             QStringLiteral("CEO"));
    Event resign = departure(QStringLiteral("2024-03-22"), stability,
                             {QStringLiteral("Emad Mostaque")}, QStringLiteral("CEO"));
    resign.description = QStringLiteral("Mostaque resigned as CEO 'to pursue decentralized AI'.");
    testsupport::mainSource(resign).url =
        QStringLiteral("https://siliconangle.com/2024/03/24/emad-mostaque-resigns/");
    Event coCeos =
        appointment(QStringLiteral("2024-03-22"), stability,
                    {QStringLiteral("Shan Shan Wong"), QStringLiteral("Christian Laforte")},
                    QStringLiteral("Co-CEO"), true);
    return {emad,
            funding(QStringLiteral("2022-10"), stability, QStringLiteral("Seed"), 101000000,
                    1000000000),
            funding(QStringLiteral("2023-06"), stability, QStringLiteral("Attempted raise"),
                    std::nullopt, 4000000000, FundingStatus::Failed),
            resign,
            coCeos,
            appointment(QStringLiteral("2020-01-15"), QStringLiteral("Other Co"),
                        {QStringLiteral("Jane Roe")}, QStringLiteral("CTO"))};
}

QList<EventId> idsOf(const std::vector<Event> &events)
{
    QList<EventId> ids;
    for (const Event &e : events)
        ids << e.id;
    return ids;
}

void runRawSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

// Opening must fail with a message containing `expected`, and leave every byte as it was.
void requireRefusedUntouched(const QString &path, const QString &expected)
{
    const QByteArray before = readFile(path);
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == Error::Kind::Unusable);
    INFO(opened.error().message.toStdString());
    CHECK(opened.error().message.contains(expected));
    CHECK(readFile(path) == before);
}
} // namespace

TEST_CASE("a new database stores events and gives them back field for field")
{
    TempDatabase t;
    const auto story = stabilityStory();
    auto ids = t.events->addAll(story);
    REQUIRE(ids.ok());
    REQUIRE(ids->size() == story.size());
    for (std::size_t i = 0; i < story.size(); ++i) {
        auto found = t.events->find(ids->at(i));
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        Event expected = story[i];
        expected.id = ids->at(i);
        CHECK(**found == expected);
    }
}

TEST_CASE("a database survives closing and reopening")
{
    TempDatabase t;
    REQUIRE(t.events->addAll(stabilityStory()).ok());
    t.events.reset();
    t.db.reset();
    auto reopened = Database::open(t.path);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->schemaVersion() == Database::currentSchemaVersion);
    EventRepository events(**reopened);
    CHECK(*events.count() == qint64(stabilityStory().size()));
}

TEST_CASE("creating a database never writes over an existing file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    writeFile(path, "precious notes\n");
    auto opened = Database::open(path, Database::OpenMode::CreateNew);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("already exists")));
    CHECK(readFile(path) == "precious notes\n");
}

TEST_CASE("an invalid event is refused and nothing is written")
{
    TempDatabase t;
    Event bad = appointment(QStringLiteral("2024"), stability, {}, QStringLiteral("CEO"));
    auto added = t.events->add(bad);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().kind == Error::Kind::InvalidData);
    CHECK(added.error().message.contains(QStringLiteral("people")));
    CHECK(*t.events->count() == 0);
}

TEST_CASE("a batch with one bad event writes none of them")
{
    TempDatabase t;
    auto batch = stabilityStory();
    batch.push_back(appointment(QStringLiteral("2024"), QString(), {QStringLiteral("X")},
                                QStringLiteral("CEO")));
    CHECK_FALSE(t.events->addAll(batch).ok());
    CHECK(*t.events->count() == 0);
}

TEST_CASE("a failure inside a transaction rolls back everything written before it")
{
    TempDatabase t;
    auto status = t.db->transaction([&]() -> Status {
        REQUIRE(t.db->exec("INSERT INTO companies (name) VALUES ('Half Written')").ok());
        return invalidData(QStringLiteral("stop"));
    });
    CHECK_FALSE(status.ok());
    CHECK(t.events->companies()->empty());
    auto again = t.events->add(stabilityStory().front());
    CHECK(again.ok()); // the connection is usable after the rollback
}

TEST_CASE("queries select by date range, company, type, person and text")
{
    TempDatabase t;
    auto ids = *t.events->addAll(stabilityStory());
    const auto query = [&](EventQuery q) { return idsOf(*t.events->query(q)); };

    SECTION("everything, by date then insertion order")
    {
        CHECK(query({}) == QList<EventId>{ids[0], ids[5], ids[1], ids[2], ids[3], ids[4]});
    }
    SECTION("a range includes events whose coarse date may fall in it")
    {
        EventQuery q;
        q.from = QDate(2019, 6, 1);
        q.to = QDate(2020, 1, 31);
        CHECK(query(q) == QList<EventId>{ids[0], ids[5]});
        q.from = QDate(2024, 3, 23);
        q.to = QDate();
        CHECK(query(q).isEmpty());
    }
    SECTION("company names match whatever their case")
    {
        EventQuery q;
        q.companies = {QStringLiteral("other co")};
        CHECK(query(q) == QList<EventId>{ids[5]});
    }
    SECTION("types")
    {
        EventQuery q;
        q.types = {EventType::Funding};
        CHECK(query(q) == QList<EventId>{ids[1], ids[2]});
    }
    SECTION("a person, even the second of two")
    {
        EventQuery q;
        q.person = QStringLiteral("Christian Laforte");
        CHECK(query(q) == QList<EventId>{ids[4]});
    }
    SECTION("full text finds words by prefix in descriptions, names and sources")
    {
        EventQuery q;
        q.text = QStringLiteral("decentral");
        CHECK(query(q) == QList<EventId>{ids[3]});
        q.text = QStringLiteral("laforte wong");
        CHECK(query(q) == QList<EventId>{ids[4]});
        q.text = QStringLiteral("siliconangle");
        CHECK(query(q) == QList<EventId>{ids[3]});
    }
    SECTION("text with quotes and SQL in it is only text")
    {
        EventQuery q;
        q.text = QStringLiteral("\"'); DROP TABLE events; --");
        CHECK(query(q).isEmpty());
        q.companies = {QStringLiteral("x' OR '1'='1")};
        q.text.clear();
        CHECK(query(q).isEmpty());
        CHECK(*t.events->count() == 6);
    }
    SECTION("criteria combine")
    {
        EventQuery q;
        q.types = {EventType::Appointment, EventType::Departure};
        q.companies = {stability};
        q.from = QDate(2024, 1, 1);
        CHECK(query(q) == QList<EventId>{ids[3], ids[4]});
    }
}

TEST_CASE("events can be read one at a time, in the query's order, and stopped early")
{
    TempDatabase t;
    const auto ids = *t.events->addAll(stabilityStory());
    QList<EventId> seen;
    const auto visitUpTo = [&](qsizetype wanted) {
        seen.clear();
        return t.events->forEach({}, [&](Event &&event) {
            seen.append(event.id);
            return seen.size() < wanted;
        });
    };

    REQUIRE(visitUpTo(100).ok());
    CHECK(seen == idsOf(*t.events->query({})));
    REQUIRE(visitUpTo(2).ok());
    CHECK(seen == QList<EventId>{ids[0], ids[5]});
    // The statement is left ready for the next read after an early stop.
    CHECK(idsOf(*t.events->query({})).size() == 6);
}

TEST_CASE("updating an event rewrites its people and its search text")
{
    TempDatabase t;
    auto ids = *t.events->addAll(stabilityStory());
    Event e = **t.events->find(ids[4]);
    e.people = {QStringLiteral("Shan Shan Wong")};
    e.description = QStringLiteral("interim leadership");
    REQUIRE(t.events->update(e).ok());
    CHECK(**t.events->find(ids[4]) == e);
    EventQuery q;
    q.text = QStringLiteral("laforte");
    CHECK(t.events->query(q)->empty());
    q.text = QStringLiteral("leadership");
    CHECK(t.events->query(q)->size() == 1);
}

TEST_CASE("an event moved to another company keeps its people and sources, and a merge too")
{
    TempDatabase t;
    auto ids = *t.events->addAll(stabilityStory());
    Event resign = **t.events->find(ids[3]);
    REQUIRE(resign.sources.size() == 1);
    resign.company = QStringLiteral("Elsewhere Inc");
    REQUIRE(t.events->update(resign).ok());
    CHECK(**t.events->find(ids[3]) == resign);

    // A merge moves many events at once; each keeps what it names.
    const Event coCeos = **t.events->find(ids[4]);
    REQUIRE(t.events->mergeCompanies(stability, QStringLiteral("Elsewhere Inc")).ok());
    Event moved = **t.events->find(ids[4]);
    CHECK(moved.company == QStringLiteral("Elsewhere Inc"));
    CHECK(moved.people == coCeos.people);
    CHECK(**t.events->find(ids[3]) == resign);
    EventQuery q;
    q.person = QStringLiteral("Christian Laforte");
    CHECK(idsOf(*t.events->query(q)) == QList<EventId>{ids[4]});
    q = {};
    q.text = QStringLiteral("siliconangle");
    CHECK(idsOf(*t.events->query(q)) == QList<EventId>{ids[3]});

    // Deleting an event deletes its links, so a restore under the same id starts clean.
    REQUIRE(t.events->remove(ids[4]).ok());
    REQUIRE(t.events->restore(moved).ok());
    CHECK(**t.events->find(ids[4]) == moved);
}

TEST_CASE("a company's events, people and sources are read from few pages, however interleaved")
{
    // Events are written as real users and imports write them: companies interleaved.
    TempDatabase t;
    constexpr int companies = 20;
    constexpr int perCompany = 100;
    std::vector<Event> batch;
    for (int i = 0; i < perCompany; ++i) {
        for (int c = 0; c < companies; ++c) {
            Event e = appointment(QStringLiteral("%1").arg(1980 + i % 40),
                                  QStringLiteral("Company %1").arg(c),
                                  {QStringLiteral("Person %1-%2").arg(c).arg(i)},
                                  QStringLiteral("Vice President of Engineering"));
            e.description = QStringLiteral("An appointment described at some length, as real "
                                           "news items are, number %1 of company %2.")
                                .arg(i)
                                .arg(c);
            mainSource(e).url = QStringLiteral("https://news.example.org/%1/%2").arg(c).arg(i);
            mainSource(e).title = QStringLiteral("Company %1 names a new vice president").arg(c);
            batch.push_back(e);
        }
    }
    REQUIRE(t.events->addAll(batch).ok());
    t.events.reset();
    t.db.reset();

    auto reader = Database::open(t.path, Database::OpenMode::ReadOnly);
    REQUIRE(reader.ok());
    EventQuery q;
    q.companies = {QStringLiteral("Company 7")};
    int hits = 0, misses = 0, highWater = 0;
    sqlite3_db_status((*reader)->handle(), SQLITE_DBSTATUS_CACHE_MISS, &misses, &highWater, 1);
    auto found = EventRepository(**reader).query(q);
    REQUIRE(found.ok());
    REQUIRE(found->size() == std::size_t(perCompany));
    CHECK(found->front().sources.size() == 1);
    CHECK(found->front().people.size() == 1);
    sqlite3_db_status((*reader)->handle(), SQLITE_DBSTATUS_CACHE_HIT, &hits, &highWater, 0);
    sqlite3_db_status((*reader)->handle(), SQLITE_DBSTATUS_CACHE_MISS, &misses, &highWater, 0);
    // Stored in the order written, each of the 100 events and its people and sources would be on
    // a page of its own (more than 200 pages read); stored by company, a few dozen.
    INFO("pages read: " << misses << ", found in the cache: " << hits);
    CHECK(misses < 60);
}

TEST_CASE("a removed event can be restored under its former id")
{
    TempDatabase t;
    auto ids = *t.events->addAll(stabilityStory());
    const Event removed = **t.events->find(ids[3]);
    REQUIRE(t.events->remove(ids[3]).ok());
    CHECK_FALSE(t.events->find(ids[3])->has_value());
    CHECK(t.events->remove(ids[3]).error().kind == Error::Kind::NotFound);
    REQUIRE(t.events->restore(removed).ok());
    CHECK(**t.events->find(ids[3]) == removed);
    EventQuery q;
    q.text = QStringLiteral("decentralized");
    CHECK(idsOf(*t.events->query(q)) == QList<EventId>{ids[3]});
}

TEST_CASE("a batch of new events takes ids never used before, each found by its own words")
{
    TempDatabase t;
    auto first = *t.events->addAll(stabilityStory());
    REQUIRE(t.events->remove(first.back()).ok()); // the highest id so far, never to come back
    std::vector<Event> batch;
    for (int i = 0; i < 300; ++i)
        batch.push_back(other(QStringLiteral("2020-01-%1").arg(i % 28 + 1, 2, 10, QLatin1Char('0')),
                              stability,
                              QStringLiteral("memo%1x %2")
                                  .arg(i)
                                  .arg(i % 2 ? QStringLiteral("odd") : QStringLiteral("even"))));
    auto ids = *t.events->addAll(batch);
    REQUIRE(ids.size() == batch.size());
    for (std::size_t i = 0; i < ids.size(); ++i)
        CHECK(ids[i] == first.back() + 1 + EventId(i));

    EventQuery q;
    for (int i : {0, 1, 150, 299}) {
        q.text = QStringLiteral("memo%1x").arg(i);
        CHECK(idsOf(*t.events->query(q)) == QList<EventId>{ids[std::size_t(i)]});
    }
    q.text = QStringLiteral("odd");
    CHECK(t.events->query(q)->size() == 150);
    // Restoring a removed event and editing another keep the index whole.
    const Event removed = **t.events->find(ids[10]);
    REQUIRE(t.events->remove(ids[10]).ok());
    REQUIRE(t.events->restore(removed).ok());
    Event edited = **t.events->find(ids[11]);
    edited.description = QStringLiteral("renamed memo");
    REQUIRE(t.events->update(edited).ok());
    q.text = QStringLiteral("memo10x");
    CHECK(idsOf(*t.events->query(q)) == QList<EventId>{ids[10]});
    q.text = QStringLiteral("memo11x");
    CHECK(t.events->query(q)->empty());
    CHECK(sqlite3_exec(t.db->handle(),
                       "INSERT INTO events_fts(events_fts, rank) VALUES('integrity-check', 1)",
                       nullptr, nullptr, nullptr) == SQLITE_OK);
}

TEST_CASE("a large batch runs with a larger page cache and gives the connection its own back")
{
    TempDatabase t;
    const auto cacheSize = [&t] {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(t.db->handle(), "PRAGMA cache_size", -1, &s, nullptr);
        sqlite3_step(s);
        const qint64 size = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
        return size;
    };
    const qint64 before = cacheSize();
    std::vector<Event> batch(10000, other(QStringLiteral("2021"), stability, QStringLiteral("x")));
    for (std::size_t i = 0; i < batch.size(); ++i)
        batch[i].description = QStringLiteral("note %1").arg(i);
    REQUIRE(t.events->addAll(batch).ok());
    CHECK(*t.events->count() == 10000);
    CHECK(cacheSize() == before);
}

TEST_CASE("merging companies moves every event and removes the merged name")
{
    TempDatabase t;
    REQUIRE(t.events->addAll(stabilityStory()).ok());
    REQUIRE(t.events
                ->add(other(QStringLiteral("2023"), QStringLiteral("Stability"),
                            QStringLiteral("typo company")))
                .ok());
    REQUIRE(t.events->mergeCompanies(QStringLiteral("Stability"), stability).ok());
    auto companies = *t.events->companies();
    REQUIRE(companies.size() == 2);
    CHECK(companies[1].name == stability);
    CHECK(companies[1].eventCount == 6);
    EventQuery q;
    q.text = QStringLiteral("typo");
    CHECK(t.events->query(q)->front().company == stability);
}

TEST_CASE("renaming a company refuses a name already taken")
{
    TempDatabase t;
    REQUIRE(t.events->addAll(stabilityStory()).ok());
    auto status =
        t.events->renameCompany(QStringLiteral("Other Co"), QStringLiteral("stability ai"));
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(QStringLiteral("merge")));
    REQUIRE(t.events->renameCompany(QStringLiteral("Other Co"), QStringLiteral("Another Co")).ok());
    EventQuery q;
    q.companies = {QStringLiteral("Another Co")};
    CHECK(t.events->query(q)->size() == 1);
}

TEST_CASE("merging people keeps each event naming the survivor once")
{
    TempDatabase t;
    REQUIRE(t.events->addAll(stabilityStory()).ok());
    REQUIRE(
        t.events
            ->add(appointment(QStringLiteral("2024-04"), stability,
                              {QStringLiteral("Christian Laforte"), QStringLiteral("C. Laforte")},
                              QStringLiteral("Advisor")))
            .ok());
    REQUIRE(t.events->mergePeople(QStringLiteral("C. Laforte"), QStringLiteral("Christian Laforte"))
                .ok());
    CHECK_FALSE(t.events->people()->contains(QStringLiteral("C. Laforte")));
    EventQuery q;
    q.person = QStringLiteral("Christian Laforte");
    auto events = *t.events->query(q);
    REQUIRE(events.size() == 2);
    CHECK(events[1].people == QStringList{QStringLiteral("Christian Laforte")});
}

TEST_CASE("a company's colour is kept")
{
    TempDatabase t;
    REQUIRE(t.events->addAll(stabilityStory()).ok());
    REQUIRE(t.events->setCompanyColor(stability, QColor(QStringLiteral("#7b2cbf"))).ok());
    auto companies = *t.events->companies();
    CHECK(companies[1].color == QColor(QStringLiteral("#7b2cbf")));
    CHECK_FALSE(companies[0].color.isValid());
}

TEST_CASE("tenures are derived from the stored events")
{
    TempDatabase t;
    REQUIRE(t.events->addAll(stabilityStory()).ok());
    auto tenures = *t.events->tenures(stability);
    REQUIRE(tenures.size() == 3);
    CHECK(tenures[0].person == QStringLiteral("Emad Mostaque"));
    CHECK(tenures[0].end == date(QStringLiteral("2024-03-22")));
}

TEST_CASE("another connection's commit is noticed")
{
    TempDatabase t;
    const qint64 before = t.db->externalChangeCounter();
    auto second = Database::open(t.path);
    REQUIRE(second.ok());
    EventRepository other(**second);
    REQUIRE(other.add(stabilityStory().front()).ok());
    CHECK(t.db->externalChangeCounter() != before);
    CHECK(*t.events->count() == 1);
}

TEST_CASE("files that are not Tenure databases are refused and left untouched")
{
    QTemporaryDir dir;
    SECTION("a missing file")
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("missing.sqlite")));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("no such database")));
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing.sqlite"))));
    }
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        writeFile(path, QByteArray("date,company\n").repeated(20));
        requireRefusedUntouched(path, QStringLiteral("not an SQLite file"));
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        writeFile(path, QByteArray());
        requireRefusedUntouched(path, QStringLiteral("empty"));
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));
        runRawSql(path, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');");
        requireRefusedUntouched(path, QStringLiteral("another program"));
    }
    SECTION("a database from a newer Tenure")
    {
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto created = Database::open(path, Database::OpenMode::CreateNew);
            REQUIRE(created.ok());
        }
        runRawSql(path, "PRAGMA user_version = 99");
        requireRefusedUntouched(path, QStringLiteral("newer version of Tenure"));
    }
    SECTION("a damaged database")
    {
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            auto created = Database::open(path, Database::OpenMode::CreateNew);
            REQUIRE(created.ok());
            EventRepository events(**created);
            std::vector<Event> many;
            for (int i = 0; i < 300; ++i)
                many.push_back(other(QStringLiteral("2020"), QStringLiteral("Company %1").arg(i),
                                     QStringLiteral("event number %1").arg(i)));
            REQUIRE(events.addAll(many).ok());
        }
        QByteArray bytes = readFile(path);
        REQUIRE(bytes.size() > 8192);
        for (qsizetype i = 4096; i < bytes.size(); ++i)
            bytes[i] = char(0xA5);
        writeFile(path, bytes);
        requireRefusedUntouched(path, QStringLiteral("damaged"));
    }
}

TEST_CASE("a database locked by another program is refused with a clear message")
{
    TempDatabase t;
    REQUIRE(t.events->add(stabilityStory().front()).ok());
    t.events.reset();
    t.db.reset();
    sqlite3 *holder = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(t.path).constData(), &holder) == SQLITE_OK);
    REQUIRE(sqlite3_exec(holder, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;", nullptr,
                         nullptr, nullptr) == SQLITE_OK);
    const QByteArray before = readFile(t.path);
    auto opened = Database::open(t.path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == Error::Kind::Unusable);
    CHECK(opened.error().message.contains(QStringLiteral("locked")));
    CHECK(readFile(t.path) == before);
    sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(holder);
}

TEST_CASE("older databases are migrated forward with their events intact")
{
    const int oldVersion = GENERATE(1, 2, 3, 4, 8, 9);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    std::string sql = "PRAGMA journal_mode = WAL; PRAGMA application_id = " +
                      std::to_string(Database::applicationId) + ";";
    sql += schema::version1;
    if (oldVersion >= 2)
        sql += schema::version2;
    if (oldVersion >= 3)
        sql += schema::version3;
    if (oldVersion >= 4)
        sql += schema::version4;
    for (const char *step :
         {schema::version5, schema::version6, schema::version7, schema::version8}) {
        if (oldVersion >= 8)
            sql += step;
    }
    sql += "INSERT INTO companies (id, name) VALUES (1, 'Stability AI');"
           "INSERT INTO people (id, name) VALUES (1, 'Emad Mostaque');"
           "INSERT INTO events (id, company_id, type, year, month, day, first_day, last_day, role, "
           "description) VALUES (7, 1, 1, 2024, 3, 22, 2460392, 2460392, 'CEO', "
           "'resigned to pursue decentralized AI');"
           "INSERT INTO event_people VALUES (7, 0, 1);";
    if (oldVersion >= 2)
        sql += "INSERT INTO events_fts (rowid, company, people, role, round, description, "
               "source_title, source_url) VALUES (7, 'Stability AI', 'Emad Mostaque', 'CEO', '', "
               "'resigned to pursue decentralized AI', '', '');";
    if (oldVersion >= 8) // sources have a table of their own since version 6
        sql += "INSERT INTO event_sources (event_id, position, url, title) VALUES (7, 0, "
               "'https://siliconangle.com/2024/03/24/emad-mostaque-resigns/', 'SiliconANGLE');";
    if (oldVersion >= 4) // as Tenure keeps it: the highest id handed out
        sql += "UPDATE id_sequence SET last = 7;";
    if (oldVersion >= 9) // the rows above, moved as version 9 moved them
        sql += schema::version9;
    sql += "PRAGMA user_version = " + std::to_string(oldVersion) + ";";
    runRawSql(path, sql.c_str());

    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    CHECK((*opened)->schemaVersion() == Database::currentSchemaVersion);
    EventRepository events(**opened);
    auto found = *events.find(7);
    REQUIRE(found.has_value());
    CHECK(found->date == date(QStringLiteral("2024-03-22")));
    CHECK(found->people == QStringList{QStringLiteral("Emad Mostaque")});
    if (oldVersion >= 8) {
        REQUIRE(found->sources.size() == 1);
        CHECK(found->sources.front().title == QStringLiteral("SiliconANGLE"));
    }
    EventQuery q;
    q.text = QStringLiteral("decentralized");
    CHECK(events.query(q)->size() == 1);
    q.text.clear();
    q.person = QStringLiteral("Emad Mostaque");
    CHECK(events.query(q)->size() == 1);
    REQUIRE(events.setCompanyColor(QStringLiteral("Stability AI"), QColor(Qt::red)).ok());
    // Ids continue after the highest one stored, and a deleted one is never given again.
    REQUIRE(events.remove(7).ok());
    auto next = events.add(found.value());
    REQUIRE(next.ok());
    CHECK(*next == 8);
}

TEST_CASE("the watcher reports another program's commit within a second, and not our own")
{
    TempDatabase t;
    DatabaseWatcher watcher(*t.db, 100);
    QSignalSpy changed(&watcher, &DatabaseWatcher::changedExternally);
    REQUIRE(t.events->add(stabilityStory().front()).ok());
    CHECK_FALSE(watcher.poll());

    auto second = Database::open(t.path);
    REQUIRE(second.ok());
    REQUIRE(EventRepository(**second).add(stabilityStory().back()).ok());
    CHECK(changed.wait(1000));
    CHECK(changed.count() == 1);
}

// ---- Search and names that stay what they are ----

TEST_CASE("a search with no letters or digits finds nothing, and says why")
{
    TempDatabase t;
    REQUIRE(t.events->addAll(stabilityStory()).ok());
    for (const char *text : {"*", "^", "\"", "---", " _ ", "()", "'"}) {
        INFO(text);
        EventQuery q;
        q.text = QString::fromLatin1(text);
        const auto found = t.events->query(q);
        REQUIRE(found.ok());
        CHECK(found->empty());
        CHECK(FullTextIndex::whyNothingMatches(q.text) ==
              QStringLiteral("'%1' has no letters or digits to search for, so it matches nothing")
                  .arg(q.text.trimmed()));
    }
    // Blank text is no search at all, and a word among the punctuation is searched for.
    CHECK_FALSE(FullTextIndex::whyNothingMatches(QStringLiteral("  ")));
    CHECK_FALSE(FullTextIndex::whyNothingMatches(QStringLiteral("\"wong\"*")));
    EventQuery q;
    q.text = QStringLiteral("\"wong\"*");
    CHECK(t.events->query(q)->size() == 1);
    q.text = QStringLiteral("   ");
    CHECK(t.events->query(q)->size() == 6);
}

TEST_CASE("a limited search lists the first matches by date, for a common word as for a rare one")
{
    TempDatabase t;
    // Added out of date order, many on the same day, so that neither the ids nor the dates
    // alone give the order; "ceo" is in most events' text, "zebra" in three.
    std::vector<Event> events;
    for (int i = 0; i < 600; ++i) {
        const QString day = QStringLiteral("%1-%2-%3")
                                .arg(2000 + (i * 7) % 23)
                                .arg(1 + (i * 5) % 12, 2, 10, QLatin1Char('0'))
                                .arg(1 + (i % 3) * 9, 2, 10, QLatin1Char('0'));
        const QString text = i % 200 == 7 ? QStringLiteral("a zebra at the board")
                             : i % 7 == 0 ? QStringLiteral("a board member left")
                                          : QStringLiteral("the ceo was named");
        events.push_back(other(day, QStringLiteral("Company %1").arg(i % 10), text));
    }
    REQUIRE(t.events->addAll(events).ok());

    for (const char *word : {"ceo", "zebra", "board"}) {
        EventQuery query;
        query.text = QString::fromLatin1(word);
        const auto all = t.events->query(query);
        REQUIRE(all.ok());
        REQUIRE_FALSE(all->empty());
        for (int limit : {0, 1, 5, 100, 1000}) {
            INFO(word << ", limit " << limit);
            query.limit = limit;
            const auto first = t.events->query(query);
            REQUIRE(first.ok());
            const std::size_t expected = std::min(all->size(), std::size_t(limit));
            REQUIRE(first->size() == expected);
            for (std::size_t i = 0; i < expected; ++i)
                CHECK(first->at(i) == all->at(i));
        }
    }
}

TEST_CASE("a rename to a name with a control character is refused and changes nothing")
{
    TempDatabase t;
    REQUIRE(t.events->addAll(stabilityStory()).ok());
    // U+001F separates names in storage: "Jane\x1fRoe" would read back as two people.
    const Status person =
        t.events->renamePerson(QStringLiteral("Jane Roe"), QStringLiteral("Jane\x1fRoe"));
    REQUIRE_FALSE(person.ok());
    CHECK(person.error().kind == Error::Kind::InvalidData);
    CHECK(person.error().message ==
          QStringLiteral("the name 'Jane\\x1fRoe' contains the control character U+001F; "
                         "remove it"));
    const Status company =
        t.events->renameCompany(QStringLiteral("Other Co"), QStringLiteral("Other \u202eoC"));
    REQUIRE_FALSE(company.ok());
    CHECK(t.events->people()->contains(QStringLiteral("Jane Roe")));
    EventQuery q;
    q.companies = {QStringLiteral("Other Co")};
    CHECK(t.events->query(q)->size() == 1);
}

TEST_CASE("the store refuses an event whose text could command a terminal")
{
    TempDatabase t;
    Event e = other(QStringLiteral("2024"), QStringLiteral("Acme\x1b[2J"), QString());
    const auto added = t.events->add(e);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().kind == Error::Kind::InvalidData);
    CHECK(*t.events->count() == 0);
}
