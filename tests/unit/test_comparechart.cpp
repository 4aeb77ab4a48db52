#include "model/tenurederiver.h"
#include "testsupport.h"
#include "timeline/comparechartlayout.h"

#include <QFontMetricsF>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace testsupport;

namespace {
const QDate today(2025, 6, 30);

LaneData company(const QString &name, std::vector<Event> events, EventId firstId)
{
    for (Event &e : events) {
        e.company = name;
        e.id = firstId++;
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const Event &a, const Event &b) { return a.date < b.date; });
    LaneData lane;
    lane.company = name;
    lane.color = QColor(0x33, 0x66, 0x99);
    lane.tenures = TenureDeriver::derive(events);
    lane.events = std::move(events);
    return lane;
}

// A founder-CEO, a CTO and a board member who are not chief executives, a resignation and
// two interim co-CEOs, then a permanent CEO: Stability AI's story in brief.
LaneData labA()
{
    return company(QStringLiteral("Lab A"),
                   {appointment(QStringLiteral("2019-01-01"), {}, {QStringLiteral("Alice Founder")},
                                QStringLiteral("Co-Founder and CEO")),
                    appointment(QStringLiteral("2019-06-01"), {}, {QStringLiteral("Tom Techie")},
                                QStringLiteral("CTO")),
                    appointment(QStringLiteral("2020-02-01"), {}, {QStringLiteral("Bob Board")},
                                QStringLiteral("Board member")),
                    departure(QStringLiteral("2024-03-22"), {}, {QStringLiteral("Alice Founder")},
                              QStringLiteral("CEO")),
                    appointment(QStringLiteral("2024-03-22"), {},
                                {QStringLiteral("Shan Shan Wong"), QStringLiteral("Chris Laforte")},
                                QStringLiteral("Co-CEO"), true),
                    appointment(QStringLiteral("2024-06-25"), {}, {QStringLiteral("Prem Akkaraju")},
                                QStringLiteral("CEO"))},
                   1);
}

LaneData labB()
{
    return company(QStringLiteral("Lab B"),
                   {appointment(QStringLiteral("2019-01-01"), {}, {QStringLiteral("Carol Chief")},
                                QStringLiteral("Chief Executive Officer")),
                    appointment(QStringLiteral("2022-05-01"), {}, {QStringLiteral("Dan Next")},
                                QStringLiteral("CEO"))},
                   100);
}

std::vector<const SceneRect *> barsOf(const Scene &scene, int lane)
{
    std::vector<const SceneRect *> bars;
    for (const SceneRect &rect : scene.rects) {
        if (rect.role == SceneRect::Role::TenureBar && rect.lane == lane)
            bars.push_back(&rect);
    }
    return bars;
}

const SceneText *textOf(const Scene &scene, const QString &text)
{
    for (const SceneText &t : scene.texts) {
        if (t.text == text)
            return &t;
    }
    return nullptr;
}

CompareChartOptions options()
{
    CompareChartOptions o;
    o.size = QSizeF(1600, 900);
    o.today = today;
    return o;
}
} // namespace

TEST_CASE("the compare chart has one row per company, with its chief executives only")
{
    const std::vector<LaneData> lanes{labA(), labB()};
    const Scene scene = CompareChartLayout::layout(lanes, options());
    const SceneText *a = textOf(scene, QStringLiteral("Lab A"));
    const SceneText *b = textOf(scene, QStringLiteral("Lab B"));
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->rect.bottom() <= b->rect.top()); // in the order given, one under the other
    // Lab A: the founder, two co-CEOs, the permanent CEO; never the CTO or the board member.
    CHECK(barsOf(scene, 0).size() == 4);
    CHECK(barsOf(scene, 1).size() == 2);
    CHECK(textOf(scene, QStringLiteral("Tom Techie")) == nullptr);
    CHECK(textOf(scene, QStringLiteral("Bob Board")) == nullptr);
    for (const QString &name : {QStringLiteral("Alice Founder"), QStringLiteral("Prem Akkaraju"),
                                QStringLiteral("Carol Chief"), QStringLiteral("Dan Next")})
        CHECK(textOf(scene, name) != nullptr);
    // Every bar of a company lies in its row, between its name's row and the next company's.
    for (const SceneRect *bar : barsOf(scene, 0))
        CHECK(bar->rect.bottom() <= b->rect.top());
    for (const SceneRect *bar : barsOf(scene, 1))
        CHECK(bar->rect.top() >= a->rect.bottom());
}

TEST_CASE("the compare chart's companies share one time axis")
{
    const std::vector<LaneData> lanes{labA(), labB()};
    const Scene scene = CompareChartLayout::layout(lanes, options());
    // Alice and Carol both took office on 2019-01-01: their bars start at the same x.
    const auto firstBar = [&](int lane) {
        const auto bars = barsOf(scene, lane);
        return *std::min_element(bars.begin(), bars.end(), [](const auto *x, const auto *y) {
            return x->rect.left() < y->rect.left();
        });
    };
    CHECK(firstBar(0)->rect.left() == Approx(firstBar(1)->rect.left()));
    // The span starts at the first tenure, with a small margin, and reaches today.
    CHECK(firstBar(0)->rect.left() - scene.plot.left() < scene.plot.width() * 0.05);
    CHECK(firstBar(0)->rect.left() > scene.plot.left());
    // One axis: its year labels stand above the first company only.
    const SceneText *a = textOf(scene, QStringLiteral("Lab A"));
    REQUIRE(a);
    int years = 0;
    for (const SceneText &text : scene.texts) {
        if (text.role == TextRole::AxisMajor) {
            ++years;
            CHECK(text.rect.bottom() <= scene.plot.top() + 0.5);
        }
    }
    CHECK(years >= 5);
}

TEST_CASE("interim co-CEOs are hatched bars one above the other, each named")
{
    const std::vector<LaneData> lanes{labA(), labB()};
    const Scene scene = CompareChartLayout::layout(lanes, options());
    std::vector<const SceneRect *> interim;
    for (const SceneRect *bar : barsOf(scene, 0)) {
        if (bar->interim)
            interim.push_back(bar);
    }
    REQUIRE(interim.size() == 2);
    CHECK(interim[0]->rect.left() == Approx(interim[1]->rect.left()));
    CHECK_FALSE(interim[0]->rect.intersects(interim[1]->rect));
    // Their bars are three months long: the names stand beside them, whole.
    for (const QString &name :
         {QStringLiteral("Shan Shan Wong"), QStringLiteral("Chris Laforte")}) {
        const SceneText *text = textOf(scene, name);
        INFO(name.toStdString());
        REQUIRE(text);
        const QFontMetricsF fm(scene.style.font(text->role));
        CHECK(fm.horizontalAdvance(text->text) <= text->rect.width() + 0.5);
    }
    // The legend says what hatching means.
    CHECK(textOf(scene, QStringLiteral("Interim")) != nullptr);
}

TEST_CASE("the compare chart's title names the years it spans, and its texts stay apart")
{
    const std::vector<LaneData> lanes{labA(), labB()};
    CHECK(CompareChartLayout::defaultTitle(lanes, {}, {}, today) ==
          QStringLiteral("Chief executives, 2019–2025"));
    CompareChartOptions o = options();
    o.decorations.title = QStringLiteral("CEOs of AI labs, 2019–2025");
    const Scene scene = CompareChartLayout::layout(lanes, o);
    CHECK(textOf(scene, o.decorations.title) != nullptr);
    for (size_t i = 0; i < scene.texts.size(); ++i) {
        for (size_t j = i + 1; j < scene.texts.size(); ++j) {
            INFO(scene.texts[i].text.toStdString() << " / " << scene.texts[j].text.toStdString());
            CHECK_FALSE(
                scene.texts[i].rect.adjusted(0.5, 0.5, -0.5, -0.5).intersects(scene.texts[j].rect));
        }
    }
}

TEST_CASE("the compare chart fits its height to the rows, or counts the companies that do not fit")
{
    std::vector<LaneData> lanes;
    for (int i = 0; i < 30; ++i) {
        LaneData lane = labB();
        lane.company = QStringLiteral("Company %1").arg(i);
        lanes.push_back(lane);
    }
    CompareChartOptions fit = options();
    fit.fitHeight = true;
    const Scene tall = CompareChartLayout::layout(lanes, fit);
    CHECK(tall.size.height() > 900);
    CHECK(textOf(tall, QStringLiteral("Company 29")) != nullptr);

    CompareChartOptions fixed = options();
    fixed.size = QSizeF(1200, 675);
    const Scene card = CompareChartLayout::layout(lanes, fixed);
    CHECK(card.size == QSizeF(1200, 675));
    CHECK(textOf(card, QStringLiteral("Company 0")) != nullptr);
    CHECK(textOf(card, QStringLiteral("Company 29")) == nullptr);
    bool counted = false;
    for (const SceneText &text : card.texts)
        counted = counted || text.text.contains(QStringLiteral("more companies not shown"));
    CHECK(counted);
    for (const SceneRect &rect : card.rects)
        CHECK(rect.rect.bottom() <= 675.5);
}
