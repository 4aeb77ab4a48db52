#include "export/chartbuilder.h"
#include "export/sourcecredits.h"
#include "io/csvreader.h"
#include "query/timelinesource.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/eventstatistics.h"
#include "testsupport.h"
#include "timeline/fundingchartlayout.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace testsupport;

namespace {
const QString stability = QStringLiteral("Stability AI");
const QString openai = QStringLiteral("OpenAI");
const QString anthropic = QStringLiteral("Anthropic");
const QDate today(2026, 12, 5);

std::unique_ptr<Database> create(const QTemporaryDir &dir, const QString &name)
{
    auto opened = Database::open(dir.filePath(name), Database::OpenMode::CreateNew);
    REQUIRE(opened.ok());
    return std::move(*opened);
}

// Three companies, dates of every precision, an open tenure (Sam Altman's) and one that ended.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = create(dir, QStringLiteral("extent.sqlite"));

    Fixture()
    {
        Event resign = departure(QStringLiteral("2024-03-22"), stability,
                                 {QStringLiteral("Emad Mostaque")}, QStringLiteral("CEO"));
        resign.description = QStringLiteral("resigned to pursue decentralized AI");
        REQUIRE(EventRepository(*db)
                    .addAll({appointment(QStringLiteral("2019"), stability,
                                         {QStringLiteral("Emad Mostaque")}, QStringLiteral("CEO")),
                             funding(QStringLiteral("2022-10"), stability, QStringLiteral("Seed"),
                                     101000000, 1000000000),
                             resign,
                             appointment(QStringLiteral("2019-03"), openai,
                                         {QStringLiteral("Sam Altman")}, QStringLiteral("CEO")),
                             other(QStringLiteral("2022-11"), openai,
                                   QStringLiteral("ChatGPT launched")),
                             funding(QStringLiteral("2023"), openai, QStringLiteral("Series X"),
                                     10000000000, std::nullopt),
                             other(QStringLiteral("2021-02-01"), anthropic,
                                   QStringLiteral("founded by former OpenAI staff"))})
                    .ok());
    }
};

// What "fit all" must show, worked out from the matching events themselves: the first day of
// the earliest to the last day of the latest, within the filter's dates, and on to today when
// no end date is given (open tenures run to today) unless it is a search (a person or words).
std::pair<QDate, QDate> bruteForceExtent(Database &db, const EventQuery &filter, QDate today)
{
    QDate first, last;
    if (filter.limit != 0) {
        auto events = EventRepository(db).query(filter);
        REQUIRE(events.ok());
        for (const Event &event : *events) {
            const QDate start = event.date.firstDay(), end = event.date.lastDay();
            first = first.isValid() ? std::min(first, start) : start;
            last = last.isValid() ? std::max(last, end) : end;
        }
    }
    if (filter.from.isValid() && (!first.isValid() || first < filter.from))
        first = filter.from;
    if (filter.to.isValid() && (!last.isValid() || last > filter.to))
        last = filter.to;
    if (!first.isValid())
        first = today;
    const bool search = !filter.person.trimmed().isEmpty() || !filter.text.trimmed().isEmpty();
    if (!last.isValid() || (!search && today.isValid() && today > last && !filter.to.isValid()))
        last = today;
    return {first, std::max(first, last)};
}

std::pair<QDate, QDate> extentOf(Database &db, const EventQuery &filter, QDate today)
{
    TimelineSource source(db);
    REQUIRE(source.setFilter(filter).ok());
    auto extent = source.extent(today);
    REQUIRE(extent.ok());
    return *extent;
}

// What a scene draws, as lines of text, so two scenes can be compared and a difference read.
QStringList drawn(const Scene &scene)
{
    QStringList lines;
    const auto rect = [](const QRectF &r) {
        return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    };
    for (const SceneText &t : scene.texts)
        lines << QStringLiteral("text %1 at %2").arg(t.text, rect(t.rect));
    for (const SceneRect &r : scene.rects)
        lines
            << QStringLiteral("rect %1 %2 of %3").arg(int(r.role)).arg(rect(r.rect)).arg(r.eventId);
    for (const SceneLine &l : scene.lines)
        lines << QStringLiteral("line %1 %2,%3 %4,%5")
                     .arg(int(l.role))
                     .arg(l.line.x1())
                     .arg(l.line.y1())
                     .arg(l.line.x2())
                     .arg(l.line.y2());
    for (const SceneMarker &m : scene.markers)
        lines << QStringLiteral("marker %1 %2,%3 of %4")
                     .arg(int(m.shape))
                     .arg(m.center.x())
                     .arg(m.center.y())
                     .arg(m.eventId);
    return lines;
}

QStringList laneTitles(const Scene &scene)
{
    QStringList titles;
    for (const SceneText &t : scene.texts) {
        if (t.role == TextRole::LaneTitle)
            titles << t.text;
    }
    return titles;
}

bool mentions(const Scene &scene, const QString &text)
{
    return std::any_of(scene.texts.begin(), scene.texts.end(),
                       [&](const SceneText &t) { return t.text.contains(text); });
}
} // namespace

TEST_CASE("fit all under a filter spans exactly the events the filter lets through")
{
    Fixture f;
    std::vector<std::pair<const char *, EventQuery>> filters;
    EventQuery q;
    q.types = {EventType::Funding};
    filters.emplace_back("rounds only", q);
    q.types = {EventType::Appointment, EventType::Departure, EventType::Funding,
               EventType::Acquisition};
    filters.emplace_back("one type unticked", q);
    q = {};
    q.companies = {QStringLiteral(" stability ai ")};
    filters.emplace_back("one company, in another case", q);
    q.companies = {stability, anthropic};
    q.types = {EventType::Other, EventType::Departure};
    filters.emplace_back("companies and types", q);
    q = {};
    q.text = QStringLiteral("decentral");
    filters.emplace_back("a search", q);
    q.text = QStringLiteral("openai");
    filters.emplace_back("a search that names a company", q);
    q = {};
    q.person = QStringLiteral("sam altman");
    filters.emplace_back("a person", q);
    q = {};
    q.types = {EventType::Appointment};
    q.from = QDate(2019, 2, 1);
    q.to = QDate(2023, 6, 30);
    filters.emplace_back("a type within dates", q);
    q = {};
    q.types = {EventType::Acquisition};
    filters.emplace_back("a type nothing has", q);
    q = {};
    q.companies = {stability, QStringLiteral("Nobody Inc")};
    q.from = QDate(2022, 6, 1);
    filters.emplace_back("a company from a date, and one not stored", q);
    q = {};
    q.to = QDate(2021, 12, 31);
    filters.emplace_back("dates only", q);
    q = {};
    q.text = QStringLiteral("*");
    filters.emplace_back("a search for nothing", q);
    q = {};
    q.limit = 0;
    filters.emplace_back("nothing ticked", q);

    for (const auto &[name, filter] : filters) {
        INFO(name);
        for (const QDate day : {today, QDate(2023, 1, 1), QDate()}) {
            INFO(day.toString(Qt::ISODate).toStdString());
            CHECK(extentOf(*f.db, filter, day) == bruteForceExtent(*f.db, filter, day));
        }
    }
}

TEST_CASE("fit all runs to today while a tenure is open, and to the last event in a year")
{
    Fixture f;
    EventQuery appointments;
    appointments.types = {EventType::Appointment};
    CHECK(extentOf(*f.db, appointments, today) == std::pair{QDate(2019, 1, 1), today});
    // Without a today (a chart's span), the year-only round of 2023 ends the span on its last day.
    EventQuery rounds;
    rounds.types = {EventType::Funding};
    CHECK(extentOf(*f.db, rounds, QDate()) == std::pair{QDate(2022, 10, 1), QDate(2023, 12, 31)});
}

TEST_CASE("a search fits its matches, not the years on to today")
{
    Fixture f;
    EventQuery search;
    search.text = QStringLiteral("Mostaque");
    CHECK(extentOf(*f.db, search, today) == std::pair{QDate(2019, 1, 1), QDate(2024, 3, 22)});
    EventQuery person;
    person.person = QStringLiteral("Sam Altman");
    CHECK(extentOf(*f.db, person, today) == std::pair{QDate(2019, 3, 1), QDate(2019, 3, 31)});
    EventQuery words;
    words.text = QStringLiteral("no such words");
    CHECK(extentOf(*f.db, words, today) == std::pair{today, today}); // nothing: where today is
}

TEST_CASE("the statistics name the companies with events a filter lets through")
{
    Fixture f;
    EventStatistics statistics(*f.db);
    EventQuery rounds;
    rounds.types = {EventType::Funding};
    auto funded = statistics.companies(rounds);
    INFO((funded ? QString() : funded.error().message).toStdString());
    REQUIRE(funded.ok());
    funded->sort(Qt::CaseInsensitive);
    CHECK(*funded == QStringList{openai, stability});
    EventQuery search;
    search.text = QStringLiteral("former staff");
    auto found = statistics.companies(search);
    REQUIRE(found.ok());
    CHECK(*found == QStringList{anthropic});
}

TEST_CASE("the sample's funding chart is the layout of every lane, as it was")
{
    QTemporaryDir dir;
    auto db = create(dir, QStringLiteral("sample.sqlite"));
    const ImportBatch sample = CsvReader::read(readFile(QStringLiteral(TENURE_SAMPLE_CSV)),
                                               QStringLiteral("stability-ai.csv"));
    REQUIRE(sample.ok());
    REQUIRE(EventRepository(*db).addAll(sample.events).ok());

    for (const bool typeFilter : {false, true}) {
        INFO("type filter " << typeFilter);
        ChartRequest request;
        request.kind = ChartRequest::Kind::Funding;
        request.size = QSizeF(1920, 1080);
        request.today = QDate(2026, 1, 1);
        request.listSources = true;
        if (typeFilter)
            request.filter.types = {EventType::Funding, EventType::Appointment};
        auto built = ChartBuilder::scene(*db, request);
        REQUIRE(built.ok());

        // Every lane read and laid out, as the chart was drawn before it read only its own.
        TimelineSource source(*db);
        REQUIRE(source.setFilter(request.filter).ok());
        auto lanes = source.allLanes();
        REQUIRE(lanes.ok());
        std::vector<const Event *> events;
        for (const LaneData &lane : *lanes) {
            for (const Event &event : lane.events)
                events.push_back(&event);
        }
        FundingChartOptions options;
        options.size = request.size;
        options.decorations = request.decorations;
        options.decorations.sources = SourceCredits(events).credits();
        const Scene expected = FundingChartLayout::layout(*lanes, options);
        CHECK(drawn(*built) == drawn(expected));
    }
}

TEST_CASE("a funding chart draws the companies with rounds, not those without")
{
    QTemporaryDir dir;
    auto db = create(dir, QStringLiteral("many.sqlite"));
    std::vector<Event> events{
        funding(QStringLiteral("2021-05"), stability, QStringLiteral("Seed"), 100000000, {}),
        funding(QStringLiteral("2023-04"), openai, QStringLiteral("Series X"), 10000000000, {})};
    // Many companies, named to sort before and between the funded ones, with no round at all.
    for (int i = 0; i < 40; ++i) {
        const QString company = QStringLiteral("Company %1").arg(i, 2, 10, QLatin1Char('0'));
        events.push_back(
            appointment(QStringLiteral("2020-01-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0')),
                        company, {QStringLiteral("Person %1").arg(i)}, QStringLiteral("CEO")));
        events.push_back(other(QStringLiteral("2024"), company, QStringLiteral("launched")));
    }
    REQUIRE(EventRepository(*db).addAll(events).ok());

    ChartRequest request;
    request.kind = ChartRequest::Kind::Funding;
    request.size = QSizeF(1600, 900);
    request.today = today;
    auto scene = ChartBuilder::scene(*db, request);
    REQUIRE(scene.ok());
    CHECK(laneTitles(*scene) == QStringList{openai, stability});
    CHECK_FALSE(mentions(*scene, QStringLiteral("Company 00")));
    CHECK_FALSE(mentions(*scene, QStringLiteral("more companies not shown")));
    CHECK(mentions(*scene, QStringLiteral("Series X")));
}

TEST_CASE("a funding chart with more funded companies than room counts the ones left out")
{
    QTemporaryDir dir;
    auto db = create(dir, QStringLiteral("crowd.sqlite"));
    std::vector<Event> events;
    const int companies = 30;
    for (int i = 0; i < companies; ++i)
        events.push_back(funding(QStringLiteral("20%1-06").arg(10 + i % 10),
                                 QStringLiteral("Company %1").arg(i, 2, 10, QLatin1Char('0')),
                                 QStringLiteral("Seed"), 1000000 * (i + 1), {}));
    REQUIRE(EventRepository(*db).addAll(events).ok());

    ChartRequest request;
    request.kind = ChartRequest::Kind::Funding;
    request.size = QSizeF(1920, 1080);
    request.today = today;
    auto scene = ChartBuilder::scene(*db, request);
    REQUIRE(scene.ok());
    const QStringList titles = laneTitles(*scene);
    REQUIRE(titles.size() > 1);
    REQUIRE(titles.size() < companies);
    // The panels drawn are the first companies by name; the notice counts the rest.
    CHECK(titles.front() == QStringLiteral("Company 00"));
    CHECK(titles.back() ==
          QStringLiteral("Company %1").arg(titles.size() - 1, 2, 10, QLatin1Char('0')));
    CHECK(mentions(
        *scene, QStringLiteral("%1 more companies not shown").arg(companies - int(titles.size()))));
}
