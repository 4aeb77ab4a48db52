// The same EventStore behaviour on both engines: every case runs on an SQLite file and on a
// PostgreSQL database of the tests' cluster holding the same events, and checks each result
// against the file's and against what it must be.
#include "sampledata.h"
#include "server/databasecopy.h"
#include "server/serverdatabase.h"
#include "server/servereventstore.h"
#include "serverscratch.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace testsupport;

namespace {
// The sample in a file and, copied, on a server.
class BothEngines
{
public:
    BothEngines()
    {
        auto db = SampleData::createDatabase(m_dir.filePath(QStringLiteral("a.sqlite")));
        REQUIRE(db);
        m_fileDb = std::move(*db);
        auto server =
            ServerDatabase::open(m_scratch.location(), ServerDatabase::OpenMode::CreateNew);
        REQUIRE(server);
        m_serverDb = std::move(*server);
        REQUIRE(DatabaseCopy::toServer(*m_fileDb, *m_serverDb));
        m_file = std::make_unique<EventRepository>(*m_fileDb);
        m_server = std::make_unique<ServerEventStore>(*m_serverDb);
    }
    EventStore &file() { return *m_file; }
    EventStore &server() { return *m_server; }
    std::vector<EventStore *> both() { return {m_file.get(), m_server.get()}; }

private:
    QTemporaryDir m_dir;
    ServerScratch m_scratch;
    std::unique_ptr<Database> m_fileDb;
    std::unique_ptr<ServerDatabase> m_serverDb;
    std::unique_ptr<EventStore> m_file;
    std::unique_ptr<EventStore> m_server;
};

std::vector<Event> queried(EventStore &store, const EventQuery &query)
{
    auto events = store.query(query);
    if (!events)
        FAIL(events.error().message.toStdString());
    return std::move(*events);
}

QString errorOf(const Status &status)
{
    return status ? QString() : status.error().message;
}
} // namespace

TEST_CASE("both engines answer every kind of query with the same events in the same order")
{
    BothEngines engines;
    // Text a search must fold: accents, case, a prefix, a word in a source title.
    Event odd = appointment(QStringLiteral("2024-04"), QStringLiteral("Zoë Labs"),
                            {QStringLiteral("Ana Peña")}, QStringLiteral("Directora General"));
    odd.sources = {{QStringLiteral("https://example.com/x"), QStringLiteral("El Periódico"),
                    QString(), PartialDate()}};
    for (EventStore *store : engines.both())
        REQUIRE(store->add(odd));

    std::vector<EventQuery> queries(12);
    queries[1].from = QDate(2023, 1, 1);
    queries[2].to = QDate(2022, 12, 31);
    queries[3].companies = {QStringLiteral("STABILITY ai")};
    queries[4].types = {EventType::Departure, EventType::Funding};
    queries[5].person = QStringLiteral("emad MOSTAQUE");
    queries[6].text = QStringLiteral("pena");
    queries[7].text = QStringLiteral("PERIODICO");
    queries[8].text = QStringLiteral("mostaq resign");
    queries[9].text = QStringLiteral("*");
    queries[10].limit = 3;
    queries[11].from = QDate(2024, 1, 1);
    queries[11].types = {EventType::Appointment};
    queries[11].text = QStringLiteral("interim");

    for (std::size_t i = 0; i < queries.size(); ++i) {
        INFO("query " << i);
        const auto fromFile = queried(engines.file(), queries[i]);
        const auto fromServer = queried(engines.server(), queries[i]);
        CHECK(fromServer == fromFile);
    }
    for (std::size_t i = 0; i < queries.size(); ++i) {
        INFO("span and companies of query " << i);
        CHECK(*engines.server().extent(queries[i]) == *engines.file().extent(queries[i]));
        QStringList fromFile = *engines.file().companiesMatching(queries[i]);
        QStringList fromServer = *engines.server().companiesMatching(queries[i]);
        fromFile.sort();
        fromServer.sort();
        CHECK(fromServer == fromFile);
    }
    CHECK(engines.server().extent({})->first == QDate(2019, 1, 1));
    CHECK(queried(engines.server(), queries[0]).size() == 26);
    CHECK(queried(engines.server(), queries[6]).size() == 1);
    CHECK(queried(engines.server(), queries[7]).size() == 1);
    CHECK_FALSE(queried(engines.server(), queries[8]).empty());
    CHECK(queried(engines.server(), queries[9]).empty());
    CHECK(queried(engines.server(), queries[10]).size() == 3);
    CHECK_FALSE(queried(engines.server(), queries[11]).empty());
}

TEST_CASE("both engines list the same companies, people, roles and tenures")
{
    BothEngines engines;
    auto &file = engines.file();
    auto &server = engines.server();
    const auto fileCompanies = *file.companies();
    const auto serverCompanies = *server.companies();
    REQUIRE(serverCompanies.size() == fileCompanies.size());
    for (std::size_t i = 0; i < fileCompanies.size(); ++i) {
        CHECK(serverCompanies[i].name == fileCompanies[i].name);
        CHECK(serverCompanies[i].eventCount == fileCompanies[i].eventCount);
    }
    const auto named =
        *server.companies(QStringList{QStringLiteral("stability AI"), QStringLiteral("nobody")});
    REQUIRE(named.size() == 1);
    CHECK(named.front().eventCount == 25);
    CHECK(*server.people() == *file.people());
    CHECK(*server.peopleWithEventCounts() == *file.peopleWithEventCounts());
    CHECK(*server.roles() == *file.roles());
    CHECK(*server.count() == *file.count());
    const auto fileTenures = *file.derivation();
    const auto serverTenures = *server.derivation();
    CHECK(serverTenures.tenures == fileTenures.tenures);
    CHECK(serverTenures.notes.size() == fileTenures.notes.size());
}

TEST_CASE(
    "both engines add, change, remove and restore events field for field, and refuse the same")
{
    BothEngines engines;
    Event event =
        funding(QStringLiteral("2024-05-02"), QStringLiteral("Acme"), QStringLiteral("Series B"),
                50'000'000, std::nullopt, FundingStatus::Failed);
    event.investors = {QStringLiteral("Fund One"), QStringLiteral("Fund Two")};
    event.currency = QStringLiteral("EUR");
    event.announced = PartialDate::ofMonth(2024, 4);
    event.description = QStringLiteral("two\nlines");
    for (EventStore *store : engines.both()) {
        auto id = store->add(event);
        REQUIRE(id);
        Event stored = **store->find(*id);
        Event expected = event;
        expected.id = *id;
        CHECK(stored == expected);

        stored.company = QStringLiteral("Acme Two"); // moves to another lane
        stored.people = {QStringLiteral("Bo Chen")};
        REQUIRE(store->update(stored));
        CHECK(**store->find(*id) == stored);
        CHECK(queried(*store,
                      [] {
                          EventQuery q;
                          q.text = QStringLiteral("acme two chen");
                          return q;
                      }())
                  .size() == 1);

        REQUIRE(store->remove(*id));
        CHECK_FALSE(store->find(*id)->has_value());
        CHECK(errorOf(store->remove(*id)) == QStringLiteral("no event with id %1").arg(*id));
        REQUIRE(store->restore(stored));
        CHECK(**store->find(*id) == stored);
        // Removed again: a new event never takes its id.
        REQUIRE(store->remove(*id));
        auto next = store->add(
            other(QStringLiteral("2024"), QStringLiteral("Acme"), QStringLiteral("next")));
        REQUIRE(next);
        CHECK(*next > *id);

        Event invalid = event;
        invalid.company.clear();
        const qint64 before = *store->count();
        const auto refused = store->add(invalid);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == Error::Kind::InvalidData);
        CHECK(*store->count() == before);
    }
    CHECK(queried(engines.server(), {}) == queried(engines.file(), {}));
}

TEST_CASE("both engines rename and merge names, search by the new ones, and refuse the same")
{
    BothEngines engines;
    std::vector<QString> errors[2];
    int engine = 0;
    for (EventStore *store : engines.both()) {
        REQUIRE(
            store->renameCompany(QStringLiteral("stability ai"), QStringLiteral("Stability Labs")));
        EventQuery byName;
        byName.text = QStringLiteral("labs");
        CHECK(queried(*store, byName).size() == 25);
        REQUIRE(store->add(appointment(QStringLiteral("2024-05"), QStringLiteral("Other Co"),
                                       {QStringLiteral("Emad M.")}, QStringLiteral("CEO"))));
        REQUIRE(store->mergePeople(QStringList{QStringLiteral("Emad M.")},
                                   QStringLiteral("Emad Mostaque")));
        REQUIRE(
            store->mergeCompanies(QStringLiteral("Other Co"), QStringLiteral("Stability Labs")));
        EventQuery person;
        person.person = QStringLiteral("Emad Mostaque");
        CHECK(queried(*store, person).size() == 5);
        errors[engine] = {
            errorOf(store->renameCompany(QStringLiteral("Nope"), QStringLiteral("X"))),
            errorOf(store->renamePerson(QStringLiteral("Emad Mostaque"),
                                        QStringLiteral("robin ROMBACH"))),
            errorOf(store->mergeCompanies(QStringLiteral("Stability Labs"),
                                          QStringLiteral("stability labs"))),
            errorOf(store->renameCompany(QStringLiteral("Stability Labs"), QString())),
            errorOf(store->setRoleAlias(QStringLiteral("Jefa"), std::nullopt)),
            errorOf(store->setCompanyColor(QStringLiteral("Nope"), Qt::red))};
        REQUIRE(store->setRoleAlias(QStringLiteral("Directora General"),
                                    RoleVocabulary::Role::ChiefExecutive));
        REQUIRE(store->setCompanyColor(QStringLiteral("Stability Labs"), QColor(0x11, 0x22, 0x33)));
        ++engine;
    }
    CHECK(errors[1] == errors[0]);
    for (const QString &error : errors[1])
        CHECK_FALSE(error.isEmpty());
    CHECK(queried(engines.server(), {}) == queried(engines.file(), {}));
    CHECK(*engines.server().roleAliases() == *engines.file().roleAliases());
    CHECK(engines.server().companies()->front().color == QColor(0x11, 0x22, 0x33));
    CHECK(*engines.server().people() == *engines.file().people());
}

TEST_CASE("both engines tell companies of one name apart by their identifiers")
{
    BothEngines engines;
    QString conflicts[2];
    int engine = 0;
    for (EventStore *store : engines.both()) {
        Event apple =
            other(QStringLiteral("2020"), QStringLiteral("Apple"), QStringLiteral("fruit"));
        apple.companyIdentifier = QStringLiteral("apple.example");
        REQUIRE(store->add(apple));
        Event records =
            other(QStringLiteral("2021"), QStringLiteral("Apple"), QStringLiteral("records"));
        records.companyIdentifier = QStringLiteral("applerecords.example");
        REQUIRE(store->add(records));
        CHECK(store->companyIdentifiers()->value(QStringLiteral("Apple (applerecords.example)")) ==
              QStringLiteral("applerecords.example"));
        REQUIRE(store->clearCompanyIdentifier(QStringLiteral("Apple")));
        // A company whose own name is the label another would need: nothing fits.
        Event named = other(QStringLiteral("2022"), QStringLiteral("Acme (x.example)"),
                            QStringLiteral("named so"));
        named.companyIdentifier = QStringLiteral("y.example");
        REQUIRE(store->add(named));
        Event acme = other(QStringLiteral("2022"), QStringLiteral("Acme"), QStringLiteral("acme"));
        acme.companyIdentifier = QStringLiteral("acme.example");
        REQUIRE(store->add(acme));
        Event clash =
            other(QStringLiteral("2023"), QStringLiteral("Acme"), QStringLiteral("clash"));
        clash.companyIdentifier = QStringLiteral("x.example");
        const auto clashed = store->add(clash);
        conflicts[engine++] = clashed ? QString() : clashed.error().message;
    }
    CHECK_FALSE(conflicts[0].isEmpty());
    CHECK(conflicts[1] == conflicts[0]);
    CHECK(queried(engines.server(), {}) == queried(engines.file(), {}));
    CHECK(*engines.server().companyIdentifiers() == *engines.file().companyIdentifiers());
}
