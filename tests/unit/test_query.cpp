#include "query/companypalette.h"
#include "query/datacheck.h"
#include "query/overviewdensity.h"
#include "query/timelinesource.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/eventstatistics.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace testsupport;

namespace {
const QString stability = QStringLiteral("Stability AI");
const QString openai = QStringLiteral("OpenAI");

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<EventRepository> events;

    Fixture()
    {
        auto opened =
            Database::open(dir.filePath(QStringLiteral("q.sqlite")), Database::OpenMode::CreateNew);
        REQUIRE(opened.ok());
        db = std::move(*opened);
        events = std::make_unique<EventRepository>(*db);
        Event resign = departure(QStringLiteral("2024-03-22"), stability,
                                 {QStringLiteral("Emad Mostaque")}, QStringLiteral("CEO"));
        resign.description = QStringLiteral("resigned to pursue decentralized AI");
        REQUIRE(events
                    ->addAll({appointment(QStringLiteral("2019"), stability,
                                          {QStringLiteral("Emad Mostaque")}, QStringLiteral("CEO")),
                              funding(QStringLiteral("2022-10"), stability, QStringLiteral("Seed"),
                                      101000000, 1000000000),
                              resign,
                              appointment(QStringLiteral("2019-03"), openai,
                                          {QStringLiteral("Sam Altman")}, QStringLiteral("CEO")),
                              other(QStringLiteral("2022-11"), openai,
                                    QStringLiteral("ChatGPT launched"))})
                    .ok());
    }
};

QStringList companiesOf(TimelineSource &source)
{
    QStringList names;
    for (int i = 0; i < source.laneCount(); ++i)
        names << source.company(i);
    return names;
}
} // namespace

TEST_CASE("every company with events gets a lane, by name unless the user ordered them")
{
    Fixture f;
    TimelineSource source(*f.db);
    REQUIRE(source.reload().ok());
    CHECK(companiesOf(source) == QStringList{openai, stability});
    REQUIRE(source.setLaneOrder({stability}).ok());
    CHECK(companiesOf(source) == QStringList{stability, openai});
    CHECK(source.laneOf(QStringLiteral("openai")) == 1);
}

TEST_CASE("a lane holds the company's events by date and its derived tenures")
{
    Fixture f;
    TimelineSource source(*f.db);
    REQUIRE(source.reload().ok());
    auto lane = source.lane(source.laneOf(stability));
    REQUIRE(lane.ok());
    REQUIRE((*lane)->events.size() == 3);
    CHECK((*lane)->events.front().date == date(QStringLiteral("2019")));
    REQUIRE((*lane)->tenures.size() == 1);
    CHECK((*lane)->tenures.front().person == QStringLiteral("Emad Mostaque"));
    CHECK((*lane)->tenures.front().end == date(QStringLiteral("2024-03-22")));
    CHECK((*lane)->color.isValid());
}

TEST_CASE("a search keeps only the companies with matching events, and their tenures")
{
    Fixture f;
    TimelineSource source(*f.db);
    EventQuery query;
    query.text = QStringLiteral("decentral");
    REQUIRE(source.setFilter(query).ok());
    REQUIRE(companiesOf(source) == QStringList{stability});
    auto lane = source.lane(0);
    REQUIRE(lane.ok());
    REQUIRE((*lane)->events.size() == 1);
    // The matching departure ends Emad Mostaque's tenure, so the tenure is shown whole.
    REQUIRE((*lane)->tenures.size() == 1);
    CHECK((*lane)->tenures.front().start == date(QStringLiteral("2019")));
}

TEST_CASE("a type filter drops tenures when neither appointments nor departures are wanted")
{
    Fixture f;
    TimelineSource source(*f.db);
    EventQuery query;
    query.types = {EventType::Funding};
    REQUIRE(source.setFilter(query).ok());
    auto lanes = source.allLanes();
    REQUIRE(lanes.ok());
    for (const LaneData &lane : *lanes) {
        CHECK(lane.tenures.empty());
        for (const Event &event : lane.events)
            CHECK(event.type == EventType::Funding);
    }
}

TEST_CASE("lanes filling a height stop once the height is covered")
{
    Fixture f;
    TimelineSource source(*f.db);
    REQUIRE(source.reload().ok());
    auto one = source.lanesFilling(0, 1, {});
    REQUIRE(one.ok());
    CHECK(one->size() == 1);
    auto all = source.lanesFilling(0, 100000, {});
    REQUIRE(all.ok());
    CHECK(all->size() == 2);
    auto fromSecond = source.lanesFilling(1, 100000, {});
    REQUIRE(fromSecond.ok());
    REQUIRE(fromSecond->size() == 1);
    CHECK(fromSecond->front().company == stability);
}

TEST_CASE("the statistics give the span of dates and how events spread over it")
{
    Fixture f;
    EventStatistics statistics(*f.db);
    auto extent = statistics.extent();
    REQUIRE(extent.ok());
    CHECK(extent->first == QDate(2019, 1, 1));
    CHECK(extent->second == QDate(2024, 3, 22));
    OverviewDensity density;
    REQUIRE(density.recount(*f.db, QDate(2019, 1, 1), QDate(2024, 12, 31), 6).ok());
    CHECK(density.counts() == std::vector<int>{2, 0, 0, 2, 0, 1}); // 2019 ×2, 2022 ×2, 2024 ×1
}

TEST_CASE("after an edit the overview counts again only the companies it touched")
{
    Fixture f;
    OverviewDensity density;
    REQUIRE(density.recount(*f.db, QDate(2019, 1, 1), QDate(2024, 12, 31), 6).ok());
    // Both companies gain an event in 2020; the change names Stability AI, in another case.
    REQUIRE(f.events
                ->addAll({other(QStringLiteral("2020-05"), stability, QStringLiteral("Seed")),
                          other(QStringLiteral("2020-06"), openai, QStringLiteral("GPT-3"))})
                .ok());
    REQUIRE(density.recount(*f.db, {QStringLiteral("stability ai")}).ok());
    CHECK(density.counts() == std::vector<int>{2, 1, 0, 2, 0, 1}); // OpenAI's new one not counted
    // A company emptied, and one never stored, count nothing.
    REQUIRE(f.db->exec("DELETE FROM event_people; DELETE FROM events_fts; DELETE FROM events "
                       "WHERE company_id = (SELECT id FROM companies WHERE name = 'OpenAI')")
                .ok());
    REQUIRE(density.recount(*f.db, {openai, QStringLiteral("Nobody Inc")}).ok());
    REQUIRE(density.recount(*f.db, {stability}).ok());
    auto expected = OverviewDensity();
    REQUIRE(expected.recount(*f.db, QDate(2019, 1, 1), QDate(2024, 12, 31), 6).ok());
    CHECK(density.counts() == expected.counts());
}

TEST_CASE("a company without a colour of its own always gets the same one")
{
    CHECK(CompanyPalette::colorFor(stability) ==
          CompanyPalette::colorFor(QStringLiteral(" stability ai")));
    CHECK(CompanyPalette::colorFor(stability).isValid());
}

TEST_CASE("save as writes a complete copy and never writes over a file")
{
    Fixture f;
    const QString copy = f.dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(f.db->copyTo(copy).ok());
    auto opened = Database::open(copy);
    REQUIRE(opened.ok());
    EventRepository events(**opened);
    CHECK(*events.count() == 5);
    const auto again = f.db->copyTo(copy);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("already exists")));
}

TEST_CASE("a filter that lets nothing through leaves no lanes")
{
    Fixture f;
    TimelineSource source(*f.db);
    EventQuery nothing;
    nothing.limit = 0;
    REQUIRE(source.setFilter(nothing).ok());
    CHECK(source.laneCount() == 0);
    REQUIRE(source.setFilter({}).ok());
    CHECK(source.laneCount() == 2);
}

TEST_CASE("prefetching reads the lanes around the view so scrolling there needs no query")
{
    Fixture f;
    TimelineSource source(*f.db);
    REQUIRE(source.reload().ok());
    REQUIRE(source.prefetchAround(0, 1, {}).ok());
    // Both lanes are loaded now: deleting the database's events does not change what they hold.
    REQUIRE(
        f.db->exec("DELETE FROM event_people; DELETE FROM events_fts; DELETE FROM events").ok());
    auto second = source.lane(1);
    REQUIRE(second.ok());
    CHECK((*second)->events.size() == 3);
}

TEST_CASE("after a change to one company only its lane is read and derived again")
{
    Fixture f;
    TimelineSource source(*f.db);
    REQUIRE(source.reload().ok());
    REQUIRE(source.allLanes().ok());
    // Both companies change in the file, but the change reported names Stability AI only: an
    // OpenAI lane read again would show its new event, so seeing the old one proves it was kept.
    REQUIRE(
        f.events
            ->addAll({appointment(QStringLiteral("2024-03-23"), stability,
                                  {QStringLiteral("Shan Shan Wong")}, QStringLiteral("CEO")),
                      other(QStringLiteral("2023-11-17"), openai, QStringLiteral("Altman fired"))})
            .ok());
    REQUIRE(source.reload(DataChange::ofCompanies({QStringLiteral("stability ai")})).ok());
    auto stabilityLane = source.lane(source.laneOf(stability));
    REQUIRE(stabilityLane.ok());
    CHECK((*stabilityLane)->events.size() == 4);
    REQUIRE((*stabilityLane)->tenures.size() == 2);
    CHECK((*stabilityLane)->tenures.back().person == QStringLiteral("Shan Shan Wong"));
    auto openaiLane = source.lane(source.laneOf(openai));
    REQUIRE(openaiLane.ok());
    CHECK((*openaiLane)->events.size() == 2);

    REQUIRE(source.reload(DataChange::everything()).ok());
    openaiLane = source.lane(source.laneOf(openai));
    REQUIRE(openaiLane.ok());
    CHECK((*openaiLane)->events.size() == 3);
}

TEST_CASE("a change that adds or empties a company adds or drops its lane and keeps the others")
{
    Fixture f;
    TimelineSource source(*f.db);
    REQUIRE(source.reload().ok());
    REQUIRE(source.allLanes().ok());
    const QString anthropic = QStringLiteral("Anthropic");
    auto added =
        f.events->add(appointment(QStringLiteral("2021"), anthropic,
                                  {QStringLiteral("Dario Amodei")}, QStringLiteral("CEO")));
    REQUIRE(added.ok());
    REQUIRE(source.reload(DataChange::ofCompanies({anthropic})).ok());
    CHECK(companiesOf(source) == QStringList{anthropic, openai, stability});
    auto lane = source.lane(source.laneOf(anthropic));
    REQUIRE(lane.ok());
    CHECK((*lane)->tenures.size() == 1);

    REQUIRE(f.events->remove(*added).ok());
    REQUIRE(source.reload(DataChange::ofCompanies({anthropic})).ok());
    CHECK(companiesOf(source) == QStringList{openai, stability});
    lane = source.lane(source.laneOf(stability));
    REQUIRE(lane.ok());
    CHECK((*lane)->events.size() == 3);
}

TEST_CASE("a change to one company reads that company only, not every company's list")
{
    Fixture f;
    TimelineSource source(*f.db);
    REQUIRE(source.setLaneOrder({stability}).ok());
    REQUIRE(source.allLanes().ok());
    // Two companies appear in the file; the change reported names one. Reading the whole list
    // of companies again (a million events counted) would give the other a lane too.
    const QString anthropic = QStringLiteral("Anthropic"), mistral = QStringLiteral("Mistral AI");
    REQUIRE(f.events
                ->addAll({appointment(QStringLiteral("2021"), anthropic,
                                      {QStringLiteral("Dario Amodei")}, QStringLiteral("CEO")),
                          appointment(QStringLiteral("2023"), mistral,
                                      {QStringLiteral("Arthur Mensch")}, QStringLiteral("CEO"))})
                .ok());
    REQUIRE(source.reload(DataChange::ofCompanies({anthropic})).ok());
    // The user's order first, then by name; the lanes read before are still loaded.
    CHECK(companiesOf(source) == QStringList{stability, anthropic, openai});
    REQUIRE(
        f.db->exec("DELETE FROM event_people; DELETE FROM events_fts; DELETE FROM events").ok());
    auto lane = source.lane(source.laneOf(openai));
    REQUIRE(lane.ok());
    CHECK((*lane)->events.size() == 2);

    REQUIRE(source.reload(DataChange::everything()).ok());
    CHECK(companiesOf(source).isEmpty());
}

TEST_CASE("paging through many lanes keeps only those near the view, and reads the others again")
{
    Fixture f;
    std::vector<Event> many;
    for (int i = 0; i < 12; ++i) {
        const QString company = QStringLiteral("Company %1").arg(i, 2, 10, QLatin1Char('0'));
        many.push_back(other(QStringLiteral("2020"), company, QStringLiteral("Founded")));
        many.push_back(other(QStringLiteral("2021"), company, QStringLiteral("Launched")));
    }
    REQUIRE(f.events->addAll(many).ok());
    TimelineSource source(*f.db);
    REQUIRE(source.reload().ok());
    source.setHeldEventLimit(8);
    // One lane a screen, from the first company's lane to the last (OpenAI, Stability AI).
    for (int lane = 0; lane < source.laneCount(); ++lane)
        REQUIRE(source.lanesFilling(lane, 1, {}).ok());
    REQUIRE(
        f.db->exec("DELETE FROM event_people; DELETE FROM events_fts; DELETE FROM events").ok());
    // The first lanes were given back and are read again (now empty); those near the view kept.
    auto first = source.lane(0);
    REQUIRE(first.ok());
    CHECK((*first)->events.empty());
    auto near = source.lane(source.laneCount() - 2);
    REQUIRE(near.ok());
    CHECK((*near)->events.size() == 2);
}

TEST_CASE("the data check counts contradictions and re-derives only the companies a change names")
{
    Fixture f;
    DataCheck check(*f.db);
    REQUIRE(check.refresh(DataChange::everything()).ok());
    CHECK(check.contradictionCount() == 0);
    CHECK(check.tenureCount() == 2);

    // Two departures from posts nobody held, one in each company; the change names one.
    REQUIRE(f.events
                ->addAll({departure(QStringLiteral("2020"), stability,
                                    {QStringLiteral("Nobody Here")}, QStringLiteral("CTO")),
                          departure(QStringLiteral("2020"), openai,
                                    {QStringLiteral("Nobody There")}, QStringLiteral("CTO"))})
                .ok());
    REQUIRE(check.refresh(DataChange::ofCompanies({stability})).ok());
    CHECK(check.contradictionCount() == 1);
    const auto notes = check.notes();
    REQUIRE(notes.size() == 1);
    CHECK(notes.front().company == stability);
    CHECK(notes.front().kind == DerivationNote::Kind::UnmatchedDeparture);

    REQUIRE(check.refresh(DataChange::everything()).ok());
    CHECK(check.contradictionCount() == 2);
    CHECK(check.tenureCount() == 2);
}
