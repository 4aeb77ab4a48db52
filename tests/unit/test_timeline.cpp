#include "model/tenurederiver.h"
#include "testsupport.h"
#include "timeline/chartfonts.h"
#include "timeline/clusterer.h"
#include "timeline/daynumber.h"
#include "timeline/eventmarkerlayout.h"
#include "timeline/labelplacer.h"
#include "timeline/lanelayout.h"
#include "timeline/tickgenerator.h"
#include "timeline/timelinelayout.h"

#include <QFontInfo>
#include <QRegularExpression>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <random>
#include <set>

using namespace testsupport;

namespace {
const QString stability = QStringLiteral("Stability AI");
const QDate today(2025, 1, 15);

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

double jd(QDate date)
{
    return double(date.toJulianDay());
}

LaneData lane(const QString &company, std::vector<Event> events, EventId firstId = 1)
{
    for (Event &e : events) {
        e.company = company;
        e.id = firstId++;
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const Event &a, const Event &b) { return a.date < b.date; });
    LaneData data;
    data.company = company;
    data.color = QColor(0x33, 0x66, 0x99);
    data.tenures = TenureDeriver::derive(events);
    data.events = std::move(events);
    return data;
}

LaneData stabilityLane()
{
    return lane(stability,
                {appointment(s("2019"), stability, {s("Emad Mostaque")}, s("CEO")),
                 funding(s("2022-10-17"), stability, s("Seed"), 101'000'000, 1'000'000'000),
                 departure(s("2024-03-22"), stability, {s("Emad Mostaque")}, s("CEO")),
                 appointment(s("2024-03-22"), stability,
                             {s("Shan Shan Wong"), s("Christian Laforte")}, s("Co-CEO"), true),
                 appointment(s("2024-06"), stability, {s("Prem Akkaraju")}, s("CEO")),
                 funding(s("2024-06-25"), stability, s("Rescue"), 80'000'000, std::nullopt,
                         FundingStatus::Rumored)});
}

// A view of `first`..`last` in a chart of 1200 × 800 with no decorations but the legend.
TimelineView viewOf(QDate first, QDate last, QSizeF size = {1200, 800})
{
    TimelineView view;
    view.size = size;
    view.today = today;
    const QRectF plot = TimelineLayout::plotRect(size, view.decorations);
    view.viewport = Viewport(jd(first), jd(last) - jd(first), plot.width());
    return view;
}

std::vector<const SceneMarker *> markersOf(const Scene &scene, int laneIndex)
{
    std::vector<const SceneMarker *> found;
    for (const SceneMarker &m : scene.markers) {
        if (m.lane == laneIndex)
            found.push_back(&m);
    }
    return found;
}

const SceneMarker *markerFor(const Scene &scene, EventId id)
{
    for (const SceneMarker &m : scene.markers) {
        if (m.eventId == id && m.count == 1)
            return &m;
    }
    return nullptr;
}

std::vector<const SceneText *> textsOf(const Scene &scene, TextRole role)
{
    std::vector<const SceneText *> found;
    for (const SceneText &t : scene.texts) {
        if (t.role == role)
            found.push_back(&t);
    }
    return found;
}

std::vector<const SceneRect *> barsOf(const Scene &scene)
{
    std::vector<const SceneRect *> found;
    for (const SceneRect &r : scene.rects) {
        if (r.role == SceneRect::Role::TenureBar)
            found.push_back(&r);
    }
    return found;
}

void requireNoOverlaps(std::vector<QRectF> rects)
{
    std::sort(rects.begin(), rects.end(),
              [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    for (std::size_t i = 0; i < rects.size(); ++i) {
        for (std::size_t j = i + 1; j < rects.size() && rects[j].left() < rects[i].right(); ++j) {
            INFO("rect " << i << " and " << j);
            REQUIRE_FALSE(rects[i].intersects(rects[j]));
        }
    }
}
} // namespace

// --- Viewport ----------------------------------------------------------------------------------

TEST_CASE("zooming keeps the day under the cursor where it is")
{
    const Viewport view(jd(QDate(2020, 1, 1)), 3650, 1000);
    const double day = view.dayForX(300);
    const Viewport zoomed = view.zoomedAround(300, 4);
    CHECK(zoomed.spanDays() == Approx(3650 / 4.0));
    CHECK(zoomed.dayForX(300) == Approx(day));
    CHECK(zoomed.zoomedAround(300, 0.25).spanDays() == Approx(3650));
    CHECK(view.xForDay(view.dayForX(123.5)) == Approx(123.5));
}

TEST_CASE("zoom stays between a day and two centuries")
{
    const Viewport view(jd(QDate(2000, 1, 1)), 365, 800);
    CHECK(view.zoomedAround(400, 1e9).spanDays() == Viewport::minSpanDays);
    CHECK(view.zoomedAround(400, 1e-9).spanDays() == Viewport::maxSpanDays);
    CHECK(Viewport(0, 1e12, 800).spanDays() == Viewport::maxSpanDays);
}

TEST_CASE("panning right shows earlier dates by as many days as the pixels hold")
{
    const Viewport view(jd(QDate(2020, 1, 1)), 100, 1000); // ten pixels a day
    CHECK(view.panned(50).firstDay() == Approx(view.firstDay() - 5));
    CHECK(view.panned(-50).firstDay() == Approx(view.firstDay() + 5));
    CHECK(view.withWidth(500).spanDays() == view.spanDays());
    CHECK(view.centeredOn(QDate(2021, 6, 1)).dateForX(500) == QDate(2021, 6, 1));
}

TEST_CASE("fitting shows the events with a margin and a lone date in a year around it")
{
    const Viewport fit = Viewport::fitting(QDate(2010, 1, 1), QDate(2019, 12, 31), 1000);
    CHECK(fit.firstDay() < jd(QDate(2010, 1, 1)));
    CHECK(fit.lastDay() > jd(QDate(2019, 12, 31)) + 1);
    CHECK(fit.xForDate(QDate(2010, 1, 1)) == Approx(1000 * 0.04 / 1.08).epsilon(0.01));
    const Viewport lone = Viewport::fitting(QDate(2024, 3, 22), QDate(2024, 3, 22), 1000);
    CHECK(lone.spanDays() == Approx(365.25));
    CHECK(lone.dateForX(500) == QDate(2024, 3, 22));
}

TEST_CASE("day numbers agree with QDate's Julian days")
{
    for (const QDate &d : {QDate(1, 1, 1), QDate(1582, 10, 15), QDate(1900, 2, 28),
                           QDate(2000, 2, 29), QDate(2024, 12, 31), QDate(9999, 12, 31)})
        CHECK(DayNumber::of(d.year(), d.month(), d.day()) == d.toJulianDay());
    for (QDate d(1999, 1, 1); d < QDate(2002, 1, 1); d = d.addDays(1))
        REQUIRE(DayNumber::of(d.year(), d.month(), d.day()) == d.toJulianDay());
    CHECK(DayNumber::firstDayOf(date(s("2024-03"))) == QDate(2024, 3, 1).toJulianDay());
    CHECK(DayNumber::firstDayOf(date(s("2024"))) == QDate(2024, 1, 1).toJulianDay());
}

// --- Axis ---------------------------------------------------------------------------------------

TEST_CASE("the axis unit gets coarser as the span grows from a day to two centuries")
{
    const TickGenerator generator;
    double previous = 0;
    for (double span = 1; span <= Viewport::maxSpanDays; span *= 1.25) {
        const Viewport view(jd(QDate(1900, 1, 1)), span, 1200);
        const TickStep step = generator.minorStep(view.pixelsPerDay());
        INFO("span " << span << " days");
        CHECK(step.minDays() >= previous);
        previous = step.minDays();
    }
    CHECK(generator.minorStep(1200 / 1.0).unit == TickStep::Unit::Day);
    CHECK(generator.minorStep(1200 / 365.0).unit == TickStep::Unit::Month);
    CHECK(generator.minorStep(1200 / Viewport::maxSpanDays).unit == TickStep::Unit::Year);
    CHECK(generator.minorStep(1200 / Viewport::maxSpanDays).count >= 10);
}

TEST_CASE("axis labels of a tier never overlap and stay in the plot at any zoom")
{
    const TickGenerator generator;
    for (double width : {240.0, 1200.0, 1920.0}) {
        for (double span = 1; span <= Viewport::maxSpanDays; span *= 1.5) {
            const Viewport view(jd(QDate(1901, 3, 7)) + 0.3, span, width);
            const AxisTicks axis = generator.generate(view);
            INFO("width " << width << ", span " << span << " days");
            REQUIRE_FALSE(axis.minor.ticks.empty());
            for (const AxisTier *tier : {&axis.major, &axis.minor}) {
                std::vector<QRectF> labels;
                for (const AxisTick &tick : tier->ticks) {
                    if (tick.label.isEmpty())
                        continue;
                    CHECK(tick.labelRect.left() >= 0);
                    CHECK(tick.labelRect.right() <= width);
                    labels.push_back(tick.labelRect.adjusted(0, 0, TickGenerator::labelGap, 0));
                }
                requireNoOverlaps(labels);
            }
        }
    }
}

TEST_CASE("views at the ends of the calendar and tiny charts lay out without trouble")
{
    const TickGenerator generator;
    CHECK(generator.generate(Viewport()).minor.ticks.size() <= 1); // one pixel wide
    CHECK_FALSE(generator.generate(Viewport().withWidth(800)).minor.ticks.empty());
    const Viewport late(jd(QDate(9999, 12, 1)), 1000, 800); // moved back inside the calendar
    CHECK(late.lastDay() <= jd(QDate(9999, 12, 31)) + 1);
    CHECK_FALSE(generator.generate(late).minor.ticks.empty());
    const LaneData data = stabilityLane();
    for (const QSizeF size : {QSizeF(0, 0), QSizeF(100, 80), QSizeF(300, 200)}) {
        TimelineView view = viewOf(QDate(2018, 1, 1), QDate(2026, 1, 1), size);
        const Scene scene = TimelineLayout::layout({&data, 1}, view);
        for (const SceneText &t : scene.texts)
            CHECK(t.rect.width() >= 0);
    }
}

TEST_CASE("days show under their month, months under their year")
{
    const TickGenerator generator;
    const AxisTicks days = generator.generate(Viewport(jd(QDate(2024, 3, 20)), 14, 1200));
    CHECK(days.minor.step->unit == TickStep::Unit::Day);
    CHECK(days.minor.ticks.front().label == s("20"));
    REQUIRE_FALSE(days.major.ticks.empty());
    CHECK(days.major.ticks.front().label == s("March 2024")); // pinned: March began off screen
    CHECK(days.major.ticks.front().labelRect.left() == TickGenerator::labelInset);
    CHECK(days.major.ticks.back().label == s("April 2024"));

    const AxisTicks months = generator.generate(Viewport(jd(QDate(2023, 1, 1)), 730, 1200));
    CHECK(months.minor.step->unit == TickStep::Unit::Month);
    CHECK(months.minor.ticks.front().label == s("Jan"));
    CHECK(months.major.ticks.front().label == s("2023"));
}

TEST_CASE("the chart's fonts have pixel sizes by role and no hinting")
{
    const ChartStyle style;
    CHECK(style.font(TextRole::AxisMajor).pixelSize() == 12);
    CHECK(style.font(TextRole::AxisMajor).bold());
    CHECK(style.font(TextRole::LaneTitle).pixelSize() == 13);
    CHECK(style.font(TextRole::ClusterCount).pixelSize() == 10);
    CHECK(style.font(TextRole::Title).pixelSize() == 22);
    CHECK(style.font(TextRole::Notice).pixelSize() == 14);
    CHECK(style.font(TextRole::BarLabel).hintingPreference() == QFont::PreferNoHinting);
}

// --- Rows ---------------------------------------------------------------------------------------

TEST_CASE("the chief executive's rows come first, then executives, then the board")
{
    const LaneData data =
        lane(s("Acme"), {appointment(s("2010"), {}, {s("Ada")}, s("CTO")),
                         appointment(s("2012"), {}, {s("Bo")}, s("Board member")),
                         appointment(s("2015"), {}, {s("Cy")}, s("CEO")),
                         appointment(s("2020"), {}, {s("Di"), s("Ed")}, s("Co-CEO"))});
    const LaneLayout layout(data.tenures, false);
    // Cy stays CEO beside the co-CEOs (co-CEOs end no one's tenure): three rows of the post.
    REQUIRE(layout.rows().size() == 5);
    CHECK(layout.rows()[0].role == s("CEO"));
    CHECK(layout.rows()[1].role == s("CEO"));
    CHECK(layout.rows()[2].role == s("CEO"));
    CHECK(layout.rows()[2].stack == 2);
    CHECK(layout.rows()[3].role == s("CTO"));
    CHECK(layout.rows()[4].role == s("Board"));
    CHECK(layout.height() == Approx(LaneLayout::height(5, ChartStyle())));
    CHECK(LaneLayout(data.tenures, true).rows().empty());
}

TEST_CASE("co-CEOs appointed together get two rows of the chief executive's post")
{
    const LaneData data = stabilityLane();
    const LaneLayout layout(data.tenures, false);
    // Emad, the interim co-CEOs one above the other, then Prem: two rows of one post.
    REQUIRE(layout.rows().size() == 2);
    CHECK(layout.rows()[0].role == s("CEO"));
    CHECK(layout.rows()[1].role == s("CEO"));
    CHECK(layout.rows()[1].stack == 1);
    std::vector<int> coCeoRows;
    for (std::size_t i = 0; i < data.tenures.size(); ++i) {
        if (data.tenures[i].role == s("Co-CEO"))
            coCeoRows.push_back(layout.rowOf(i));
    }
    std::sort(coCeoRows.begin(), coCeoRows.end());
    CHECK(coCeoRows == std::vector<int>{0, 1}); // Emad's row is free from the day he left
}

TEST_CASE("a departure closes a tenure so the successor shares its row")
{
    const LaneData data =
        lane(s("Acme"), {appointment(s("2010"), {}, {s("Ada")}, s("CTO")),
                         departure(s("2014-05"), {}, {s("Ada")}, s("CTO")),
                         appointment(s("2014-05"), {}, {s("Bo")}, s("cto")),
                         appointment(s("2016"), {}, {s("Cy"), s("Di")}, s("Board member"))});
    const LaneLayout layout(data.tenures, false);
    REQUIRE(layout.rows().size() == 3); // one CTO row, two board rows: their seats overlap
    CHECK(layout.rowOf(0) == layout.rowOf(1));
}

TEST_CASE("a tenure takes the lowest row of its role that is free by its start")
{
    const LaneData data =
        lane(s("Acme"), {appointment(s("2000"), {}, {s("Ada")}, s("Board member")),
                         appointment(s("2001"), {}, {s("Bo")}, s("Board member")),
                         appointment(s("2002"), {}, {s("Cy")}, s("Board member")),
                         departure(s("2003"), {}, {s("Bo")}, s("Board member")),
                         appointment(s("2004"), {}, {s("Di")}, s("Board member")),
                         departure(s("2010"), {}, {s("Ada")}, s("Board member")),
                         appointment(s("2011"), {}, {s("Ed")}, s("board member ")),
                         departure(s("2012"), {}, {s("Cy")}, s("Board member")),
                         appointment(s("2013"), {}, {s("Flo")}, s("Board member"))});
    const LaneLayout layout(data.tenures, false);
    REQUIRE(layout.rows().size() == 3);
    std::vector<std::pair<QString, int>> rows;
    for (std::size_t i = 0; i < data.tenures.size(); ++i)
        rows.emplace_back(data.tenures[i].person, layout.rowOf(i));
    std::sort(rows.begin(), rows.end());
    // Di takes Bo's row, freed a year before; Ed takes Ada's, the lowest free; Flo takes Cy's.
    CHECK(
        rows ==
        std::vector<std::pair<QString, int>>{
            {s("Ada"), 0}, {s("Bo"), 1}, {s("Cy"), 2}, {s("Di"), 1}, {s("Ed"), 0}, {s("Flo"), 2}});
}

// --- Clusters and labels ------------------------------------------------------------------------

TEST_CASE("markers closer than their size plus the gap merge into a counted cluster")
{
    const Clusterer clusterer(3, 12, 30);
    const std::vector<ClusterItem> items = {{100, 12}, {110, 12}, {114, 12}, {200, 12}, {215, 12}};
    const std::vector<MarkerGroup> groups = clusterer.cluster(items);
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].count == 3);
    CHECK(groups[0].size == Approx(clusterer.clusterSize(3)));
    CHECK(groups[1].count == 1);
    CHECK(groups[1].x == 200);
    CHECK(groups[2].count == 1); // 15 px apart: not closer than 12 + 3
    for (std::size_t i = 1; i < groups.size(); ++i)
        CHECK(groups[i].x - groups[i].size / 2 >= groups[i - 1].x + groups[i - 1].size / 2);
}

TEST_CASE("a cluster splits as the user zooms in")
{
    std::vector<Event> events;
    for (int day = 1; day <= 5; ++day)
        events.push_back(other(QStringLiteral("2023-05-%1").arg(day * 4, 2, 10, QLatin1Char('0')),
                               {}, QStringLiteral("Launch %1").arg(day)));
    const LaneData data = lane(s("Acme"), events);
    const Scene far =
        TimelineLayout::layout({&data, 1}, viewOf(QDate(2015, 1, 1), QDate(2030, 1, 1)));
    const auto farMarkers = markersOf(far, 0);
    REQUIRE(farMarkers.size() == 1);
    CHECK(farMarkers[0]->shape == SceneMarker::Shape::Cluster);
    CHECK(farMarkers[0]->count == 5);
    CHECK(farMarkers[0]->firstDay == jd(QDate(2023, 5, 4)));
    CHECK(farMarkers[0]->lastDay == jd(QDate(2023, 5, 21)));
    // The tooltip lists the cluster's events under its count and span.
    CHECK(farMarkers[0]->tooltip == s("5 events, May 2023\n4 May 2023 · Launch 1\n"
                                      "8 May 2023 · Launch 2\n12 May 2023 · Launch 3\n"
                                      "16 May 2023 · Launch 4\n20 May 2023 · Launch 5"));
    CHECK(far.eventOrder().empty());

    const Scene near =
        TimelineLayout::layout({&data, 1}, viewOf(QDate(2023, 4, 20), QDate(2023, 6, 5)));
    const auto nearMarkers = markersOf(near, 0);
    REQUIRE(nearMarkers.size() == 5);
    CHECK(std::none_of(nearMarkers.begin(), nearMarkers.end(),
                       [](const SceneMarker *m) { return m->count > 1; }));
}

TEST_CASE("markers on the same day stack into levels before they cluster")
{
    // 22 March 2024: the CEO resigns, from the board too, and two interim co-CEOs are appointed.
    const LaneData data = lane(
        stability, {departure(s("2024-03-22"), {}, {s("Emad Mostaque")}, s("CEO")),
                    departure(s("2024-03-22"), {}, {s("Emad Mostaque")}, s("Board member")),
                    appointment(s("2024-03-22"), {}, {s("Shan Shan Wong"), s("Christian Laforte")},
                                s("Co-CEO"), true)});
    const ChartStyle style;
    const double pitch = style.markerSize + style.clusterGap;
    // Fully zoomed in, and fifteen years wide: same-day markers never separate by zooming.
    for (const auto &[first, last] : {std::pair(QDate(2024, 3, 21), QDate(2024, 3, 24)),
                                      std::pair(QDate(2015, 1, 1), QDate(2030, 1, 1))}) {
        INFO(first.toString(Qt::ISODate).toStdString());
        const Scene scene = TimelineLayout::layout({&data, 1}, viewOf(first, last));
        const auto markers = markersOf(scene, 0);
        REQUIRE(markers.size() == 3);
        for (std::size_t i = 0; i < markers.size(); ++i) {
            const SceneMarker &m = *markers[i];
            CHECK(m.count == 1);
            CHECK(m.eventId == EventId(i + 1)); // in date order, top to bottom
            CHECK(m.center.x() == Approx(markers[0]->center.x()));
            CHECK(m.center.y() == Approx(markers[0]->center.y() + double(i) * pitch));
            CHECK(m.bounds().top() >= scene.plot.top());
            CHECK(m.bounds().bottom() <= scene.plot.top() + LaneLayout::markerRowHeight(style));
            const SceneHit hit = scene.hitTest(m.center);
            CHECK(hit.kind == SceneHit::Kind::Event);
            CHECK(hit.eventId == m.eventId);
            for (const SceneText *label : textsOf(scene, TextRole::MarkerLabel))
                CHECK_FALSE(label->rect.intersects(m.bounds()));
        }
        CHECK(markers[0]->shape == SceneMarker::Shape::Departure);
        CHECK(markers[2]->shape == SceneMarker::Shape::Appointment);
        CHECK(markers[2]->interim);
        CHECK(scene.eventOrder() == std::vector<EventId>{1, 2, 3});
    }

    ChartStyle flat;
    flat.markerLevels = 1;
    const Scene merged =
        TimelineLayout::layout({&data, 1}, viewOf(QDate(2024, 3, 21), QDate(2024, 3, 24)), flat);
    const auto markers = markersOf(merged, 0);
    REQUIRE(markers.size() == 1);
    CHECK(markers[0]->count == 3);
    CHECK(TimelineLayout::laneHeight(data, false, flat) < TimelineLayout::laneHeight(data, false));
}

TEST_CASE("more same-day events than levels merge into a counted cluster")
{
    // Five people reported leaving in October 2023, with no day known.
    std::vector<Event> events;
    for (const char *name :
         {"Ozden Onder", "Adam Avrunin", "Ren Ito", "David Ha", "Tyler Saltzman"})
        events.push_back(departure(s("2023-10"), {}, {s(name)}, s("Executive")));
    const LaneData data = lane(stability, events);
    // Their markers stand in the middle of October, the month their date stands for.
    const TimelineView view = viewOf(QDate(2023, 10, 13), QDate(2023, 10, 19));
    const Scene scene = TimelineLayout::layout({&data, 1}, view);
    const auto markers = markersOf(scene, 0);
    REQUIRE(markers.size() == 1);
    const SceneMarker &cluster = *markers[0];
    CHECK(cluster.shape == SceneMarker::Shape::Cluster);
    CHECK(cluster.count == 5);
    CHECK(cluster.eventId == 1);
    CHECK(cluster.firstDay == jd(QDate(2023, 10, 1)));
    CHECK(cluster.lastDay == jd(QDate(2023, 11, 1))); // all the days October may mean
    CHECK(cluster.tooltip.startsWith(s("5 events")));
    const SceneHit hit = scene.hitTest(cluster.center);
    CHECK(hit.kind == SceneHit::Kind::Cluster);
    CHECK(hit.lastDay > hit.firstDay);
    CHECK(scene.eventOrder().empty());

    ChartStyle tall; // as many levels as events: they all stand apart, inside a taller row
    tall.markerLevels = 5;
    const Scene stacked = TimelineLayout::layout({&data, 1}, view, tall);
    const auto singles = markersOf(stacked, 0);
    REQUIRE(singles.size() == 5);
    std::vector<QRectF> bounds;
    for (const SceneMarker *m : singles) {
        CHECK(m->count == 1);
        CHECK(m->bounds().bottom() <= stacked.plot.top() + LaneLayout::markerRowHeight(tall));
        bounds.push_back(m->bounds());
    }
    for (std::size_t i = 0; i < bounds.size(); ++i) {
        for (std::size_t j = i + 1; j < bounds.size(); ++j)
            CHECK_FALSE(bounds[i].intersects(bounds[j]));
    }
    CHECK(TimelineLayout::laneHeight(data, false, tall) > TimelineLayout::laneHeight(data, false));
}

TEST_CASE("stacked markers and clusters never overlap, whatever their sizes and crowding")
{
    const double gap = 3, pitch = 15;
    const int levels = 3;
    const Clusterer clusterer(gap, 12, 30);
    std::mt19937 random(11);
    std::uniform_real_distribution<double> step(0, 24), size(12, 26);
    std::bernoulli_distribution sameDay(0.3);
    std::vector<MarkerGroup> groups;
    bool sawStack = false, sawCluster = false;
    for (int round = 0; round < 40; ++round) {
        std::vector<ClusterItem> items;
        double x = 0;
        for (int i = 0; i < 150; ++i) {
            if (!sameDay(random))
                x += step(random);
            items.push_back({x, i % 5 == 0 ? size(random) : 12.0});
        }
        clusterer.stack(items, levels, pitch, groups);
        std::size_t next = 0;
        for (const MarkerGroup &g : groups) {
            REQUIRE(g.first == next); // every item once, in order
            next += std::size_t(g.count);
            REQUIRE(g.level >= 0);
            REQUIRE(g.level < levels);
            if (g.count > 1)
                REQUIRE(g.level == 0);
            sawStack = sawStack || g.level > 0;
            sawCluster = sawCluster || g.count > 1;
        }
        REQUIRE(next == items.size());
        for (std::size_t i = 0; i < groups.size(); ++i) {
            for (std::size_t j = i + 1; j < groups.size(); ++j) {
                const MarkerGroup &a = groups[i], &b = groups[j];
                const double reach = (a.size + b.size) / 2;
                if (std::abs(a.level - b.level) * pitch >= reach)
                    continue; // one above the other, clear
                INFO("round " << round << ", groups " << i << " and " << j);
                REQUIRE(std::abs(a.x - b.x) >= reach + gap - 1e-9);
            }
        }
    }
    CHECK(sawStack);
    CHECK(sawCluster);
}

TEST_CASE("placed labels never overlap each other or a marker")
{
    std::mt19937 random(7);
    std::uniform_real_distribution<double> x(0, 900), w(10, 160);
    LabelPlacer placer(QRectF(0, 0, 1000, 36));
    std::vector<QRectF> markers;
    for (int i = 0; i < 60; ++i) {
        markers.emplace_back(x(random), 6, 12, 12);
        placer.addObstacle(markers.back());
    }
    int placed = 0;
    for (int i = 0; i < 300; ++i) {
        const double left = x(random), width = w(random);
        placed += placer.place({QRectF(left, 6, width, 13), QRectF(left, 20, width, 13)}) ? 1 : 0;
    }
    CHECK(placed > 5);
    CHECK(placed == int(placer.placed().size()));
    requireNoOverlaps(placer.placed());
    for (const QRectF &label : placer.placed()) {
        CHECK(QRectF(0, 0, 1000, 36).contains(label));
        for (const QRectF &marker : markers)
            REQUIRE_FALSE(label.intersects(marker));
    }
    placer.reset(QRectF(0, 0, 100, 36));
    CHECK(placer.placed().empty());
    CHECK(placer.isFree(QRectF(10, 10, 20, 10)));
}

TEST_CASE("marker labels on the chart collide with no other label or marker")
{
    std::vector<Event> events;
    for (int month = 1; month <= 12; ++month)
        events.push_back(appointment(QStringLiteral("2020-%1").arg(month, 2, 10, QLatin1Char('0')),
                                     {}, {QStringLiteral("Person number %1").arg(month)},
                                     s("Board member")));
    const LaneData data = lane(s("Acme"), events);
    const Scene scene =
        TimelineLayout::layout({&data, 1}, viewOf(QDate(2019, 12, 1), QDate(2021, 1, 1)));
    const auto labels = textsOf(scene, TextRole::MarkerLabel);
    CHECK_FALSE(labels.empty());
    CHECK(labels.size() < 12); // a month apart, not every name has room
    std::vector<QRectF> rects;
    for (const SceneText *label : labels) {
        CHECK(label->rect.width() <= 160);
        rects.push_back(label->rect);
        for (const SceneMarker &marker : scene.markers)
            CHECK_FALSE(label->rect.intersects(marker.bounds()));
    }
    requireNoOverlaps(rects);
}

// --- Hostile sizes ------------------------------------------------------------------------------

TEST_CASE("only the part of a text that could show is measured, an ellipsis for the rest")
{
    CHECK(ChartFonts::showable(s("Emad Mostaque"), 160) == s("Emad Mostaque"));
    const QString huge(10'000'000, QLatin1Char('x'));
    const QString shown = ChartFonts::showable(huge, 160);
    CHECK(shown.size() == 162); // a pixel per character at least, and the ellipsis
    CHECK(shown.endsWith(QChar(0x2026)));
    // A character outside the BMP is never cut in half.
    const QString emoji = QString(159, QLatin1Char('a')) + s("😀😀");
    CHECK(ChartFonts::showable(emoji, 159) == QString(159, QLatin1Char('a')) + QChar(0x2026));

    const ChartFonts fonts{ChartStyle()};
    double whole = 0, part = 0;
    CHECK(fonts.fitted(huge, TextRole::MarkerLabel, 160, &whole) ==
          fonts.fitted(huge.left(400), TextRole::MarkerLabel, 160, &part));
    CHECK(whole == part);
}

TEST_CASE("an event naming 100,000 people is labelled with its first names and a count")
{
    constexpr int crowdSize = 100'000;
    QStringList crowd;
    crowd.reserve(crowdSize);
    for (int i = 0; i < crowdSize; ++i)
        crowd << QStringLiteral("Person %1").arg(i);
    const LaneData acme =
        lane(s("Acme"), {appointment(s("2020-01"), s("Acme"), crowd, s("Board member"))});
    REQUIRE(acme.tenures.size() == std::size_t(crowdSize));

    const QString label = EventMarkerLayout::labelText(acme.events.front());
    CHECK(label.startsWith(s("Person 0, Person 1, Person 2, ")));
    CHECK(label.endsWith(s(" more")));
    CHECK(label.size() <= Event::shortTextLength + 20);

    // Every text and tooltip of the chart is a line at most, and each person has a row.
    const TimelineView view = viewOf(QDate(2019, 1, 1), QDate(2025, 1, 1));
    const Scene scene = TimelineLayout::layout({&acme, 1}, view);
    const SceneMarker *marker = markerFor(scene, acme.events.front().id);
    REQUIRE(marker != nullptr);
    CHECK(marker->tooltip.contains(s(" more")));
    CHECK(marker->tooltip.size() <= 2 * Event::shortTextLength);
    qsizetype longestText = 0, longestTooltip = 0;
    for (const SceneText &text : scene.texts)
        longestText = std::max(longestText, text.text.size());
    for (const SceneRect &rect : scene.rects)
        longestTooltip = std::max(longestTooltip, rect.tooltip.size());
    CHECK(longestText <= Event::shortTextLength);
    CHECK(longestTooltip <= 2 * Event::shortTextLength);
    CHECK_FALSE(textsOf(scene, TextRole::BarLabel).empty());
    CHECK(LaneLayout(acme.tenures, false).rows().size() == std::size_t(crowdSize));
}

TEST_CASE("a description of 10 MB is labelled by its first words, cut before it is measured")
{
    QString description(10 * 1024 * 1024, QLatin1Char('x'));
    for (qsizetype i = 6; i < description.size(); i += 7)
        description[i] = QLatin1Char(' ');
    const LaneData acme = lane(s("Acme"), {other(s("2020-01"), s("Acme"), description)});

    const QString label = EventMarkerLayout::labelText(acme.events.front());
    CHECK(label.size() <= Event::shortTextLength);
    CHECK(label.endsWith(QChar(0x2026)));
    CHECK(description.startsWith(label.chopped(1)));

    const Scene scene =
        TimelineLayout::layout({&acme, 1}, viewOf(QDate(2019, 1, 1), QDate(2025, 1, 1)));
    const auto labels = textsOf(scene, TextRole::MarkerLabel);
    REQUIRE(labels.size() == 1);
    CHECK(labels.front()->text.startsWith(s("xxxxxx xxxxxx")));
    CHECK(labels.front()->text.size() <= Event::shortTextLength);
    const SceneMarker *marker = markerFor(scene, acme.events.front().id);
    REQUIRE(marker != nullptr);
    CHECK(marker->tooltip.size() <= 2 * Event::shortTextLength);
}

TEST_CASE("a footnote of 50,000 sources names those that fit and counts the rest exactly")
{
    const LaneData data = stabilityLane();
    TimelineView view = viewOf(QDate(2018, 1, 1), QDate(2026, 1, 1));
    constexpr int sourceCount = 50'000;
    for (int i = 0; i < sourceCount; ++i)
        view.decorations.sources << QStringLiteral("Source %1").arg(i);
    view.decorations.sources << s("Source 7") << s("  Source   7 "); // the same, said again
    view.decorations.sources << QString(10 * 1024 * 1024, QLatin1Char('y'));
    const Scene scene = TimelineLayout::layout({&data, 1}, view);
    const auto lines = textsOf(scene, TextRole::Footnote);
    REQUIRE(lines.size() == 3);
    CHECK(lines.front()->text.startsWith(s("Sources: Source 0; Source 1; ")));
    int named = 0;
    for (const SceneText *line : lines)
        named += int(line->text.count(s("Source ")));
    const QRegularExpression more(s("and (\\d+) more$"));
    const auto match = more.match(lines.back()->text);
    REQUIRE(match.hasMatch());
    // Every distinct source is either named or counted, the huge one among them.
    CHECK(named + match.captured(1).toInt() == sourceCount + 1);
}

// --- The chart ----------------------------------------------------------------------------------

TEST_CASE("tenure bars run from their start to their end or today, named inside or beside")
{
    const LaneData data = stabilityLane();
    const TimelineView view = viewOf(QDate(2018, 1, 1), QDate(2026, 1, 1));
    const Scene scene = TimelineLayout::layout({&data, 1}, view);
    CHECK(scene.plot == TimelineLayout::plotRect(view.size, view.decorations));
    const auto bars = barsOf(scene);
    REQUIRE(bars.size() == 4);
    const SceneRect *emad = bars[0];
    CHECK(emad->rect.left() == Approx(scene.plot.left() + view.viewport.xForDate({2019, 1, 1})));
    CHECK(emad->rect.right() == Approx(scene.plot.left() + view.viewport.xForDate({2024, 3, 22})));
    CHECK(emad->tooltip == s("Emad Mostaque — CEO, 2019 – 22 March 2024"));
    CHECK(emad->color == data.color);
    CHECK_FALSE(emad->openEnd);
    const auto prem = std::find_if(bars.begin(), bars.end(), [](const SceneRect *r) {
        return r->tooltip.startsWith(s("Prem"));
    });
    REQUIRE(prem != bars.end());
    CHECK((*prem)->openEnd);
    CHECK((*prem)->rect.right() == Approx(scene.plot.left() + view.viewport.xForDate(today)));
    CHECK(std::count_if(bars.begin(), bars.end(), [](const SceneRect *r) { return r->interim; }) ==
          2);
    // Each name is inside its bar, or beside it in its row over no bar at all.
    for (const SceneText *label : textsOf(scene, TextRole::BarLabel)) {
        const auto own = std::find_if(bars.begin(), bars.end(), [&](const SceneRect *r) {
            return r->eventId == label->eventId && r->rect.top() == Approx(label->rect.top()) &&
                   (r->rect.contains(label->rect) || label->rect.left() >= r->rect.right() ||
                    label->rect.right() <= r->rect.left());
        });
        REQUIRE(own != bars.end());
        if (!(*own)->rect.contains(label->rect)) {
            for (const SceneRect *other : bars)
                CHECK_FALSE(other->rect.intersects(label->rect));
        }
    }
    // The second interim co-CEO's bar is too short for his name: it stands in full beside it.
    CHECK(std::any_of(scene.texts.begin(), scene.texts.end(), [](const SceneText &t) {
        return t.role == TextRole::BarLabel && t.text == s("Christian Laforte");
    }));
    const auto today = std::find_if(scene.lines.begin(), scene.lines.end(), [](const SceneLine &l) {
        return l.role == SceneLine::Role::Today;
    });
    CHECK(today != scene.lines.end());
}

TEST_CASE("an interim bar boxed in by its successor is named beside it: the successor moves over")
{
    // The default export's span: the interim co-CEOs' three months are too short for their
    // names. Emad's row is free for Shan Shan Wong; Prem then takes Christian Laforte's row, whose
    // bar has room on its left, so both names stand whole beside their bars.
    const LaneData data = stabilityLane();
    const TimelineView view = viewOf(QDate(2018, 1, 1), QDate(2027, 3, 1), {1920, 1080});
    const Scene scene = TimelineLayout::layout({&data, 1}, view);
    const auto bars = barsOf(scene);
    const auto labels = textsOf(scene, TextRole::BarLabel);
    for (const char *name : {"Shan Shan Wong", "Christian Laforte"}) {
        INFO(name);
        const auto label = std::find_if(labels.begin(), labels.end(),
                                        [&](const SceneText *t) { return t->text == s(name); });
        REQUIRE(label != labels.end());
        const auto bar = std::find_if(bars.begin(), bars.end(), [&](const SceneRect *r) {
            return r->tooltip.startsWith(s(name));
        });
        REQUIRE(bar != bars.end());
        CHECK((*bar)->rect.width() < (*label)->rect.width()); // too short: the name is beside
        CHECK((*label)->rect.top() == Approx((*bar)->rect.top()));
        for (const SceneRect *other : bars)
            CHECK_FALSE(other->rect.intersects((*label)->rect));
    }
    for (const SceneText *label : labels)
        CHECK_FALSE(label->text.endsWith(QChar(0x2026))); // no name cut: there is room for all

    // Still two rows of the post: the co-CEOs one above the other, Prem after one of them.
    const LaneLayout layout(data.tenures, false);
    CHECK(layout.rows().size() == 2);
}

TEST_CASE("a bar begun left of the view is named where it appears, or not at all when narrow")
{
    const LaneData data = stabilityLane();
    const Scene scene =
        TimelineLayout::layout({&data, 1}, viewOf(QDate(2023, 1, 1), QDate(2024, 12, 31)));
    const auto emad = std::find_if(scene.texts.begin(), scene.texts.end(), [](const SceneText &t) {
        return t.role == TextRole::BarLabel && t.text.startsWith(s("Emad"));
    });
    REQUIRE(emad != scene.texts.end());
    CHECK(emad->rect.left() == Approx(scene.plot.left() + 4));
    const Scene wide =
        TimelineLayout::layout({&data, 1}, viewOf(QDate(1900, 1, 1), QDate(2090, 1, 1)));
    // Three months in two centuries: no room inside, so the name stands whole beside the bar,
    // over no other bar, never cut.
    const auto bars = barsOf(wide);
    for (const SceneText *label : textsOf(wide, TextRole::BarLabel)) {
        if (!label->text.startsWith(s("Shan")))
            continue;
        CHECK(label->text == s("Shan Shan Wong"));
        for (const SceneRect *bar : bars)
            CHECK_FALSE(bar->rect.intersects(label->rect));
    }
}

TEST_CASE("funding markers grow with the amount and failed or rumored rounds are hollow")
{
    const LaneData data = stabilityLane();
    const TimelineView view = viewOf(QDate(2022, 1, 1), QDate(2025, 1, 1));
    const Scene scene = TimelineLayout::layout({&data, 1}, view);
    const SceneMarker *seed = markerFor(scene, 2);
    const SceneMarker *rescue = markerFor(scene, 6);
    REQUIRE(seed);
    REQUIRE(rescue);
    CHECK(seed->shape == SceneMarker::Shape::Funding);
    CHECK(seed->size > ChartStyle().markerSize);
    CHECK(seed->size > rescue->size);
    CHECK(seed->size <= ChartStyle().maxFundingMarker);
    CHECK_FALSE(seed->hollow);
    CHECK(rescue->hollow);
    CHECK(seed->tooltip.contains(s("$101M")));
    CHECK(seed->center.x() ==
          Approx(scene.plot.left() + view.viewport.xForDate(QDate(2022, 10, 17))));
}

TEST_CASE("lanes below the bottom of the view are not laid out")
{
    std::vector<LaneData> lanes;
    for (int i = 0; i < 60; ++i)
        lanes.push_back(lane(QStringLiteral("Company %1").arg(i),
                             {appointment(s("2020"), {}, {s("Ada")}, s("CEO")),
                              other(s("2021-05"), {}, s("Launch"))},
                             EventId(i) * 10 + 1));
    TimelineView view = viewOf(QDate(2019, 1, 1), QDate(2023, 1, 1));
    view.firstLane = 5;
    const Scene scene = TimelineLayout::layout(lanes, view);
    int highest = -1;
    for (const SceneMarker &m : scene.markers)
        highest = std::max(highest, m.lane);
    const double perLane = TimelineLayout::laneHeight(lanes[0], false);
    CHECK(highest >= 5);
    CHECK(highest <= 5 + int(scene.plot.height() / perLane));
    CHECK(markersOf(scene, 4).empty());
    for (const SceneText &t : scene.texts) {
        if (t.lane >= 0)
            CHECK(t.rect.bottom() <= scene.plot.bottom());
    }
    for (const SceneRect &r : scene.rects) {
        if (r.lane >= 0)
            CHECK(r.rect.bottom() <= scene.plot.bottom() + 1e-9);
    }
}

TEST_CASE("a printed chart shows whole lanes and says how many companies it left out")
{
    std::vector<LaneData> lanes;
    for (int i = 0; i < 60; ++i)
        lanes.push_back(lane(QStringLiteral("Company %1").arg(i),
                             {appointment(s("2020"), {}, {s("Ada")}, s("CEO")),
                              other(s("2021-05"), {}, s("Launch"))},
                             EventId(i) * 10 + 1));
    TimelineView view = viewOf(QDate(2019, 1, 1), QDate(2023, 1, 1), {1200, 700});
    view.print = true;
    view.totalLanes = 200; // more than were read: those are left out too
    TimelineFill fill;
    const Scene scene = TimelineLayout::layout(lanes, view, {}, &fill);
    REQUIRE(fill.lanesShown > 0);
    CHECK(fill.lanesShown < 60);
    CHECK(fill.lanesLeftOut == 200 - fill.lanesShown);
    const auto notes = textsOf(scene, TextRole::Notice);
    REQUIRE(notes.size() == 1);
    CHECK(notes.front()->text ==
          QStringLiteral("%1 more companies not shown").arg(200 - fill.lanesShown));
    // Under the last lane shown, inside the plot, over nothing of the lanes.
    double lanesBottom = scene.plot.top();
    for (const SceneRect &r : scene.rects) {
        if (r.lane >= 0) {
            CHECK(r.lane < fill.lanesShown); // no lane begun and cut off
            lanesBottom = std::max(lanesBottom, r.rect.bottom());
        }
    }
    for (const SceneText &t : scene.texts)
        CHECK(t.lane < fill.lanesShown);
    CHECK(notes.front()->rect.top() >= lanesBottom);
    CHECK(notes.front()->rect.bottom() <= scene.plot.bottom());
    CHECK(fill.contentBottom == Approx(notes.front()->rect.bottom()));

    // The chart's last lane needs no note; all lanes fitting, none is counted.
    TimelineView all = view;
    all.totalLanes = 2;
    TimelineFill fillAll;
    const Scene two = TimelineLayout::layout({lanes.data(), 2}, all, {}, &fillAll);
    CHECK(fillAll.lanesShown == 2);
    CHECK(fillAll.lanesLeftOut == 0);
    CHECK(textsOf(two, TextRole::Notice).empty());
    all.totalLanes = 3;
    const Scene oneLeft = TimelineLayout::layout({lanes.data(), 2}, all);
    REQUIRE(textsOf(oneLeft, TextRole::Notice).size() == 1);
    CHECK(textsOf(oneLeft, TextRole::Notice).front()->text == s("1 more company not shown"));
}

TEST_CASE("only events in view get markers, and today's line shows only when in view")
{
    const LaneData data =
        lane(s("Acme"), {other(s("1990-05"), {}, s("Founded")),
                         other(s("2020-05"), {}, s("Launch")), other(s("2040-05"), {}, s("Plan"))});
    TimelineView view = viewOf(QDate(2019, 1, 1), QDate(2022, 1, 1));
    const Scene scene = TimelineLayout::layout({&data, 1}, view);
    const auto markers = markersOf(scene, 0);
    REQUIRE(markers.size() == 1);
    CHECK(markers[0]->eventId == 2);
    const auto todayLines = [](const Scene &sc) {
        return std::count_if(sc.lines.begin(), sc.lines.end(),
                             [](const SceneLine &l) { return l.role == SceneLine::Role::Today; });
    };
    CHECK(todayLines(scene) == 0); // today (2025) is right of the view
    view = viewOf(QDate(2024, 1, 1), QDate(2026, 1, 1));
    const Scene withToday = TimelineLayout::layout({&data, 1}, view);
    CHECK(todayLines(withToday) == 1);
    CHECK(std::any_of(withToday.texts.begin(), withToday.texts.end(),
                      [](const SceneText &t) { return t.text == s("Today"); }));
    view.today = QDate();
    CHECK(todayLines(TimelineLayout::layout({&data, 1}, view)) == 0);
}

TEST_CASE("a lane scrolled partly out of sight keeps what is below the axis")
{
    const LaneData data = stabilityLane();
    TimelineView view = viewOf(QDate(2018, 1, 1), QDate(2026, 1, 1));
    // The marker row and a bit of the CEO row.
    view.laneOffset = LaneLayout::markerRowHeight(ChartStyle()) + 5;
    const Scene scene = TimelineLayout::layout({&data, 1}, view);
    CHECK(markersOf(scene, 0).empty()); // the marker row is under the axis
    const auto bars = barsOf(scene);
    CHECK(bars.size() == 4);
    for (const SceneRect *bar : bars)
        CHECK(bar->rect.top() >= scene.plot.top());
    // The CEO post's name, by its first row, is cut off, not drawn over the axis.
    CHECK(textsOf(scene, TextRole::RowLabel).empty());
}

TEST_CASE("a collapsed lane shows its title and markers but no tenure rows")
{
    const LaneData data = stabilityLane();
    TimelineView view = viewOf(QDate(2018, 1, 1), QDate(2026, 1, 1));
    view.collapsedCompanies.insert(stability);
    const Scene scene = TimelineLayout::layout({&data, 1}, view);
    CHECK(barsOf(scene).empty());
    CHECK(textsOf(scene, TextRole::RowLabel).empty());
    CHECK(textsOf(scene, TextRole::LaneTitle).size() == 1);
    CHECK_FALSE(markersOf(scene, 0).empty());
    CHECK(TimelineLayout::laneHeight(data, true) < TimelineLayout::laneHeight(data, false));
}

TEST_CASE("the selected event's marker is selected, and so is a cluster holding it")
{
    const LaneData data = stabilityLane();
    TimelineView view = viewOf(QDate(2018, 1, 1), QDate(2026, 1, 1));
    view.selectedEvent = 2;
    const Scene scene = TimelineLayout::layout({&data, 1}, view);
    for (const SceneMarker *m : markersOf(scene, 0))
        CHECK(m->selected == (m->eventId == 2));
    view = viewOf(QDate(1850, 1, 1), QDate(2040, 1, 1));
    view.selectedEvent = 4;
    const Scene far = TimelineLayout::layout({&data, 1}, view);
    const auto clusters = markersOf(far, 0);
    REQUIRE_FALSE(clusters.empty());
    CHECK(std::any_of(clusters.begin(), clusters.end(),
                      [](const SceneMarker *m) { return m->count > 1 && m->selected; }));
}

TEST_CASE("hitTest finds a marker before a bar before a lane title")
{
    const LaneData data = stabilityLane();
    const Scene scene =
        TimelineLayout::layout({&data, 1}, viewOf(QDate(2018, 1, 1), QDate(2026, 1, 1)));
    const SceneMarker *seed = markerFor(scene, 2);
    REQUIRE(seed);
    SceneHit hit = scene.hitTest(seed->center + QPointF(seed->size / 2 + 2, 0));
    CHECK(hit.kind == SceneHit::Kind::Event);
    CHECK(hit.eventId == 2);
    CHECK(hit.tooltip == seed->tooltip);
    const SceneRect *bar = barsOf(scene).front();
    hit = scene.hitTest(bar->rect.center());
    CHECK(hit.kind == SceneHit::Kind::TenureBar);
    CHECK(hit.eventId == bar->eventId);
    const SceneText *title = textsOf(scene, TextRole::LaneTitle).front();
    hit = scene.hitTest(title->rect.center());
    CHECK(hit.kind == SceneHit::Kind::LaneTitle);
    CHECK(hit.lane == 0);
    CHECK(scene.hitTest(QPointF(-50, -50)).kind == SceneHit::Kind::Nothing);

    const Scene far =
        TimelineLayout::layout({&data, 1}, viewOf(QDate(1850, 1, 1), QDate(2040, 1, 1)));
    const auto cluster = std::find_if(far.markers.begin(), far.markers.end(),
                                      [](const SceneMarker &m) { return m.count > 1; });
    REQUIRE(cluster != far.markers.end());
    hit = far.hitTest(cluster->center);
    CHECK(hit.kind == SceneHit::Kind::Cluster);
    CHECK(hit.lastDay > hit.firstDay);
}

TEST_CASE("eventOrder goes lane by lane, left to right, top to bottom, skipping clustered events")
{
    const LaneData first = stabilityLane();
    std::vector<Event> beta = {other(s("2019-01"), {}, s("Founded"))};
    for (int i = 1; i <= 4; ++i) // more on one day than there are levels: a cluster
        beta.push_back(other(s("2021-05-04"), {}, QStringLiteral("Launch %1").arg(i)));
    beta.push_back(other(s("2023-01"), {}, s("Launch")));
    const LaneData second = lane(s("Beta"), beta, 100);
    const std::vector<LaneData> lanes = {first, second};
    const Scene scene = TimelineLayout::layout(lanes, viewOf(QDate(2018, 1, 1), QDate(2026, 1, 1)));
    const std::vector<EventId> order = scene.eventOrder();
    REQUIRE(order.size() >= 4);
    CHECK(order.front() == 1);
    // The CEO's departure and the co-CEOs' appointment share a day: stacked, the upper first.
    const auto departure = std::find(order.begin(), order.end(), 3);
    REQUIRE(departure != order.end());
    REQUIRE(departure + 1 != order.end());
    CHECK(*(departure + 1) == 4);
    CHECK(order[order.size() - 2] == 100);
    CHECK(order.back() == 105);
    for (EventId clustered = 101; clustered <= 104; ++clustered)
        CHECK(std::find(order.begin(), order.end(), clustered) == order.end());
}

TEST_CASE("an empty timeline says no events match the filters")
{
    const Scene none = TimelineLayout::layout({}, viewOf(QDate(2018, 1, 1), QDate(2026, 1, 1)));
    const auto notices = textsOf(none, TextRole::Notice);
    REQUIRE(notices.size() == 1);
    CHECK(notices[0]->text == s("No events match the filters"));
    CHECK(notices[0]->rect == none.plot);
    const LaneData empty = lane(s("Acme"), {});
    const Scene blank =
        TimelineLayout::layout({&empty, 1}, viewOf(QDate(2018, 1, 1), QDate(2026, 1, 1)));
    CHECK(textsOf(blank, TextRole::Notice).size() == 1);
    CHECK_FALSE(textsOf(blank, TextRole::AxisMinor).empty()); // the axis stays, to zoom and pan
}

TEST_CASE("append moves another scene's primitives by an offset")
{
    const LaneData data = stabilityLane();
    const Scene body =
        TimelineLayout::layout({&data, 1}, viewOf(QDate(2018, 1, 1), QDate(2026, 1, 1)));
    Scene frame;
    frame.append(body, QPointF(10, 20));
    REQUIRE(frame.markers.size() == body.markers.size());
    CHECK(frame.markers[0].center == body.markers[0].center + QPointF(10, 20));
    CHECK(frame.texts.back().rect == body.texts.back().rect.translated(10, 20));
    CHECK(frame.lines.size() == body.lines.size());
}

TEST_CASE("a departure's label says who left which post")
{
    Event left = departure(s("2024-03-22"), s("Stability AI"), {s("Emad Mostaque")}, s("CEO"));
    CHECK(EventMarkerLayout::labelText(left) == s("Emad Mostaque, CEO"));
    left.role.clear();
    CHECK(EventMarkerLayout::labelText(left) == s("Emad Mostaque"));
    CHECK(EventMarkerLayout::labelText(
              appointment(s("2024-06"), s("Stability AI"), {s("Prem Akkaraju")}, s("CEO"))) ==
          s("Prem Akkaraju"));
}

// --- Honest dates -------------------------------------------------------------------------------

namespace {
const SceneRect *barOf(const Scene &scene, const QString &person)
{
    for (const SceneRect *bar : barsOf(scene)) {
        if (bar->tooltip.startsWith(person))
            return bar;
    }
    return nullptr;
}

double xOf(const Scene &scene, const TimelineView &view, double day)
{
    return scene.plot.left() + view.viewport.xForDay(day);
}
} // namespace

TEST_CASE("a tenure end known only to the year fades over that year, never ending on 1 January")
{
    const LaneData data = lane(s("Acme"), {appointment(s("2010-03-01"), {}, {s("Ada")}, s("CTO")),
                                           departure(s("2014"), {}, {s("Ada")}, s("CTO"))});
    const TimelineView view = viewOf(QDate(2008, 1, 1), QDate(2016, 1, 1));
    const Scene scene = TimelineLayout::layout({&data, 1}, view);
    const SceneRect *ada = barOf(scene, s("Ada"));
    REQUIRE(ada);
    CHECK(ada->fadeIn.isEmpty()); // a known day
    CHECK(ada->rect.left() == Approx(xOf(scene, view, jd(QDate(2010, 3, 1)))));
    CHECK(ada->fadeOut.from == Approx(xOf(scene, view, jd(QDate(2014, 1, 1)))));
    CHECK(ada->fadeOut.to == Approx(xOf(scene, view, jd(QDate(2015, 1, 1)))));
    CHECK(ada->rect.right() == Approx(ada->fadeOut.to));
    // Her name is on the part of the bar she surely held.
    const auto names = textsOf(scene, TextRole::BarLabel);
    REQUIRE(names.size() == 1);
    CHECK(names[0]->rect.right() <= ada->fadeOut.from);

    // Over two centuries a year is five pixels: the end is drawn as a day, its first.
    const TimelineView wide = viewOf(QDate(1900, 1, 1), QDate(2100, 1, 1));
    const Scene far = TimelineLayout::layout({&data, 1}, wide);
    const SceneRect *small = barOf(far, s("Ada"));
    REQUIRE(small);
    CHECK(small->fadeOut.isEmpty());
    CHECK(small->rect.right() == Approx(xOf(far, wide, jd(QDate(2014, 1, 1)))));
}

TEST_CASE("a start known to the month fades in, and a successor meets an uncertain end midway")
{
    // Ada left some time in 2014; Bo took the post some time in May 2014.
    const LaneData data = lane(s("Acme"), {appointment(s("2010-03-01"), {}, {s("Ada")}, s("CTO")),
                                           departure(s("2014"), {}, {s("Ada")}, s("CTO")),
                                           appointment(s("2014-05"), {}, {s("Bo")}, s("CTO"))});
    const TimelineView view = viewOf(QDate(2012, 1, 1), QDate(2016, 1, 1));
    const Scene scene = TimelineLayout::layout({&data, 1}, view);
    const SceneRect *ada = barOf(scene, s("Ada"));
    const SceneRect *bo = barOf(scene, s("Bo"));
    REQUIRE(ada);
    REQUIRE(bo);
    CHECK(ada->rect.top() == bo->rect.top()); // one row: she had left by the time he came
    // They meet in the middle of May, where both intervals overlap; neither covers the other.
    const double mid = xOf(scene, view, (jd(QDate(2014, 5, 1)) + jd(QDate(2014, 6, 1))) / 2);
    CHECK(ada->rect.right() == Approx(mid));
    CHECK(bo->rect.left() == Approx(mid));
    CHECK(ada->fadeOut.from == Approx(xOf(scene, view, jd(QDate(2014, 1, 1)))));
    CHECK(ada->fadeOut.to == Approx(mid));
    CHECK(bo->fadeIn.from == Approx(mid));
    CHECK(bo->fadeIn.to == Approx(xOf(scene, view, jd(QDate(2014, 6, 1)))));
    CHECK(bo->fadeOut.isEmpty()); // open: it fades to today as every open tenure does
    CHECK(bo->openEnd);
}

TEST_CASE("an event known to the month stands mid-month under a bracket spanning the month")
{
    const LaneData data = lane(s("Acme"), {appointment(s("2024-03"), {}, {s("Ada")}, s("CEO")),
                                           departure(s("2024-09-10"), {}, {s("Ada")}, s("CEO"))});
    const TimelineView view = viewOf(QDate(2024, 1, 1), QDate(2024, 12, 31));
    const Scene scene = TimelineLayout::layout({&data, 1}, view);
    const SceneMarker *month = markerFor(scene, 1);
    const SceneMarker *day = markerFor(scene, 2);
    REQUIRE(month);
    REQUIRE(day);
    const double march = xOf(scene, view, jd(QDate(2024, 3, 1)));
    const double april = xOf(scene, view, jd(QDate(2024, 4, 1)));
    CHECK(month->center.x() == Approx((march + april) / 2));
    CHECK(day->center.x() == Approx(xOf(scene, view, jd(QDate(2024, 9, 10)))));
    std::vector<QLineF> spans;
    for (const SceneLine &line : scene.lines) {
        if (line.role == SceneLine::Role::DateSpan && scene.plot.contains(line.line.p1()))
            spans.push_back(line.line); // not the legend's sample
    }
    // One bracket, over March, above the marker: a line and its two ends.
    REQUIRE(spans.size() == 3);
    const auto across =
        std::find_if(spans.begin(), spans.end(), [](const QLineF &l) { return l.y1() == l.y2(); });
    REQUIRE(across != spans.end());
    CHECK(std::min(across->x1(), across->x2()) == Approx(march));
    CHECK(std::max(across->x1(), across->x2()) == Approx(april));
    CHECK(across->y1() < month->bounds().top());

    // Twenty years wide, a month is a few pixels: no bracket.
    const Scene far =
        TimelineLayout::layout({&data, 1}, viewOf(QDate(2010, 1, 1), QDate(2030, 1, 1)));
    CHECK(std::none_of(far.lines.begin(), far.lines.end(), [&](const SceneLine &l) {
        return l.role == SceneLine::Role::DateSpan && far.plot.contains(l.line.p1());
    }));
}

TEST_CASE("the legend explains dates known only to the month or year")
{
    const LaneData data = stabilityLane();
    const Scene scene =
        TimelineLayout::layout({&data, 1}, viewOf(QDate(2018, 1, 1), QDate(2026, 1, 1)));
    const auto legend = textsOf(scene, TextRole::Legend);
    CHECK(std::any_of(legend.begin(), legend.end(), [](const SceneText *t) {
        return t->text.startsWith(s("Date known only to the month or year"));
    }));
    // Its sample: a swatch that fades out under a bracket.
    CHECK(std::any_of(scene.rects.begin(), scene.rects.end(), [](const SceneRect &r) {
        return r.role == SceneRect::Role::LegendSwatch && !r.fadeOut.isEmpty();
    }));
}

// --- Rows that fit the data ---------------------------------------------------------------------

namespace {
// A board of 13 over the years, at most four seats held at once, a CEO, a CTO and a founder.
LaneData boardLane()
{
    std::vector<Event> events{appointment(s("2000"), {}, {s("Chief")}, s("CEO")),
                              appointment(s("2000"), {}, {s("Tech")}, s("CTO")),
                              appointment(s("2000"), {}, {s("Fou")}, s("Co-founder")),
                              appointment(s("2001"), {}, {s("Cha")}, s("Chairman"))};
    for (int i = 0; i < 13; ++i) {
        const QString name = QStringLiteral("Member %1").arg(i + 1);
        events.push_back(appointment(QString::number(2000 + 2 * i) + s("-01-01"), {}, {name},
                                     s("Board member")));
        events.push_back(departure(QString::number(2000 + 2 * i + 7) + s("-01-01"), {}, {name},
                                   s("Board member")));
    }
    return lane(s("Acme"), events);
}
} // namespace

TEST_CASE("a board of 13 whose seats turn over is packed into as few rows as seats held at once")
{
    const LaneData data = boardLane();
    const LaneLayout layout(data.tenures, false);
    int boardRows = 0;
    for (const TenureRow &row : layout.rows())
        boardRows += row.role == s("Board") ? 1 : 0;
    CHECK(boardRows == 4); // seats last seven years, a new member every two: four at once
}

TEST_CASE("a collapsed role group is one summary row with a count")
{
    const LaneData data = boardLane();
    RowOptions options;
    options.collapsedGroups.insert(RoleVocabulary::Group::ChairAndBoard);
    const LaneLayout layout(data.tenures, false, {}, options);
    std::vector<QString> labels;
    for (const TenureRow &row : layout.rows())
        labels.push_back(row.role);
    // CEO, CTO, then the chair and the board in one row, then the founder.
    CHECK(labels == std::vector<QString>{s("CEO"), s("CTO"), s("Board · 14"), s("Founders")});
    const int summary = 2;
    CHECK(layout.rows()[summary].summary);
    CHECK(layout.rows()[summary].people == 14);
    for (std::size_t i = 0; i < data.tenures.size(); ++i) {
        if (data.tenures[i].person.startsWith(s("Member")) || data.tenures[i].person == s("Cha"))
            CHECK(layout.rowOf(i) == summary);
    }

    // On the chart the summary row is labelled and its bars carry no names (they overlap).
    TimelineView view = viewOf(QDate(1998, 1, 1), QDate(2034, 1, 1));
    view.rows = options;
    const Scene scene = TimelineLayout::layout({&data, 1}, view);
    const auto rowLabels = textsOf(scene, TextRole::RowLabel);
    CHECK(std::any_of(rowLabels.begin(), rowLabels.end(),
                      [](const SceneText *t) { return t->text == s("Board · 14"); }));
    for (const SceneText *name : textsOf(scene, TextRole::BarLabel))
        CHECK_FALSE(name->text.startsWith(s("Member")));
    CHECK(TimelineLayout::laneHeight(data, false, {}, options) <
          TimelineLayout::laneHeight(data, false));
}

TEST_CASE("the leadership-only view keeps the chief executive, executives and chair")
{
    std::vector<Event> events{appointment(s("2000"), {}, {s("Chief")}, s("CEO")),
                              appointment(s("2000"), {}, {s("Tech")}, s("CTO")),
                              appointment(s("2000"), {}, {s("Fou")}, s("Co-founder")),
                              appointment(s("2001"), {}, {s("Cha")}, s("Chairman")),
                              appointment(s("2002"), {}, {s("Bo")}, s("Board member")),
                              appointment(s("2003"), {}, {s("Res")}, s("Researcher")),
                              departure(s("2004"), {}, {s("Res")}, s("Researcher"))};
    const LaneData data = lane(s("Acme"), events);
    RowOptions options;
    options.leadershipOnly = true;
    const LaneLayout layout(data.tenures, false, {}, options);
    std::vector<QString> labels;
    for (const TenureRow &row : layout.rows())
        labels.push_back(row.role);
    CHECK(labels == std::vector<QString>{s("CEO"), s("CTO"), s("Chair")});
    for (std::size_t i = 0; i < data.tenures.size(); ++i) {
        const QString &person = data.tenures[i].person;
        CHECK((layout.rowOf(i) < 0) ==
              (person == s("Fou") || person == s("Bo") || person == s("Res")));
    }
    // The markers of the other posts' comings and goings leave with their rows.
    TimelineView view = viewOf(QDate(1999, 1, 1), QDate(2006, 1, 1));
    view.rows = options;
    const Scene scene = TimelineLayout::layout({&data, 1}, view);
    std::set<EventId> shown;
    for (const SceneMarker *m : markersOf(scene, 0))
        shown.insert(m->eventId);
    CHECK(shown == std::set<EventId>{1, 2, 4});
}

// ---- Notes ----

namespace {
Annotation noteOn(AnnotationId id, const char *from, const char *to, const char *text)
{
    Annotation note;
    note.id = id;
    note.company = stability;
    note.from = date(s(from));
    if (to)
        note.to = date(s(to));
    note.text = s(text);
    return note;
}
} // namespace

TEST_CASE("a period note shades its span across the lane and a dated note gets a leader, "
          "their texts under the markers, apart")
{
    LaneData data = stabilityLane();
    const double plain = TimelineLayout::laneHeight(data, false);
    data.notes = {noteOn(1, "2023-06", "2023-10", "Failed raise at $4B"),
                  noteOn(2, "2024-03-22", nullptr, "Mostaque: 'to pursue decentralised AI'"),
                  noteOn(3, "2024-04", nullptr, "Two interim co-CEOs")};
    // The lane keeps a band for the notes' texts, so every lane below moves down by it.
    CHECK(TimelineLayout::laneHeight(data, false) > plain);
    const TimelineView view = viewOf(QDate(2019, 1, 1), QDate(2025, 1, 1));
    const Scene scene = TimelineLayout::layout(std::span(&data, 1), view);
    const Viewport &viewport = view.viewport;

    const SceneRect *band = nullptr;
    for (const SceneRect &rect : scene.rects) {
        if (rect.role == SceneRect::Role::NoteBand)
            band = &rect;
    }
    REQUIRE(band);
    CHECK(band->noteId == 1);
    CHECK(band->rect.left() ==
          Approx(scene.plot.left() + viewport.xForDate(QDate(2023, 6, 1))).margin(0.5));
    CHECK(band->rect.right() ==
          Approx(scene.plot.left() + viewport.xForDate(QDate(2023, 11, 1))).margin(0.5));

    std::vector<const SceneText *> texts;
    for (const SceneText &text : scene.texts) {
        if (text.noteId != 0)
            texts.push_back(&text);
    }
    REQUIRE(texts.size() == 3);
    CHECK(texts[0]->text == s("Failed raise at $4B"));
    CHECK(texts[1]->tooltip == s("2024-03-22: Mostaque: 'to pursue decentralised AI'"));
    for (std::size_t i = 0; i < texts.size(); ++i) {
        for (std::size_t j = i + 1; j < texts.size(); ++j)
            CHECK_FALSE(texts[i]->rect.intersects(texts[j]->rect));
    }
    // The dated note's leader comes down from its date.
    const double x = scene.plot.left() + viewport.xForDate(QDate(2024, 3, 22));
    CHECK(std::any_of(scene.lines.begin(), scene.lines.end(), [x](const SceneLine &line) {
        return line.role == SceneLine::Role::Leader && std::abs(line.line.x1() - x) < 0.5;
    }));
    // A click on a note's text or band finds the note.
    CHECK(scene.hitTest(texts[2]->rect.center()).noteId == 3);
    const SceneHit onBand =
        scene.hitTest(QPointF(band->rect.center().x(), band->rect.bottom() - 2));
    CHECK((onBand.noteId == 1 || onBand.kind == SceneHit::Kind::TenureBar));
}

TEST_CASE("notes out of view or of a collapsed lane draw nothing")
{
    LaneData data = stabilityLane();
    data.notes = {noteOn(1, "2010", "2011", "long before")};
    const Scene scene =
        TimelineLayout::layout(std::span(&data, 1), viewOf(QDate(2019, 1, 1), QDate(2025, 1, 1)));
    for (const SceneText &text : scene.texts)
        CHECK(text.noteId == 0);
    for (const SceneRect &rect : scene.rects)
        CHECK(rect.role != SceneRect::Role::NoteBand);
    CHECK(TimelineLayout::laneHeight(data, true) ==
          TimelineLayout::laneHeight(stabilityLane(), true));
}

TEST_CASE("a row of decades over years is left out; a row of years over months stays")
{
    const LaneData acme =
        lane(s("Acme"), {appointment(s("2020-01"), s("Acme"), {s("Ada")}, s("CEO"))});
    const auto axisTexts = [&](QDate first, QDate last, TextRole role) {
        QStringList texts;
        const Scene scene = TimelineLayout::layout({&acme, 1}, viewOf(first, last));
        for (const SceneText *text : textsOf(scene, role))
            texts << text->text;
        return texts;
    };
    // Thirty years: the years are labelled, and "2020s" would only repeat them. The years take
    // the top row, so no row is left empty.
    const QDate first(2000, 1, 1), last(2030, 1, 1);
    const QStringList years = axisTexts(first, last, TextRole::AxisMinor);
    INFO(years.join(u' ').toStdString());
    CHECK(years.contains(s("2020")));
    CHECK(axisTexts(first, last, TextRole::AxisMajor).isEmpty());
    const Scene yearScene = TimelineLayout::layout({&acme, 1}, viewOf(first, last));
    const auto minor = textsOf(yearScene, TextRole::AxisMinor);
    const double axisTop = yearScene.plot.top() - ChartStyle().axisHeight;
    CHECK(minor.front()->rect.bottom() <= axisTop + ChartStyle().axisHeight / 2 + 1);
    // The decades keep their stronger grid lines.
    CHECK(std::any_of(yearScene.lines.begin(), yearScene.lines.end(),
                      [](const SceneLine &l) { return l.role == SceneLine::Role::GridMajor; }));

    // Eighteen months: the months do not say the year, so the row of years stays above them.
    const QStringList overMonths =
        axisTexts(QDate(2023, 6, 1), QDate(2024, 12, 1), TextRole::AxisMajor);
    CHECK(overMonths.contains(s("2024")));
}
