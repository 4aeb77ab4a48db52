// The bundled Stability AI sample drawn end to end — store, query, layout, renderer — checked
// for what a reader must find in it, without depending on the exact pixels of fonts.

#include "export/chartbuilder.h"
#include "io/csvreader.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace testsupport;

namespace {
struct SampleChart
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    ChartRequest request;

    SampleChart()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("sample.sqlite")),
                                     Database::OpenMode::CreateNew);
        REQUIRE(opened.ok());
        db = std::move(*opened);
        const ImportBatch sample = CsvReader::read(readFile(QStringLiteral(TENURE_SAMPLE_CSV)),
                                                   QStringLiteral("stability-ai.csv"));
        REQUIRE(sample.ok());
        REQUIRE(EventRepository(*db).addAll(sample.events).ok());
        request.size = QSizeF(1920, 1080);
        request.today = QDate(2026, 1, 1);
    }
};

bool hasText(const Scene &scene, TextRole role, const QString &text)
{
    return std::any_of(scene.texts.begin(), scene.texts.end(),
                       [&](const SceneText &t) { return t.role == role && t.text == text; });
}

QColor colorAt(const QImage &image, QPointF point)
{
    return image.pixelColor(point.toPoint());
}

bool near(const QColor &a, const QColor &b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
               std::abs(a.blue() - b.blue()) <=
           tolerance;
}
} // namespace

TEST_CASE("the sample timeline has its lane, the founder's tenure, the co-CEOs and the axis")
{
    SampleChart chart;
    auto scene = ChartBuilder::scene(*chart.db, chart.request);
    REQUIRE(scene.ok());
    CHECK(hasText(*scene, TextRole::LaneTitle, QStringLiteral("Stability AI")));
    CHECK(hasText(*scene, TextRole::RowLabel, QStringLiteral("CEO")));
    CHECK(hasText(*scene, TextRole::AxisMajor, QStringLiteral("2024")));

    // The founder's CEO bar ends in March 2024; two interim Co-CEO bars start there.
    const SceneRect *founder = nullptr;
    const SceneRect *coCeo = nullptr;
    int interimCoCeos = 0;
    for (const SceneRect &rect : scene->rects) {
        if (rect.role != SceneRect::Role::TenureBar)
            continue;
        if (rect.tooltip.startsWith(QStringLiteral("Emad Mostaque")) &&
            rect.tooltip.contains(QStringLiteral("CEO")) && !founder)
            founder = &rect;
        if (rect.interim && rect.tooltip.contains(QStringLiteral("Co-CEO"))) {
            ++interimCoCeos;
            coCeo = &rect;
        }
    }
    REQUIRE(founder);
    REQUIRE(coCeo);
    CHECK(interimCoCeos == 2);
    // The interim co-CEOs took over the day he resigned: their bars start where his ends.
    CHECK(coCeo->rect.left() == Approx(founder->rect.right()).margin(3));
    CHECK(founder->rect.width() > 10 * coCeo->rect.width());

    // The failed $4B raise and the rumored one are hollow funding markers, or, crowded in with
    // other events of June 2023, said so on the card that lists them in print.
    int hollow = 0, filled = 0;
    for (const SceneMarker &marker : scene->markers) {
        if (marker.shape == SceneMarker::Shape::Funding && marker.eventId != 0)
            (marker.hollow ? hollow : filled)++;
    }
    for (const SceneText &text : scene->texts) {
        if (text.text.contains(QStringLiteral("(failed)")) ||
            text.text.contains(QStringLiteral("(rumored)")))
            ++hollow;
    }
    CHECK(hollow >= 2);
    CHECK(filled >= 1);
}

TEST_CASE("the default export of the sample names March 2024's departure and co-CEOs on a card")
{
    SampleChart chart; // 1920 × 1080, as `tenure-cli render` with no size
    auto scene = ChartBuilder::scene(*chart.db, chart.request);
    REQUIRE(scene.ok());
    const auto text = [&](const QString &wanted) {
        return std::find_if(scene->texts.begin(), scene->texts.end(), [&](const SceneText &t) {
            return t.role == TextRole::MarkerLabel && t.text.contains(wanted);
        });
    };
    const auto departure = text(QStringLiteral("22 Mar 2024 · Departure: Emad Mostaque, CEO"));
    const auto coCeos =
        text(QStringLiteral("22 Mar 2024 · Appointment: Shan Shan Wong, Christian Laforte"));
    REQUIRE(departure != scene->texts.end());
    REQUIRE(coCeos != scene->texts.end());

    // No count is left for the reader to guess at: every cluster is listed on a card, and each
    // card lies inside the plot, clear of every other card, every bar and every marker.
    std::vector<QRectF> cards;
    for (const SceneRect &rect : scene->rects) {
        if (rect.role == SceneRect::Role::Callout)
            cards.push_back(rect.rect);
    }
    REQUIRE(cards.size() >= 3);
    for (const SceneMarker &marker : scene->markers) {
        if (marker.eventId != 0 && marker.count > 1)
            CHECK(marker.callout);
    }
    for (std::size_t i = 0; i < cards.size(); ++i) {
        CHECK(scene->plot.contains(cards[i]));
        for (std::size_t j = i + 1; j < cards.size(); ++j)
            CHECK_FALSE(cards[i].intersects(cards[j]));
        for (const SceneRect &rect : scene->rects) {
            if (rect.role == SceneRect::Role::TenureBar)
                CHECK_FALSE(rect.rect.intersects(cards[i]));
        }
        for (const SceneMarker &marker : scene->markers)
            CHECK_FALSE(marker.bounds().intersects(cards[i]));
    }
    // Every line of a card is inside its card; the departure's and the co-CEOs' whole.
    for (const SceneText &t : scene->texts) {
        if (t.role != TextRole::MarkerLabel)
            continue;
        const bool onCard = std::any_of(cards.begin(), cards.end(),
                                        [&](const QRectF &card) { return card.contains(t.rect); });
        const bool onMarkerRow = std::none_of(cards.begin(), cards.end(), [&](const QRectF &card) {
            return card.intersects(t.rect);
        });
        CHECK((onCard || onMarkerRow));
    }
    CHECK_FALSE(departure->text.endsWith(QChar(0x2026)));
    CHECK(coCeos->text.contains(QStringLiteral("Christian Laforte")));
}

TEST_CASE("the sample timeline image shows its bars and markers where the layout put them")
{
    SampleChart chart;
    auto scene = ChartBuilder::scene(*chart.db, chart.request);
    auto image = ChartBuilder::image(*chart.db, chart.request);
    REQUIRE(scene.ok());
    REQUIRE(image.ok());
    REQUIRE(image->size() == QSize(1920, 1080));
    const QColor background = colorAt(*image, QPointF(3, 3));

    int barsChecked = 0;
    for (const SceneRect &rect : scene->rects) {
        if (rect.role != SceneRect::Role::TenureBar || rect.interim || rect.rect.width() < 40)
            continue;
        // Inside the bar but away from its label, the company's colour shows.
        const QPointF probe(rect.rect.right() - 30, rect.rect.top() + 2);
        CHECK(near(colorAt(*image, probe), rect.color, 60));
        ++barsChecked;
    }
    CHECK(barsChecked >= 3);

    int markersChecked = 0;
    for (const SceneMarker &marker : scene->markers) {
        if (marker.eventId == 0 || marker.hollow)
            continue;
        INFO(marker.tooltip.toStdString());
        CHECK_FALSE(near(colorAt(*image, marker.center), background, 30));
        ++markersChecked;
    }
    CHECK(markersChecked >= 5);
}

TEST_CASE("the sample funding chart shows the rounds and the leadership changes")
{
    SampleChart chart;
    chart.request.kind = ChartRequest::Kind::Funding;
    auto scene = ChartBuilder::scene(*chart.db, chart.request);
    REQUIRE(scene.ok());
    const auto bars =
        std::count_if(scene->rects.begin(), scene->rects.end(), [](const SceneRect &r) {
            return r.role == SceneRect::Role::FundingBar && r.eventId != 0;
        });
    const auto rules =
        std::count_if(scene->lines.begin(), scene->lines.end(),
                      [](const SceneLine &l) { return l.role == SceneLine::Role::LeadershipRule; });
    CHECK(bars >= 2);
    CHECK(rules >= 5);
    CHECK(std::any_of(scene->texts.begin(), scene->texts.end(), [](const SceneText &t) {
        return t.text.contains(QStringLiteral("Emad Mostaque"));
    }));
}
