#include "testsupport.h"
#include "timeline/chartframe.h"
#include "timeline/fundingchartlayout.h"
#include "timeline/fundingrulelabels.h"

#include <QFontMetricsF>
#include <QRegularExpression>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace testsupport;

namespace {
Event withId(Event event, EventId id)
{
    event.id = id;
    return event;
}

const QString acme = QStringLiteral("Acme AI");

// Three completed rounds, a rumored one with an amount, a rumored valuation without one, and
// two leadership changes between them.
LaneData acmeLane()
{
    LaneData lane;
    lane.company = acme;
    lane.color = QColor(0x6d, 0x3a, 0xc4);
    lane.events = {
        withId(funding(QStringLiteral("2020-01"), acme, QStringLiteral("Seed"), 100'000'000,
                       500'000'000),
               1),
        withId(appointment(QStringLiteral("2020-06-15"), acme, {QStringLiteral("Jane Roe")},
                           QStringLiteral("CEO")),
               2),
        withId(funding(QStringLiteral("2021-06"), acme, QStringLiteral("Series A"), 200'000'000,
                       1'000'000'000),
               3),
        withId(departure(QStringLiteral("2022-01-10"), acme, {QStringLiteral("John Doe")},
                         QStringLiteral("CTO")),
               4),
        withId(funding(QStringLiteral("2022-06"), acme, QStringLiteral("Series B"), 50'000'000,
                       std::nullopt, FundingStatus::Rumored),
               5),
        withId(funding(QStringLiteral("2023-01"), acme, QStringLiteral("Planned raise"),
                       std::nullopt, 4'000'000'000, FundingStatus::Rumored),
               6),
        withId(funding(QStringLiteral("2023-06"), acme, QStringLiteral("Series C"), 150'000'000,
                       2'000'000'000),
               7),
    };
    return lane;
}

// A crowd like Stability AI's in 2023 and 2024: many changes within months, long names.
LaneData crowdedLane()
{
    LaneData lane;
    lane.company = QStringLiteral("Crowded Labs");
    lane.color = QColor(0x00, 0x80, 0x60);
    const QStringList dates = {
        QStringLiteral("2023-06"),    QStringLiteral("2023-06"),    QStringLiteral("2023-10"),
        QStringLiteral("2023-10"),    QStringLiteral("2023-11-15"), QStringLiteral("2024"),
        QStringLiteral("2024"),       QStringLiteral("2024-03"),    QStringLiteral("2024-03"),
        QStringLiteral("2024-03-22"), QStringLiteral("2024-03-22"), QStringLiteral("2024-06"),
        QStringLiteral("2024-09-24")};
    EventId id = 100;
    for (const QString &when : dates) {
        const QString person = QStringLiteral("Person Number %1 Longname").arg(id);
        const QString role = QStringLiteral("Head of strategic partnerships");
        lane.events.push_back(id % 3 == 0
                                  ? withId(appointment(when, lane.company, {person}, role), id)
                                  : withId(departure(when, lane.company, {person}, role), id));
        ++id;
    }
    lane.events.push_back(withId(funding(QStringLiteral("2022-10"), lane.company,
                                         QStringLiteral("Seed"), 101'000'000, 1'000'000'000),
                                 id++));
    lane.events.push_back(withId(funding(QStringLiteral("2024-06"), lane.company,
                                         QStringLiteral("New round"), 80'000'000, std::nullopt),
                                 id++));
    std::stable_sort(lane.events.begin(), lane.events.end(),
                     [](const Event &a, const Event &b) { return a.date < b.date; });
    return lane;
}

QStringList manySources(int count)
{
    QStringList sources;
    for (int i = 0; i < count; ++i)
        sources << QStringLiteral("Source number %1 with a fairly long article title").arg(i);
    return sources;
}

const SceneRect *barOf(const Scene &scene, EventId id)
{
    for (const SceneRect &rect : scene.rects) {
        if (rect.role == SceneRect::Role::FundingBar && rect.eventId == id)
            return &rect;
    }
    return nullptr;
}

const SceneMarker *markerOf(const Scene &scene, EventId id, SceneMarker::Shape shape)
{
    for (const SceneMarker &marker : scene.markers) {
        if (marker.shape == shape && marker.eventId == id)
            return &marker;
    }
    return nullptr;
}

std::vector<QLineF> rulesAt(const Scene &scene, double x)
{
    std::vector<QLineF> rules;
    for (const SceneLine &line : scene.lines) {
        if (line.role == SceneLine::Role::LeadershipRule && std::abs(line.line.x1() - x) < 0.01)
            rules.push_back(line.line);
    }
    return rules;
}

QString describe(const SceneText &text)
{
    return QStringLiteral("'%1' at %2,%3 %4x%5")
        .arg(text.text)
        .arg(text.rect.x())
        .arg(text.rect.y())
        .arg(text.rect.width())
        .arg(text.rect.height());
}

// Every text inside the chart, wide and tall enough for its font, and clear of every other.
void checkTexts(const Scene &scene)
{
    const QRectF chart(QPointF(0, 0), scene.size);
    for (size_t i = 0; i < scene.texts.size(); ++i) {
        const SceneText &text = scene.texts[i];
        INFO(describe(text).toStdString());
        CHECK(chart.contains(text.rect));
        const QFontMetricsF fm(scene.style.font(text.role));
        CHECK(fm.horizontalAdvance(text.text) <= text.rect.width() + 0.5);
        CHECK(fm.height() <= text.rect.height() + 0.5);
        for (size_t j = i + 1; j < scene.texts.size(); ++j) {
            const SceneText &other = scene.texts[j];
            INFO("and " << describe(other).toStdString());
            CHECK_FALSE(text.rect.adjusted(0.5, 0.5, -0.5, -0.5).intersects(other.rect));
        }
    }
}
} // namespace

TEST_CASE("funding bars stand on one baseline, their heights proportional to the amounts")
{
    const std::vector<LaneData> lanes{acmeLane()};
    const Scene scene = FundingChartLayout::layout(lanes, {});
    const SceneRect *seed = barOf(scene, 1), *seriesA = barOf(scene, 3), *seriesC = barOf(scene, 7);
    REQUIRE(seed);
    REQUIRE(seriesA);
    REQUIRE(seriesC);
    CHECK(seed->rect.bottom() == Approx(seriesA->rect.bottom()));
    CHECK(seriesA->rect.height() == Approx(2 * seed->rect.height()));
    CHECK(seriesC->rect.height() == Approx(1.5 * seed->rect.height()));
    CHECK(seed->color == lanes.front().color);
    CHECK(seed->rect.left() < seriesA->rect.left());
    // The round's id lets a click select it.
    const SceneHit hit = scene.hitTest(seriesA->rect.center());
    CHECK(hit.kind == SceneHit::Kind::Event);
    CHECK(hit.eventId == 3);
}

TEST_CASE("failed and rumored rounds are hollow, completed ones filled")
{
    const std::vector<LaneData> lanes{acmeLane()};
    const Scene scene = FundingChartLayout::layout(lanes, {});
    REQUIRE(barOf(scene, 5));
    CHECK(barOf(scene, 5)->hollow);
    CHECK_FALSE(barOf(scene, 1)->hollow);
    // A rumored $4B valuation is a hollow point, unlike the completed ones.
    const SceneMarker *rumored = markerOf(scene, 6, SceneMarker::Shape::ValuationPoint);
    const SceneMarker *completed = markerOf(scene, 3, SceneMarker::Shape::ValuationPoint);
    REQUIRE(rumored);
    REQUIRE(completed);
    CHECK(rumored->hollow);
    CHECK_FALSE(completed->hollow);
    CHECK(rumored->center.y() < completed->center.y()); // $4B above $1B
}

TEST_CASE("a round with a valuation but no amount shows only its valuation point")
{
    const std::vector<LaneData> lanes{acmeLane()};
    const Scene scene = FundingChartLayout::layout(lanes, {});
    CHECK(barOf(scene, 6) == nullptr);
    CHECK(markerOf(scene, 6, SceneMarker::Shape::ValuationPoint) != nullptr);
}

TEST_CASE("completed valuations are joined by one line in date order")
{
    const std::vector<LaneData> lanes{acmeLane()};
    const Scene scene = FundingChartLayout::layout(lanes, {});
    REQUIRE(scene.valuationLines.size() == 1);
    const QPolygonF &line = scene.valuationLines.front();
    REQUIRE(line.size() == 3); // seed, A and C; the rumored $4B stays off the line
    const EventId order[] = {1, 3, 7};
    for (int i = 0; i < 3; ++i) {
        const SceneMarker *point = markerOf(scene, order[i], SceneMarker::Shape::ValuationPoint);
        REQUIRE(point);
        CHECK(line[i] == point->center);
        if (i > 0)
            CHECK(line[i].x() > line[i - 1].x());
    }
}

TEST_CASE("a leadership rule stands at the change's date, named at its top")
{
    const std::vector<LaneData> lanes{acmeLane()};
    const Scene scene = FundingChartLayout::layout(lanes, {});
    const SceneMarker *change = markerOf(scene, 2, SceneMarker::Shape::Appointment);
    REQUIRE(change);
    // x is linear in days: compare with the two valuation points around it.
    const double seedX = markerOf(scene, 1, SceneMarker::Shape::ValuationPoint)->center.x();
    const double aX = markerOf(scene, 3, SceneMarker::Shape::ValuationPoint)->center.x();
    const double seedDay = double(date(QStringLiteral("2020-01")).firstDay().toJulianDay());
    const double aDay = double(date(QStringLiteral("2021-06")).firstDay().toJulianDay());
    const double day = double(QDate(2020, 6, 15).toJulianDay());
    CHECK(change->center.x() ==
          Approx(seedX + (aX - seedX) * (day - seedDay) / (aDay - seedDay)).margin(0.01));

    const std::vector<QLineF> rules = rulesAt(scene, change->center.x());
    REQUIRE_FALSE(rules.empty());
    const SceneRect *seed = barOf(scene, 1);
    CHECK(rules.back().y2() == Approx(seed->rect.bottom())); // down to the baseline
    CHECK(rules.front().y1() >= change->center.y());

    const auto label = std::find_if(scene.texts.begin(), scene.texts.end(), [](const auto &t) {
        return t.text == QLatin1String("Jane Roe (CEO)");
    });
    REQUIRE(label != scene.texts.end());
    CHECK(label->eventId == 2);
    CHECK(label->rect.center().y() == Approx(change->center.y()).margin(1));
    CHECK(label->rect.left() > change->center.x());
    CHECK(markerOf(scene, 4, SceneMarker::Shape::Departure) != nullptr);
}

TEST_CASE("crowded leadership names never overlap one another or other texts")
{
    const std::vector<LaneData> lanes{crowdedLane()};
    for (const QSizeF size : {QSizeF(800, 450), QSizeF(1280, 720), QSizeF(1920, 1080)}) {
        INFO(size.width() << "x" << size.height());
        FundingChartOptions options;
        options.size = size;
        const Scene scene = FundingChartLayout::layout(lanes, options);
        checkTexts(scene);
        // Every change keeps its marker, so its tooltip can tell what has no room.
        for (const Event &event : lanes.front().events) {
            if (event.type != EventType::Funding)
                CHECK(std::any_of(scene.markers.begin(), scene.markers.end(),
                                  [&](const SceneMarker &m) { return m.eventId == event.id; }));
        }
    }
}

TEST_CASE("a company without rounds keeps its leadership rules and says it has no rounds")
{
    LaneData lane;
    lane.company = QStringLiteral("Quiet Co");
    lane.color = Qt::darkCyan;
    lane.events = {withId(appointment(QStringLiteral("2021-03"), lane.company,
                                      {QStringLiteral("Ann Lee")}, QStringLiteral("CEO")),
                          1),
                   withId(departure(QStringLiteral("2023-03"), lane.company,
                                    {QStringLiteral("Ann Lee")}, QStringLiteral("CEO")),
                          2)};
    const std::vector<LaneData> lanes{acmeLane(), lane};
    const Scene scene = FundingChartLayout::layout(lanes, {});
    const auto notice = std::find_if(scene.texts.begin(), scene.texts.end(),
                                     [](const auto &t) { return t.role == TextRole::Notice; });
    REQUIRE(notice != scene.texts.end());
    CHECK(notice->text == QLatin1String("No funding rounds recorded"));
    CHECK(notice->lane == 1);
    const SceneMarker *appointed = markerOf(scene, 1, SceneMarker::Shape::Appointment);
    REQUIRE(appointed);
    CHECK(appointed->lane == 1);
    CHECK_FALSE(rulesAt(scene, appointed->center.x()).empty());
    // Each company is a panel under its name, the second below the first.
    const auto titleOf = [&](const QString &name) {
        return std::find_if(scene.texts.begin(), scene.texts.end(), [&](const SceneText &t) {
            return t.role == TextRole::LaneTitle && t.text == name;
        });
    };
    REQUIRE(titleOf(acme) != scene.texts.end());
    REQUIRE(titleOf(lane.company) != scene.texts.end());
    CHECK(titleOf(lane.company)->rect.top() > barOf(scene, 1)->rect.bottom());
    checkTexts(scene);
}

TEST_CASE("the funding chart keeps every text inside, whole and apart at every offered size")
{
    const std::vector<LaneData> lanes{crowdedLane(), acmeLane()};
    const QSizeF sizes[] = {{800, 450},   {1280, 720}, {1920, 1080},
                            {3840, 2160}, {1123, 794}, {1056, 816}};
    for (const QSizeF size : sizes) {
        INFO(size.width() << "x" << size.height());
        FundingChartOptions options;
        options.size = size;
        options.decorations.title = QStringLiteral("Funding and leadership at two AI companies");
        options.decorations.subtitle = QStringLiteral("Rounds, valuations and who led them");
        options.decorations.sources = manySources(25);
        const Scene scene = FundingChartLayout::layout(lanes, options);
        checkTexts(scene);
        // The chart's body stays clear of the frame's texts.
        for (const SceneText &text : scene.texts) {
            if (text.role == TextRole::Title || text.role == TextRole::Footnote ||
                text.role == TextRole::Legend)
                CHECK_FALSE(text.rect.intersects(scene.plot));
        }
    }
}

TEST_CASE("the funding chart is a pure function of its inputs")
{
    const std::vector<LaneData> lanes{crowdedLane(), acmeLane()};
    FundingChartOptions options;
    options.decorations.sources = manySources(5);
    const Scene a = FundingChartLayout::layout(lanes, options);
    const Scene b = FundingChartLayout::layout(lanes, options);
    REQUIRE(a.texts.size() == b.texts.size());
    for (size_t i = 0; i < a.texts.size(); ++i) {
        CHECK(a.texts[i].text == b.texts[i].text);
        CHECK(a.texts[i].rect == b.texts[i].rect);
    }
    REQUIRE(a.rects.size() == b.rects.size());
    for (size_t i = 0; i < a.rects.size(); ++i)
        CHECK(a.rects[i].rect == b.rects[i].rect);
    CHECK(a.markers.size() == b.markers.size());
    CHECK(a.lines.size() == b.lines.size());
}

TEST_CASE("the dates asked for bound the funding chart's time axis")
{
    const std::vector<LaneData> lanes{acmeLane()};
    FundingChartOptions options;
    options.from = QDate(2021, 1, 1);
    options.to = QDate(2022, 12, 31);
    const Scene scene = FundingChartLayout::layout(lanes, options);
    CHECK(barOf(scene, 1) == nullptr); // 2020: before the span
    CHECK(barOf(scene, 3) != nullptr);
    CHECK(barOf(scene, 7) == nullptr); // 2023: after it
    CHECK(barOf(scene, 3)->rect.left() >= scene.plot.left());
}

TEST_CASE("the frame's body leaves out exactly the decorations asked for")
{
    const ChartStyle style;
    const QSizeF size(1056, 816);
    const std::vector<LegendItem> legend = {
        {LegendItem::Kind::Marker,
         SceneMarker::Shape::Appointment,
         {},
         false,
         false,
         {},
         QStringLiteral("Appointment")},
        {LegendItem::Kind::Swatch, {}, {}, true, false, Qt::red, QStringLiteral("Rumored")},
        {LegendItem::Kind::Line,
         {},
         SceneLine::Role::LeadershipRule,
         false,
         false,
         {},
         QStringLiteral("Leadership change")}};

    ChartDecorations bare;
    bare.legend = false;
    const QRectF whole = ChartFrame::bodyRect(size, bare, legend, style);
    CHECK(whole == QRectF(style.margin, style.margin, size.width() - 2 * style.margin,
                          size.height() - 2 * style.margin));
    CHECK(ChartFrame::bodyRect(size, bare, style) == whole);

    for (const bool title : {false, true}) {
        for (const bool subtitle : {false, true}) {
            for (const bool withLegend : {false, true}) {
                for (const int sources : {0, 1, 40}) {
                    ChartDecorations d;
                    d.title = title ? QStringLiteral("Title") : QString();
                    d.subtitle = subtitle ? QStringLiteral("Subtitle") : QString();
                    d.legend = withLegend;
                    d.sources = manySources(sources);
                    INFO(title << subtitle << withLegend << sources);
                    const QRectF body = ChartFrame::bodyRect(size, d, legend, style);
                    CHECK((body.top() == whole.top()) == (!title && !subtitle));
                    CHECK((body.bottom() == whole.bottom()) == (!withLegend && sources == 0));
                    // A one-row legend takes what the legend-less overload reserves.
                    CHECK(ChartFrame::bodyRect(size, d, style) == body);

                    Scene scene;
                    scene.size = size;
                    ChartFrame::place(scene, d, legend, style);
                    CHECK(scene.texts.size() == size_t(title) + size_t(subtitle) +
                                                    (withLegend ? legend.size() : 0) +
                                                    (sources ? (sources == 1 ? 1 : 3) : 0));
                    for (const SceneText &text : scene.texts) {
                        INFO(describe(text).toStdString());
                        CHECK_FALSE(text.rect.intersects(body));
                    }
                    for (const SceneMarker &marker : scene.markers)
                        CHECK_FALSE(marker.bounds().intersects(body));
                    for (const SceneRect &rect : scene.rects)
                        CHECK_FALSE(rect.rect.intersects(body));
                    checkTexts(scene);
                }
            }
        }
    }
}

TEST_CASE("a long list of sources is cut to a few lines ending with how many more there are")
{
    for (const QSizeF size : {QSizeF(800, 450), QSizeF(1920, 1080)}) {
        INFO(size.width());
        ChartDecorations d;
        d.legend = false;
        d.sources = manySources(60);
        d.sources << d.sources.mid(0, 10); // named twice: counted once
        Scene scene;
        scene.size = size;
        ChartFrame::place(scene, d, {});
        REQUIRE_FALSE(scene.texts.empty());
        CHECK(scene.texts.size() <= (size.height() < 600 ? 2u : 3u));
        QString all;
        for (const SceneText &line : scene.texts) {
            CHECK(line.role == TextRole::Footnote);
            all += line.text + QLatin1Char(' ');
        }
        CHECK(all.startsWith(QLatin1String("Sources: Source number 0 ")));
        const QRegularExpression more(QStringLiteral("and (\\d+) more $"));
        const auto match = more.match(all);
        REQUIRE(match.hasMatch());
        const int named = int(all.count(QLatin1String("Source number")));
        CHECK(named + match.captured(1).toInt() == 60);
        checkTexts(scene);
    }
}

TEST_CASE("one source is named as such, in full when it fits")
{
    ChartDecorations d;
    d.legend = false;
    d.sources = {QStringLiteral("https://example.com/a"), QStringLiteral("https://example.com/a")};
    Scene scene;
    scene.size = QSizeF(800, 450);
    ChartFrame::place(scene, d, {});
    REQUIRE(scene.texts.size() == 1);
    CHECK(scene.texts.front().text == QLatin1String("Source: https://example.com/a"));
}

TEST_CASE("a legend too wide for one row wraps onto a second, and the body makes room")
{
    std::vector<LegendItem> legend;
    for (int i = 0; i < 9; ++i) {
        LegendItem item;
        item.kind = LegendItem::Kind::Marker;
        item.shape = SceneMarker::Shape::Funding;
        item.label = QStringLiteral("A rather long legend label %1").arg(i);
        legend.push_back(item);
    }
    ChartDecorations d;
    Scene scene;
    scene.size = QSizeF(800, 450);
    ChartFrame::place(scene, d, legend);
    std::vector<double> rows;
    for (const SceneText &text : scene.texts) {
        if (std::find(rows.begin(), rows.end(), text.rect.top()) == rows.end())
            rows.push_back(text.rect.top());
    }
    CHECK(rows.size() >= 2);
    const QRectF body = ChartFrame::bodyRect(scene.size, d, legend);
    CHECK(body.bottom() < ChartFrame::bodyRect(scene.size, d).bottom());
    for (const SceneText &text : scene.texts)
        CHECK_FALSE(text.rect.intersects(body));
    checkTexts(scene);
}

TEST_CASE("companies that do not fit leave room for the others and are counted")
{
    std::vector<LaneData> lanes;
    for (int i = 0; i < 12; ++i) {
        LaneData lane = acmeLane();
        lane.company = QStringLiteral("Company %1").arg(i);
        lanes.push_back(lane);
    }
    FundingChartOptions options;
    options.size = QSizeF(800, 450);
    const Scene scene = FundingChartLayout::layout(lanes, options);
    const auto titles = std::count_if(scene.texts.begin(), scene.texts.end(),
                                      [](const auto &t) { return t.role == TextRole::LaneTitle; });
    CHECK(titles >= 1);
    CHECK(titles < 12);
    const auto more = std::find_if(scene.texts.begin(), scene.texts.end(), [](const auto &t) {
        return t.text.contains(QLatin1String("more companies not shown"));
    });
    REQUIRE(more != scene.texts.end());
    CHECK(more->text.startsWith(QString::number(12 - titles)));
    checkTexts(scene);
}

namespace {
bool isMoneyLabel(const SceneText &text)
{
    static const QRegularExpression money(QStringLiteral("^\\$[0-9.]+[KMB]?$"));
    return text.role == TextRole::AxisMinor && money.match(text.text).hasMatch();
}

std::vector<const SceneText *> moneyLabels(const Scene &scene)
{
    std::vector<const SceneText *> labels;
    for (const SceneText &text : scene.texts) {
        if (isMoneyLabel(text))
            labels.push_back(&text);
    }
    return labels;
}

const SceneText *textContaining(const Scene &scene, const QString &part)
{
    for (const SceneText &text : scene.texts) {
        if (text.text.contains(part))
            return &text;
    }
    return nullptr;
}
} // namespace

TEST_CASE("the funding chart has one money axis: valuations in a band of their own above the bars")
{
    const std::vector<LaneData> lanes{acmeLane()};
    const Scene scene = FundingChartLayout::layout(lanes, FundingChartOptions{});
    // Every scale label stands left of the plot; none on a second scale at the right.
    const auto labels = moneyLabels(scene);
    REQUIRE_FALSE(labels.empty());
    for (const SceneText *label : labels) {
        INFO(describe(*label).toStdString());
        CHECK(label->rect.right() <= scene.plot.left());
    }
    // The valuation points lie wholly above every bar's band, and the bands are named.
    double highestBar = scene.size.height();
    for (const SceneRect &rect : scene.rects) {
        if (rect.role == SceneRect::Role::FundingBar)
            highestBar = std::min(highestBar, rect.rect.top());
    }
    int points = 0;
    for (const SceneMarker &marker : scene.markers) {
        if (marker.shape == SceneMarker::Shape::ValuationPoint && marker.eventId != 0) {
            ++points;
            CHECK(marker.bounds().bottom() < highestBar);
        }
    }
    CHECK(points == 4);
    CHECK(textContaining(scene, QStringLiteral("Valuation")) != nullptr);
    CHECK(textContaining(scene, QStringLiteral("Amount raised")) != nullptr);
    // $4B (the largest valuation) is on the valuations' scale, not $200M's.
    const auto top = std::find_if(labels.begin(), labels.end(), [](const SceneText *t) {
        return t->text == QStringLiteral("$4B") || t->text == QStringLiteral("$5B");
    });
    CHECK(top != labels.end());
}

TEST_CASE("on a log scale amounts and valuations share one axis of powers of ten")
{
    const std::vector<LaneData> lanes{acmeLane()};
    FundingChartOptions options;
    options.logScale = true;
    const Scene scene = FundingChartLayout::layout(lanes, options);
    QStringList texts;
    for (const SceneText *label : moneyLabels(scene))
        texts << label->text;
    // $50M least, $4B most: a decade below the least to the one above the most.
    CHECK(texts == QStringList{QStringLiteral("$10M"), QStringLiteral("$100M"),
                               QStringLiteral("$1B"), QStringLiteral("$10B")});
    // A bar's height and a point's height above the baseline follow log10 of the value.
    const SceneRect *seed = barOf(scene, 1);    // $100M
    const SceneRect *seriesA = barOf(scene, 3); // $200M
    const SceneRect *seriesB = barOf(scene, 5); // $50M
    REQUIRE(seed);
    REQUIRE(seriesA);
    REQUIRE(seriesB);
    const double baseline = seed->rect.bottom();
    const double decade = seed->rect.height() / 1.0; // $10M -> $100M
    CHECK(seriesA->rect.height() == Approx(decade * (1 + std::log10(2.0))).margin(0.6));
    CHECK(seriesB->rect.height() == Approx(decade * std::log10(5.0)).margin(0.6));
    const SceneMarker *valued = markerOf(scene, 3, SceneMarker::Shape::ValuationPoint); // $1B
    REQUIRE(valued);
    CHECK(baseline - valued->center.y() == Approx(2 * decade).margin(0.6));
    CHECK(textContaining(scene, QStringLiteral("log scale")) != nullptr);
}

TEST_CASE("funding labels never collide with one another nor sit on a bar, on either scale")
{
    const std::vector<LaneData> lanes{crowdedLane(), acmeLane()};
    for (const bool log : {false, true}) {
        INFO((log ? "log scale" : "linear scale"));
        for (const QSizeF size : {QSizeF(800, 450), QSizeF(1920, 1080)}) {
            FundingChartOptions options;
            options.size = size;
            options.logScale = log;
            const Scene scene = FundingChartLayout::layout(lanes, options);
            checkTexts(scene);
            for (const SceneText &text : scene.texts) {
                for (const SceneRect &rect : scene.rects) {
                    if (rect.role != SceneRect::Role::FundingBar)
                        continue;
                    INFO(describe(text).toStdString());
                    CHECK_FALSE(text.rect.adjusted(0.5, 0.5, -0.5, -0.5).intersects(rect.rect));
                }
            }
        }
    }
}

TEST_CASE("a total leaving out undisclosed amounts says in how many rounds they were disclosed")
{
    LaneData lane;
    lane.company = acme;
    lane.color = QColor(0x20, 0x90, 0x60);
    lane.events = {
        withId(funding(QStringLiteral("2022-01"), acme, QStringLiteral("Note"), std::nullopt,
                       std::nullopt),
               1),
        withId(funding(QStringLiteral("2022-10"), acme, QStringLiteral("Seed"), 101'000'000,
                       1'000'000'000),
               2),
        withId(funding(QStringLiteral("2023-09"), acme, QStringLiteral("Note"), std::nullopt,
                       std::nullopt),
               3),
        withId(funding(QStringLiteral("2024-06"), acme, QStringLiteral("New round"), 80'000'000,
                       std::nullopt),
               4),
    };
    const std::vector<LaneData> lanes{lane};
    const Scene scene = FundingChartLayout::layout(lanes, FundingChartOptions{});
    const SceneText *summary = textContaining(scene, QStringLiteral("$181M"));
    REQUIRE(summary);
    CHECK(summary->text.startsWith(QStringLiteral("$181M disclosed in 2 of 4 rounds")));

    // All disclosed: the plain total.
    const std::vector<LaneData> full{acmeLane()};
    const Scene plain = FundingChartLayout::layout(full, FundingChartOptions{});
    const SceneText *raised = textContaining(plain, QStringLiteral("Raised $450M in 3 rounds"));
    CHECK(raised != nullptr);
}

TEST_CASE("the funding chart's span starts at the first round, not years of changes before it")
{
    LaneData lane = acmeLane();
    lane.events.insert(lane.events.begin(),
                       withId(appointment(QStringLiteral("2015-03-01"), acme,
                                          {QStringLiteral("Early Founder")}, QStringLiteral("CEO")),
                              50));
    const std::vector<LaneData> lanes{lane};
    const Scene scene = FundingChartLayout::layout(lanes, FundingChartOptions{});
    // The first tick label is 2019 or 2020: the first round is in January 2020.
    int firstYear = 9999;
    for (const SceneText &text : scene.texts) {
        if (text.role == TextRole::AxisMajor && text.rect.left() >= scene.plot.left() - 1)
            firstYear = std::min(firstYear, text.text.left(4).toInt());
    }
    CHECK(firstYear >= 2019);
    const SceneRect *seed = barOf(scene, 1);
    REQUIRE(seed);
    // A small margin before it: under a tenth of the width.
    CHECK(seed->rect.left() - scene.plot.left() < scene.plot.width() * 0.1);
    CHECK(textContaining(scene, QStringLiteral("Early Founder")) == nullptr);

    // Asked for, the earlier years are shown.
    FundingChartOptions asked;
    asked.from = QDate(2015, 1, 1);
    const Scene earlier = FundingChartLayout::layout(lanes, asked);
    CHECK(textContaining(earlier, QStringLiteral("Early Founder")) != nullptr);
}

TEST_CASE("a leadership name with no row left is left out, and later names still find rows")
{
    const QFontMetricsF metrics(QFont(QStringLiteral("Sans"), 9));
    const auto label = [](double x, const QString &text) {
        FundingRuleLabel l;
        l.x = x;
        l.text = text;
        l.shortText = text;
        return l;
    };
    // Two rows: the first two names fill them at the left, the third's rule falls under both;
    // the fourth stands far to the right, clear of them.
    std::vector<FundingRuleLabel> labels{
        label(100, QStringLiteral("Jane Roe (Chief Executive Officer)")),
        label(104, QStringLiteral("John Doe (Chief Technology Officer)")),
        label(110, QStringLiteral("Ann Poe (Chief Financial Officer)")),
        label(700, QStringLiteral("Max Moe (Chair)")),
    };
    const int rows = FundingRuleLabels::place(labels, 0, 1000, 2, 9, 320, metrics);
    CHECK(rows == 2);
    CHECK(labels[0].row == 0);
    CHECK(labels[1].row == 1);
    CHECK(labels[2].row == -1);
    CHECK(labels[2].shownText.isEmpty());
    CHECK(labels[3].row == 0);
    CHECK(labels[3].shownText == QStringLiteral("Max Moe (Chair)"));
}
