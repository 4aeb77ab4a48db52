#include "edit/edithistory.h"
#include "query/timelinesource.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace testsupport;

// An edit names the events it wrote; a loaded lane then takes just those, read by id, and
// derives its tenures again from what it holds. Whatever the edit, the lane must be what a
// fresh read of the database gives.

namespace {
const QString stability = QStringLiteral("Stability AI");
const QString openai = QStringLiteral("OpenAI");

// Counts the event rows a connection reads (each row of a statement selecting events), from
// SQLite's trace: a lane read again shows as all its events, a patch as the events it names.
class EventRowCounter
{
public:
    explicit EventRowCounter(Database &db) : m_handle(db.handle())
    {
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_ROW, &EventRowCounter::onRow, this);
    }
    ~EventRowCounter() { sqlite3_trace_v2(m_handle, 0, nullptr, nullptr); }
    EventRowCounter(const EventRowCounter &) = delete;
    EventRowCounter &operator=(const EventRowCounter &) = delete;

    int rows() const { return m_rows; }
    void reset() { m_rows = 0; }

private:
    static int onRow(unsigned, void *context, void *statement, void *)
    {
        const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
        if (sql && QByteArray(sql).startsWith("SELECT e.id,"))
            ++static_cast<EventRowCounter *>(context)->m_rows;
        return 0;
    }

    sqlite3 *m_handle;
    int m_rows = 0;
};

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<EventRepository> events;
    std::unique_ptr<EditHistory> history;
    std::unique_ptr<TimelineSource> source;
    DataChange change; // the last change the history reported
    std::vector<EventId> ids;

    Fixture()
    {
        auto opened =
            Database::open(dir.filePath(QStringLiteral("p.sqlite")), Database::OpenMode::CreateNew);
        REQUIRE(opened.ok());
        db = std::move(*opened);
        events = std::make_unique<EventRepository>(*db);
        // A chief executive succeeded twice, a post held and left, and two events on one day
        // (their order is by id).
        auto added = events->addAll(
            {appointment(QStringLiteral("2019"), stability, {QStringLiteral("Emad Mostaque")},
                         QStringLiteral("CEO")),
             appointment(QStringLiteral("2020-05"), stability, {QStringLiteral("Ann Lee")},
                         QStringLiteral("CTO")),
             funding(QStringLiteral("2022-10-17"), stability, QStringLiteral("Seed"), 101000000,
                     1000000000),
             other(QStringLiteral("2022-10-17"), stability, QStringLiteral("Launch")),
             departure(QStringLiteral("2023-06"), stability, {QStringLiteral("Ann Lee")},
                       QStringLiteral("CTO")),
             departure(QStringLiteral("2024-03-22"), stability, {QStringLiteral("Emad Mostaque")},
                       QStringLiteral("CEO")),
             appointment(QStringLiteral("2024-03-23"), stability,
                         {QStringLiteral("Shan Shan Wong")}, QStringLiteral("Interim CEO"), true),
             appointment(QStringLiteral("2019-03"), openai, {QStringLiteral("Sam Altman")},
                         QStringLiteral("CEO")),
             other(QStringLiteral("2022-11"), openai, QStringLiteral("ChatGPT launched"))});
        REQUIRE(added.ok());
        ids = *added;
        history = std::make_unique<EditHistory>(*events);
        QObject::connect(history.get(), &EditHistory::dataChanged,
                         [this](const DataChange &touched) { change = touched; });
        source = std::make_unique<TimelineSource>(*db);
        REQUIRE(source->reload().ok());
        REQUIRE(source->allLanes().ok());
    }

    Event stored(EventId id) const
    {
        auto event = events->find(id);
        REQUIRE(event.ok());
        REQUIRE(event->has_value());
        return **event;
    }

    // Hands the last change to the source, as the viewer does, and says how many event rows
    // that read.
    int reloadReads()
    {
        EventRowCounter counter(*db);
        REQUIRE(source->reload(change).ok());
        return counter.rows();
    }

    // Whether lane `lane` of the source is held without reading it: it was patched.
    bool held(const QString &company)
    {
        EventRowCounter counter(*db);
        REQUIRE(source->lane(source->laneOf(company)).ok());
        return counter.rows() == 0;
    }

    // The source's lanes are those a new source reads from the database now.
    void requireAsFresh()
    {
        TimelineSource fresh(*db);
        REQUIRE(fresh.reload().ok());
        auto expected = fresh.allLanes();
        REQUIRE(expected.ok());
        auto actual = source->allLanes();
        REQUIRE(actual.ok());
        REQUIRE(actual->size() == expected->size());
        for (std::size_t i = 0; i < expected->size(); ++i) {
            const LaneData &want = (*expected)[i];
            const LaneData &got = (*actual)[i];
            INFO("lane " << want.company.toStdString());
            CHECK(got.company == want.company);
            CHECK(got.color == want.color);
            CHECK(got.events == want.events);
            CHECK(got.tenures == want.tenures);
            CHECK(got.notes == want.notes);
        }
    }
};

Event successor(const QString &date, const QString &person)
{
    return appointment(date, stability, {person}, QStringLiteral("CEO"));
}
} // namespace

TEST_CASE("an added event is patched into its lane, which derives its tenures again")
{
    Fixture f;
    // A chief executive between two others: it ends one tenure, and the next ends its own.
    REQUIRE(
        f.history->addEvent(successor(QStringLiteral("2021-02"), QStringLiteral("Bo Chen"))).ok());
    REQUIRE(f.change.events.has_value());
    CHECK(f.reloadReads() == 1);
    CHECK(f.held(stability));
    f.requireAsFresh();
    auto lane = f.source->lane(f.source->laneOf(stability));
    REQUIRE(lane.ok());
    CHECK_FALSE(tenureOf((*lane)->tenures, QStringLiteral("Bo Chen"), QStringLiteral("CEO")).end);

    // On a day that already has events, and at the end of the lane.
    REQUIRE(f.history->addEvent(other(QStringLiteral("2022-10-17"), stability, QStringLiteral("B")))
                .ok());
    CHECK(f.reloadReads() == 1);
    REQUIRE(f.history->addEvent(successor(QStringLiteral("2025-06-01"), QStringLiteral("Cy Dee")))
                .ok());
    CHECK(f.reloadReads() == 1);
    CHECK(f.held(stability));
    f.requireAsFresh();
    // The successor ends the tenure the lane held open.
    lane = f.source->lane(f.source->laneOf(stability));
    REQUIRE(lane.ok());
    CHECK(tenureOf((*lane)->tenures, QStringLiteral("Bo Chen"), QStringLiteral("CEO")).end ==
          date(QStringLiteral("2025-06-01")));
}

TEST_CASE("an edit that moves an event's date moves it in its lane")
{
    Fixture f;
    const Event before = f.stored(f.ids[1]); // Ann Lee's appointment as CTO, 2020-05
    Event after = before;
    after.date = date(QStringLiteral("2023-07")); // after her departure now
    REQUIRE(f.history->editEvent(before, after).ok());
    CHECK(f.reloadReads() == 1);
    CHECK(f.held(stability));
    f.requireAsFresh();

    f.history->undoStack()->undo();
    CHECK(f.reloadReads() == 1);
    CHECK(f.held(stability));
    f.requireAsFresh();
}

TEST_CASE("an edit that moves an event to another company patches both lanes")
{
    Fixture f;
    const Event before = f.stored(f.ids[5]); // Emad Mostaque's departure
    Event after = before;
    after.company = openai;
    after.people = {QStringLiteral("Sam Altman")};
    REQUIRE(f.history->editEvent(before, after).ok());
    REQUIRE(f.change.companies.size() == 2);
    CHECK(f.reloadReads() == 1);
    CHECK(f.held(stability));
    CHECK(f.held(openai));
    f.requireAsFresh();

    f.history->undoStack()->undo();
    CHECK(f.reloadReads() == 1);
    f.requireAsFresh();
    f.history->undoStack()->redo();
    CHECK(f.reloadReads() == 1);
    CHECK(f.held(openai));
    f.requireAsFresh();
}

TEST_CASE("a removal, its undo and the undo of an add patch the lane")
{
    Fixture f;
    // One of two events on one day: put back under its id, it goes back before the other.
    REQUIRE(f.history->deleteEvent(f.stored(f.ids[2])).ok());
    CHECK(f.reloadReads() == 0);
    CHECK(f.held(stability));
    f.requireAsFresh();
    f.history->undoStack()->undo();
    CHECK(f.reloadReads() == 1);
    CHECK(f.held(stability));
    f.requireAsFresh();

    // The departure that ends a tenure: removed, the tenure is open again.
    REQUIRE(f.history->deleteEvent(f.stored(f.ids[5])).ok());
    CHECK(f.reloadReads() == 0);
    f.requireAsFresh();

    REQUIRE(f.history->addEvent(successor(QStringLiteral("2021"), QStringLiteral("Bo Chen"))).ok());
    CHECK(f.reloadReads() == 1);
    f.history->undoStack()->undo();
    CHECK(f.reloadReads() == 0);
    CHECK(f.held(stability));
    f.requireAsFresh();
}

TEST_CASE("removing a company's last event drops its lane; its undo brings the lane back")
{
    Fixture f;
    const QString anthropic = QStringLiteral("Anthropic");
    auto id =
        f.history->addEvent(appointment(QStringLiteral("2021"), anthropic,
                                        {QStringLiteral("Dario Amodei")}, QStringLiteral("CEO")));
    REQUIRE(id.ok());
    REQUIRE(f.source->reload(f.change).ok());
    REQUIRE(f.source->allLanes().ok());
    REQUIRE(f.history->deleteEvent(f.stored(*id)).ok());
    REQUIRE(f.source->reload(f.change).ok());
    CHECK(f.source->laneOf(anthropic) == -1);
    f.requireAsFresh();
    f.history->undoStack()->undo();
    REQUIRE(f.source->reload(f.change).ok());
    f.requireAsFresh();
}

TEST_CASE("a change that cannot name its events reads its lanes again")
{
    Fixture f;
    // A rename rewrites every event of the company.
    REQUIRE(f.history->renameCompany(stability, QStringLiteral("Stability")).ok());
    CHECK_FALSE(f.change.events.has_value());
    REQUIRE(f.source->reload(f.change).ok());
    f.requireAsFresh();
    f.history->undoStack()->undo();
    REQUIRE(f.source->reload(f.change).ok());
    f.requireAsFresh();

    // An edited event that gives its company an identifier changes how every event reads.
    const Event before = f.stored(f.ids[0]);
    Event after = before;
    after.companyIdentifier = QStringLiteral("stability.ai");
    REQUIRE(f.history->editEvent(before, after).ok());
    CHECK_FALSE(f.change.events.has_value());
    REQUIRE(f.source->reload(f.change).ok());
    f.requireAsFresh();
    f.history->undoStack()->undo();
    REQUIRE(f.source->reload(f.change).ok());
    f.requireAsFresh();
}

TEST_CASE("a lane whose events read differently from what it holds is read again")
{
    Fixture f;
    // Another program gave the company an identifier, unseen; then an edit names one event.
    REQUIRE(f.db->exec("UPDATE companies SET identifier = 'stability.ai' WHERE name = "
                       "'Stability AI'")
                .ok());
    REQUIRE(
        f.history->addEvent(other(QStringLiteral("2023"), stability, QStringLiteral("B"))).ok());
    REQUIRE(f.change.events.has_value());
    REQUIRE(f.source->reload(f.change).ok());
    CHECK_FALSE(f.held(stability));
    f.requireAsFresh();
}
