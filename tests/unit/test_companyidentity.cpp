// Companies that share a name: an identifier (web domain, Wikidata item, ticker) tells them
// apart, in the store, in imports and in exports.
#include "edit/edithistory.h"
#include "edit/importplan.h"
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "model/companyidentifier.h"
#include "model/companyresolver.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace testsupport;

namespace {
const QString csvName = QStringLiteral("companies.csv");

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<EventRepository> events;

    Store()
    {
        auto opened =
            Database::open(dir.filePath(QStringLiteral("t.sqlite")), Database::OpenMode::CreateNew);
        REQUIRE(opened.ok());
        db = std::move(*opened);
        events = std::make_unique<EventRepository>(*db);
    }

    // Imports CSV text the way `tenure-cli import` does; returns the plan.
    ImportPlan import(const QByteArray &csv)
    {
        const ImportBatch batch = CsvReader::read(csv, csvName);
        REQUIRE(batch.ok());
        auto plan = ImportPlan::make(*events, batch, csvName);
        REQUIRE(plan.ok());
        REQUIRE(events->addAll(plan->toAdd).ok());
        return *plan;
    }

    QStringList companies()
    {
        QStringList list;
        for (const Company &company : *events->companies())
            list << QStringLiteral("%1 [%2] %3")
                        .arg(company.name, company.identifier)
                        .arg(company.eventCount);
        return list;
    }
};

Event at(const QString &company, const QString &identifier, const QString &person)
{
    Event event = appointment(QStringLiteral("2020"), company, {person}, QStringLiteral("CEO"));
    event.companyIdentifier = identifier;
    return event;
}
} // namespace

TEST_CASE("an identifier is read in the one way each kind is written")
{
    const auto read = [](const char *text) {
        return CompanyIdentifier::read(QString::fromUtf8(text));
    };
    CHECK(read("stability.ai").identifier == QStringLiteral("stability.ai"));
    CHECK(read("https://www.Stability.AI/").identifier == QStringLiteral("stability.ai"));
    CHECK(read("https://www.Stability.AI/").rewritten);
    CHECK(read("q107420637").identifier == QStringLiteral("Q107420637"));
    CHECK(read("https://www.wikidata.org/wiki/Q95").identifier == QStringLiteral("Q95"));
    CHECK(read("nasdaq:nvda").identifier == QStringLiteral("NASDAQ:NVDA"));
    CHECK(read("BRK.B").identifier == QStringLiteral("BRK.B"));
    CHECK_FALSE(read(" NVDA ").rewritten);
    CHECK(read("").identifier.isEmpty());
    CHECK(read("").problem.isEmpty());
    const auto bad = read("Stability AI Ltd");
    CHECK(bad.identifier.isEmpty());
    CHECK(bad.problem == QStringLiteral("'Stability AI Ltd' is not a company identifier: write a "
                                        "web domain (stability.ai), a Wikidata item "
                                        "(Q107420637) or a ticker (NVDA, NASDAQ:NVDA)"));
}

TEST_CASE("the resolver keeps companies of one name apart by their identifiers")
{
    using Outcome = CompanyResolver::Outcome;
    CompanyResolver resolver({{QStringLiteral("Apple"), QString()},
                              {QStringLiteral("Mercury"), QStringLiteral("mercury.com")}});
    // A company without an identifier takes the first one it is given.
    auto apple = resolver.resolve(QStringLiteral("apple"), QStringLiteral("apple.com"));
    CHECK(apple.label == QStringLiteral("Apple"));
    CHECK(apple.outcome == Outcome::Adopted);
    // Another identifier is another company, labelled with it.
    auto records = resolver.resolve(QStringLiteral("Apple"), QStringLiteral("Q213660"));
    CHECK(records.label == QStringLiteral("Apple (Q213660)"));
    CHECK(records.outcome == Outcome::Labelled);
    CHECK(records.otherIdentifier == QStringLiteral("apple.com"));
    // Named by its identifier, under any name; and by name alone, the company of that name.
    CHECK(resolver.resolve(QStringLiteral("Apple Records"), QStringLiteral("q213660")).label ==
          QStringLiteral("Apple (Q213660)"));
    CHECK(resolver.resolve(QStringLiteral("APPLE"), QString()).label == QStringLiteral("Apple"));
    CHECK(resolver.resolve(QStringLiteral("Mercury"), QStringLiteral("mercury.com")).outcome ==
          Outcome::Identified);
    CHECK(resolver.resolve(QStringLiteral("Venus"), QStringLiteral("venus.org")).outcome ==
          Outcome::New);
}

TEST_CASE("two companies of one name with different identifiers are stored as two")
{
    Store t;
    REQUIRE(t.events
                ->addAll({at(QStringLiteral("Mercury"), QStringLiteral("mercury.com"),
                             QStringLiteral("Immad Akhund")),
                          at(QStringLiteral("Mercury"), QStringLiteral("Q1111"),
                             QStringLiteral("Freddie Mercury")),
                          at(QStringLiteral("Mercury"), QString(), QStringLiteral("Someone"))})
                .ok());
    CHECK(t.companies() == QStringList{QStringLiteral("Mercury [mercury.com] 2"),
                                       QStringLiteral("Mercury (Q1111) [Q1111] 1")});
    const auto stored = t.events->query();
    REQUIRE(stored->size() == 3);
    CHECK(stored->at(1).company == QStringLiteral("Mercury (Q1111)"));
    CHECK(stored->at(1).companyIdentifier == QStringLiteral("Q1111"));
    // An edit that keeps the identifier stays with its company.
    Event edited = stored->at(1);
    edited.role = QStringLiteral("Chair");
    REQUIRE(t.events->update(edited).ok());
    CHECK(t.companies().size() == 2);
}

TEST_CASE("an import tells same-named companies apart, says so, and adds nothing the second time")
{
    Store t;
    const QByteArray file = "date,company,company_id,type,people,role\n"
                            "2020,Mercury,mercury.com,appointment,Immad Akhund,CEO\n"
                            "2021,Mercury,https://www.wikidata.org/wiki/Q1111,appointment,Ann "
                            "Lee,CEO\n"
                            "2022,Mercury Technologies,MERCURY.COM,departure,Immad Akhund,CEO\n";
    const ImportBatch batch = CsvReader::read(file, csvName);
    REQUIRE(batch.ok());
    REQUIRE(batch.warnings.size() == 2); // the columns left out, and the Wikidata URL
    CHECK(batch.warnings[1].toString() ==
          QStringLiteral("companies.csv:3: company_id: "
                         "'https://www.wikidata.org/wiki/Q1111' was read as Q1111"));
    const ImportPlan first = t.import(file);
    REQUIRE(first.otherCompanies.size() == 1);
    CHECK(first.otherCompanies[0].toString() ==
          QStringLiteral("companies.csv:3: company_id: 'Mercury' (Q1111) is not the "
                         "company 'Mercury' (mercury.com) already named: imported as 'Mercury "
                         "(Q1111)'"));
    CHECK(t.companies() == QStringList{QStringLiteral("Mercury [mercury.com] 2"),
                                       QStringLiteral("Mercury (Q1111) [Q1111] 1")});

    const ImportBatch again = CsvReader::read(file, csvName);
    const auto second = ImportPlan::make(*t.events, again, csvName);
    REQUIRE(second.ok());
    CHECK(second->toAdd.empty());
    CHECK(second->duplicates == 3);
}

TEST_CASE("a company stored without an identifier takes the one an import gives it")
{
    Store t;
    REQUIRE(t.events->add(at(QStringLiteral("Stability AI"), QString(), QStringLiteral("A"))).ok());
    t.import("date,company,company_id,type,people,role\n"
             "2023,stability ai,stability.ai,appointment,B,CTO\n"
             "2024,Stability AI,Q107420637,appointment,C,CEO\n");
    CHECK(t.companies() == QStringList{QStringLiteral("Stability AI [stability.ai] 2"),
                                       QStringLiteral("Stability AI (Q107420637) [Q107420637] 1")});
}

TEST_CASE("undoing an import gives a stored company back without the identifier it took")
{
    Store t;
    REQUIRE(t.events->add(at(QStringLiteral("Stability AI"), QString(), QStringLiteral("A"))).ok());
    EditHistory history(*t.events);
    REQUIRE(history
                .importEvents({at(QStringLiteral("Stability AI"), QStringLiteral("stability.ai"),
                                  QStringLiteral("B"))},
                              csvName)
                .ok());
    CHECK(t.companies() == QStringList{QStringLiteral("Stability AI [stability.ai] 2")});
    history.undoStack()->undo();
    CHECK(t.companies() == QStringList{QStringLiteral("Stability AI [] 1")});
    history.undoStack()->redo();
    CHECK(t.companies() == QStringList{QStringLiteral("Stability AI [stability.ai] 2")});
}

TEST_CASE("undoing an edit gives a stored company back without the identifier it took")
{
    Store t;
    const EventId id =
        *t.events->add(at(QStringLiteral("Stability AI"), QString(), QStringLiteral("A")));
    const Event before = **t.events->find(id);
    Event after = before;
    after.companyIdentifier = QStringLiteral("stability.ai");
    EditHistory history(*t.events);
    REQUIRE(history.editEvent(before, after).ok());
    CHECK(t.companies() == QStringList{QStringLiteral("Stability AI [stability.ai] 1")});
    history.undoStack()->undo();
    CHECK(t.companies() == QStringList{QStringLiteral("Stability AI [] 1")});
    history.undoStack()->redo();
    CHECK(t.companies() == QStringList{QStringLiteral("Stability AI [stability.ai] 1")});
}

TEST_CASE("identifiers survive an export and an import into an empty database byte for byte")
{
    Store t;
    t.import("date,company,company_id,type,people,role\n"
             "2020,Mercury,mercury.com,appointment,Immad Akhund,CEO\n"
             "2021,Mercury,Q1111,appointment,Ann Lee,CEO\n");
    const QByteArray exported = CsvWriter::write(*t.events->query());
    CHECK(exported.contains("Mercury (Q1111),Q1111,appointment"));
    Store copy;
    copy.import(exported);
    CHECK(CsvWriter::write(*copy.events->query()) == exported);
}

TEST_CASE("an identifier that is none is refused with the column and the reason")
{
    const ImportBatch batch = CsvReader::read("date,company,company_id,type,people,role\n"
                                              "2020,Mercury,Mercury Bank,other,,\n",
                                              csvName);
    REQUIRE_FALSE(batch.ok());
    CHECK(batch.issues[0].toString().startsWith(
        QStringLiteral("companies.csv:2: company_id: 'Mercury Bank' is not a company identifier")));
}
