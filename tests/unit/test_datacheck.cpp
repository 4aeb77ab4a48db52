#include "model/textfolding.h"
#include "query/datacheck.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <random>

using namespace testsupport;

namespace {
// Appointments and departures of a few people in many companies, dated to the year, month or
// day so that dates overlap: every kind of note turns up. Among them two companies whose names
// differ only in a case SQLite does not fold, and one told apart by its identifier.
std::vector<Event> manyCompanies()
{
    std::mt19937 random(12);
    const auto pick = [&random](int n) { return int(random() % unsigned(n)); };
    const QStringList roles{QStringLiteral("CEO"),    QStringLiteral("Chief Executive Officer"),
                            QStringLiteral("Co-CEO"), QStringLiteral("Chair"),
                            QStringLiteral("CTO"),    QStringLiteral("Head of Vibes")};
    QStringList companies{QStringLiteral("Éclair"), QStringLiteral("éclair"),
                          QStringLiteral("Mercury")};
    for (int i = 0; i < 30; ++i)
        companies << QStringLiteral("Company %1").arg(i, 2, 10, QLatin1Char('0'));
    std::vector<Event> events;
    for (const QString &company : companies) {
        for (int i = 0; i < 24; ++i) {
            QString when = QString::number(2000 + pick(6));
            if (pick(3) > 0)
                when += QStringLiteral("-%1").arg(1 + pick(12), 2, 10, QLatin1Char('0'));
            if (pick(2) > 0 && when.size() > 4)
                when += QStringLiteral("-%1").arg(1 + pick(28), 2, 10, QLatin1Char('0'));
            const QStringList people{QStringLiteral("Person %1").arg(pick(5))};
            const QString role = roles.at(pick(int(roles.size())));
            if (pick(5) < 3)
                events.push_back(appointment(when, company, people, role, pick(7) == 0));
            else
                events.push_back(departure(when, company, people, role));
        }
        events.push_back(other(QStringLiteral("2003"), company, QStringLiteral("Launched")));
    }
    // The same name with another identifier: another company, "Mercury (Q1111)".
    Event first = appointment(QStringLiteral("2001"), QStringLiteral("Mercury"),
                              {QStringLiteral("Ada")}, QStringLiteral("CEO"));
    first.companyIdentifier = QStringLiteral("Q1");
    Event labelled = appointment(QStringLiteral("2001"), QStringLiteral("Mercury"),
                                 {QStringLiteral("Bea")}, QStringLiteral("CEO"));
    labelled.companyIdentifier = QStringLiteral("Q1111");
    Event leaves = departure(QStringLiteral("2002"), QStringLiteral("Mercury"),
                             {QStringLiteral("Ada")}, QStringLiteral("CTO"));
    leaves.companyIdentifier = QStringLiteral("Q1111");
    events.insert(events.begin(), {first, labelled, leaves});
    return events;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<EventRepository> events;

    Fixture()
    {
        auto opened = Database::open(path(), Database::OpenMode::CreateNew);
        REQUIRE(opened.ok());
        db = std::move(*opened);
        events = std::make_unique<EventRepository>(*db);
        REQUIRE(events->addAll(manyCompanies()).ok());
        // A title of the user's: the check must derive with this database's vocabulary.
        REQUIRE(events
                    ->setRoleAlias(QStringLiteral("Head of Vibes"),
                                   RoleVocabulary::Role::ChiefExecutive)
                    .ok());
    }
    QString path() const { return dir.filePath(QStringLiteral("check.sqlite")); }
};

// What the whole check found before it went company by company: every appointment and
// departure read at once, derived at once, filed by case-folded company.
DataCheck::ByCompany derivedAtOnce(EventRepository &events)
{
    auto vocabulary = events.vocabulary();
    REQUIRE(vocabulary.ok());
    EventQuery postChanges;
    postChanges.types = {EventType::Appointment, EventType::Departure};
    auto all = events.query(postChanges);
    REQUIRE(all.ok());
    auto outcome = TenureDeriver::deriveWithNotes(std::move(*all), *vocabulary);
    DataCheck::ByCompany filed;
    for (const Tenure &tenure : outcome.tenures)
        ++filed[TextFolding::caseless(tenure.company)].tenures;
    for (DerivationNote &note : outcome.notes)
        filed[TextFolding::caseless(note.company)].notes.push_back(std::move(note));
    return filed;
}

void checkSame(const DataCheck::ByCompany &found, const DataCheck::ByCompany &expected)
{
    QStringList foundKeys, expectedKeys;
    for (const auto &entry : found)
        foundKeys << entry.first;
    for (const auto &entry : expected)
        expectedKeys << entry.first;
    REQUIRE(foundKeys == expectedKeys);
    for (const auto &[company, findings] : expected) {
        INFO(company.toStdString());
        const DataCheck::Findings &other = found.at(company);
        CHECK(other.tenures == findings.tenures);
        REQUIRE(other.notes.size() == findings.notes.size());
        for (std::size_t i = 0; i < findings.notes.size(); ++i) {
            INFO(findings.notes[i].englishMessage.toStdString());
            CHECK(other.notes[i] == findings.notes[i]);
        }
    }
}

int notesOfKind(const DataCheck::ByCompany &all, DerivationNote::Kind kind)
{
    int count = 0;
    for (const auto &[company, findings] : all)
        for (const DerivationNote &note : findings.notes)
            count += note.kind == kind;
    return count;
}
} // namespace

TEST_CASE("the whole check, company by company, finds what deriving every event at once found")
{
    Fixture f;
    const DataCheck::ByCompany expected = derivedAtOnce(*f.events);
    // Data that exercises every rule: many companies, each kind of note, names folded together.
    REQUIRE(expected.size() >= 30);
    CHECK(notesOfKind(expected, DerivationNote::Kind::OrderFromConsistency) > 0);
    CHECK(notesOfKind(expected, DerivationNote::Kind::UnmatchedDeparture) > 0);
    CHECK(notesOfKind(expected, DerivationNote::Kind::OverlappingHolders) > 0);
    REQUIRE(expected.count(QStringLiteral("éclair")) == 1);
    REQUIRE(expected.count(QStringLiteral("mercury (q1111)")) == 1);

    auto reader = Database::open(f.path(), Database::OpenMode::ReadOnly);
    REQUIRE(reader.ok());
    auto all = DataCheck::deriveAll(**reader);
    REQUIRE(all.ok());
    checkSame(*all, expected);

    // And each company's part is what deriving that company alone finds, as after an edit.
    DataCheck check(*f.db);
    check.adopt(std::move(*all));
    const auto beforeNotes = check.notes();
    const int beforeTenures = check.tenureCount();
    auto companies = f.events->companies();
    REQUIRE(companies.ok());
    QStringList names;
    for (const Company &company : *companies)
        if (!TextFolding::caseless(company.name).startsWith(QStringLiteral("éclair")))
            names << company.name;
    REQUIRE(check.refresh(DataChange::ofCompanies(names)).ok());
    CHECK(check.notes() == beforeNotes);
    CHECK(check.tenureCount() == beforeTenures);
}

TEST_CASE("the whole check reads one company's appointments and departures at a time")
{
    Fixture f;
    const DataCheck::ByCompany before = derivedAtOnce(*f.events);
    auto reader = Database::open(f.path(), Database::OpenMode::ReadOnly);
    REQUIRE(reader.ok());
    // While the first company's findings are handed on, another connection adds a departure
    // nobody can be matched to in every company: read after that, each of the others has it.
    QStringList visited;
    bool wrote = false;
    const auto stranger = [](const DerivationNote &note) {
        return note.englishMessage.contains(QStringLiteral("Late Comer"));
    };
    std::map<QString, DataCheck::Findings> found;
    const Status status = DataCheck::deriveEach(**reader, [&](const QString &company,
                                                              DataCheck::Findings &&got) {
        visited << company;
        if (!wrote) {
            std::vector<Event> late;
            for (const auto &entry : before)
                late.push_back(departure(QStringLiteral("2024-01-02"), entry.first,
                                         {QStringLiteral("Late Comer")}, QStringLiteral("CEO")));
            wrote = f.events->addAll(late).ok();
        }
        found.emplace(company, std::move(got));
        return true;
    });
    REQUIRE(status.ok());
    REQUIRE(wrote);
    QStringList expectedOrder;
    for (const auto &entry : before)
        expectedOrder << entry.first;
    REQUIRE(visited == expectedOrder); // each company once, in the findings' order
    for (const auto &[company, findings] : found) {
        INFO(company.toStdString());
        const auto late = std::count_if(findings.notes.begin(), findings.notes.end(), stranger);
        CHECK(late == (company == visited.front() ? 0 : 1));
    }
}

TEST_CASE("a whole check stops after the company at hand when asked to")
{
    Fixture f;
    auto reader = Database::open(f.path(), Database::OpenMode::ReadOnly);
    REQUIRE(reader.ok());
    int visits = 0;
    REQUIRE(DataCheck::deriveEach(**reader, [&visits](const QString &, DataCheck::Findings &&) {
                ++visits;
                return visits < 2;
            }).ok());
    CHECK(visits == 2);
}
