// The bundled Stability AI sample drawn end to end — store, query, layout, renderer — checked
// for what a reader must find in it, without depending on the exact pixels of fonts.

#include "export/chartbuilder.h"
#include "export/chartpreset.h"
#include "io/csvreader.h"
#include "query/timelinesource.h"
#include "render/scenerenderer.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "testsupport.h"
#include "timeline/tenurebarlayout.h"
#include "timeline/timelinelayout.h"

#include <QPainter>
#include <QPicture>
#include <QSet>
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
    // The scene may be laid out smaller than the image (larger type fills the size): it is
    // drawn scaled to the image.
    const double k = image->width() / scene->size.width();
    CHECK(image->height() / scene->size.height() == Approx(k).epsilon(0.01));
    const auto pixel = [&](QPointF point) { return colorAt(*image, point * k); };

    int barsChecked = 0;
    for (const SceneRect &rect : scene->rects) {
        const QRectF solid = TenureBarLayout::solidPart(rect);
        if (rect.role != SceneRect::Role::TenureBar || rect.interim || solid.width() < 40)
            continue;
        // Inside the bar but away from its label and its fading ends, the company's colour shows.
        const QPointF probe(solid.left() + solid.width() * 0.75, rect.rect.top() + 2);
        CHECK(near(pixel(probe), rect.color, 60));
        ++barsChecked;
    }
    CHECK(barsChecked >= 3);

    int markersChecked = 0;
    for (const SceneMarker &marker : scene->markers) {
        if (marker.eventId == 0 || marker.hollow)
            continue;
        INFO(marker.tooltip.toStdString());
        CHECK_FALSE(near(pixel(marker.center), background, 30));
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

// --- Exports sized to their content and their reader --------------------------------------------

namespace {
std::vector<const SceneText *> textsWith(const Scene &scene, TextRole role)
{
    std::vector<const SceneText *> found;
    for (const SceneText &t : scene.texts) {
        if (t.role == role)
            found.push_back(&t);
    }
    return found;
}

// The bottom of the lowest thing drawn in a lane.
double lanesBottom(const Scene &scene)
{
    double bottom = scene.plot.top();
    for (const SceneRect &r : scene.rects) {
        if (r.lane >= 0)
            bottom = std::max(bottom, r.rect.bottom());
    }
    for (const SceneText &t : scene.texts) {
        if (t.lane >= 0)
            bottom = std::max(bottom, t.rect.bottom());
    }
    return bottom;
}

double topOf(const Scene &scene, TextRole role)
{
    double top = scene.size.height();
    for (const SceneText *t : textsWith(scene, role))
        top = std::min(top, t->rect.top());
    return top;
}
} // namespace

TEST_CASE("without a height the chart is as tall as its content, no empty canvas below the lanes")
{
    SampleChart chart;
    chart.request.size = QSizeF(1200, 1080);
    chart.request.fitHeight = true;
    chart.request.decorations.title = QStringLiteral("Stability AI");
    auto built = ChartBuilder::build(*chart.db, chart.request);
    REQUIRE(built.ok());
    CHECK(built->size.width() == 1200);
    CHECK(built->size.height() == std::round(built->scene.size.height()));
    CHECK(built->size.height() < 1080);
    const Scene &scene = built->scene;
    // The lanes end where the plot does, and the legend follows at once.
    CHECK(scene.plot.bottom() - lanesBottom(scene) < 12); // the lane's padding
    CHECK(topOf(scene, TextRole::Legend) - scene.plot.bottom() < 40);
    // The footnote is the last thing, at the bottom.
    const auto notes = textsWith(scene, TextRole::Footnote);
    REQUIRE_FALSE(notes.empty());
    CHECK(scene.size.height() - notes.back()->rect.bottom() < 20);

    const auto image = ChartBuilder::image(*chart.db, chart.request);
    REQUIRE(image.ok());
    CHECK(QSizeF(image->size()) == built->size);
}

TEST_CASE("a fixed size is filled by the content, not left half empty")
{
    for (const QSizeF size :
         {QSizeF(1920, 1080), QSizeF(1200, 675), ChartExporter::landscapeSize(QPageSize::A4)}) {
        INFO(size.width() << " x " << size.height());
        SampleChart chart;
        chart.request.size = size;
        auto built = ChartBuilder::build(*chart.db, chart.request);
        REQUIRE(built.ok());
        CHECK(built->size == size);
        const Scene &scene = built->scene;
        CHECK(scene.size.width() / scene.size.height() ==
              Approx(size.width() / size.height()).epsilon(0.01));
        // The lanes reach down most of the plot.
        CHECK(lanesBottom(scene) - scene.plot.top() > 0.85 * scene.plot.height());
        CHECK(lanesBottom(scene) <= scene.plot.bottom() + 0.01);
    }
}

TEST_CASE("a larger type scale lays the chart out smaller and draws it scaled up")
{
    SampleChart chart;
    ChartPreset::named(QStringLiteral("article-720"))->applyTo(chart.request);
    auto built = ChartBuilder::build(*chart.db, chart.request);
    REQUIRE(built.ok());
    CHECK(built->size.width() == 720);
    CHECK(built->scene.size.width() == Approx(720 / chart.request.typeScale));
    CHECK(built->size.height() ==
          Approx(built->scene.size.height() * chart.request.typeScale).margin(1));
    // Both co-CEOs are named (whole or as "S. S. Wong"), never cut.
    for (const char *surname : {"Wong", "Laforte"}) {
        CHECK(std::any_of(
            built->scene.texts.begin(), built->scene.texts.end(), [&](const SceneText &t) {
                return t.role == TextRole::BarLabel && t.text.endsWith(QLatin1String(surname));
            }));
    }
}

TEST_CASE("the default export names both interim co-CEOs in full beside their short bars")
{
    for (const bool fit : {true, false}) {
        INFO((fit ? "fitted height" : "1920 x 1080"));
        SampleChart chart;
        chart.request.fitHeight = fit;
        auto scene = ChartBuilder::scene(*chart.db, chart.request);
        REQUIRE(scene.ok());
        CHECK(hasText(*scene, TextRole::BarLabel, QStringLiteral("Shan Shan Wong")));
        CHECK(hasText(*scene, TextRole::BarLabel, QStringLiteral("Christian Laforte")));
        for (const SceneText *label : textsWith(*scene, TextRole::BarLabel))
            CHECK_FALSE(label->text.endsWith(QChar(0x2026)));
    }
}

TEST_CASE("without dates the chart spans the data, first to last event, not up to today")
{
    SampleChart chart; // today is 2026-01-01; the last event is of 2024
    chart.request.today = QDate(2026, 6, 1);
    auto scene = ChartBuilder::scene(*chart.db, chart.request);
    REQUIRE(scene.ok());
    CHECK(hasText(*scene, TextRole::AxisMajor, QStringLiteral("2019")));
    CHECK(hasText(*scene, TextRole::AxisMajor, QStringLiteral("2024")));
    CHECK_FALSE(hasText(*scene, TextRole::AxisMajor, QStringLiteral("2026")));

    // Dates given are the span exactly, as the export dialog's range says.
    chart.request.filter.from = QDate(2019, 1, 1);
    chart.request.filter.to = QDate(2025, 6, 30);
    auto given = ChartBuilder::scene(*chart.db, chart.request);
    REQUIRE(given.ok());
    const double days =
        double(QDate(2025, 6, 30).toJulianDay() - QDate(2019, 1, 1).toJulianDay() + 1);
    const auto founder =
        std::find_if(given->rects.begin(), given->rects.end(), [](const SceneRect &r) {
            return r.role == SceneRect::Role::TenureBar &&
                   r.tooltip.startsWith(QLatin1String("Emad"));
        });
    REQUIRE(founder != given->rects.end());
    const double resigned =
        double(QDate(2024, 3, 22).toJulianDay() - QDate(2019, 1, 1).toJulianDay());
    CHECK(founder->rect.right() ==
          Approx(given->plot.left() + resigned / days * given->plot.width()).margin(0.5));
}

TEST_CASE("the sources line credits outlet and date of what is drawn, never a curator's note")
{
    SampleChart chart;
    chart.request.fitHeight = true;
    auto built = ChartBuilder::build(*chart.db, chart.request);
    REQUIRE(built.ok());
    QString footnote;
    for (const SceneText *t : textsWith(built->scene, TextRole::Footnote))
        footnote += t->text + QLatin1Char('\n');
    CHECK(footnote.startsWith(QLatin1String("Sources: ")));
    CHECK(footnote.contains(QLatin1String("SiliconANGLE, 2024-03-24")));
    CHECK(footnote.contains(QLatin1String("axios.com, 2024-03-23")));
    CHECK_FALSE(footnote.contains(QLatin1Char('[')));
    CHECK_FALSE(footnote.contains(QLatin1String("more")));
    CHECK(footnote.count(QLatin1String("thewrap.com")) == 1);
    // The full list, for a file or a PDF page, has every source with its address.
    CHECK(built->sources.size() >= 15);
    CHECK(std::any_of(built->sources.begin(), built->sources.end(), [](const QString &line) {
        return line.contains(QLatin1String("https://siliconangle.com/2024/03/24/"));
    }));
}

TEST_CASE("lanes that do not fit are counted on the chart and their sources left out")
{
    SampleChart chart;
    std::vector<Event> more;
    for (int i = 0; i < 30; ++i) {
        const QString company = QStringLiteral("Zeta %1").arg(i, 2, 10, QLatin1Char('0'));
        Event e = appointment(QStringLiteral("2022-05"), company, {QStringLiteral("Ada Byron")},
                              QStringLiteral("CEO"));
        EventSource cited;
        cited.url = QStringLiteral("https://zeta-%1.example/2022/05/ceo").arg(i);
        e.sources = {cited};
        more.push_back(e);
    }
    REQUIRE(EventRepository(*chart.db).addAll(more).ok());
    chart.request.size = QSizeF(1200, 675);
    auto built = ChartBuilder::build(*chart.db, chart.request);
    REQUIRE(built.ok());
    const Scene &scene = built->scene;
    QSet<QString> drawn;
    for (const SceneText *t : textsWith(scene, TextRole::LaneTitle))
        drawn.insert(t->text);
    REQUIRE(drawn.contains(QStringLiteral("Stability AI")));
    REQUIRE(drawn.size() < 31);
    const auto notes = textsWith(scene, TextRole::Notice);
    REQUIRE(notes.size() == 1);
    CHECK(notes.front()->text ==
          QStringLiteral("%1 more companies not shown").arg(31 - drawn.size()));
    CHECK(notes.front()->rect.bottom() <= scene.plot.bottom());

    QString footnote;
    for (const SceneText *t : textsWith(scene, TextRole::Footnote))
        footnote += t->text;
    for (int i = 0; i < 30; ++i) {
        const QString company = QStringLiteral("Zeta %1").arg(i, 2, 10, QLatin1Char('0'));
        const QString credit = QStringLiteral("zeta-%1.example").arg(i);
        if (!drawn.contains(company)) {
            CHECK_FALSE(footnote.contains(credit));
            CHECK_FALSE(built->sources.join(QLatin1Char('\n')).contains(credit));
        }
    }
}

TEST_CASE("selecting in a laid-out timeline marks what a layout with that selection would")
{
    SampleChart chart;
    TimelineSource source(*chart.db);
    REQUIRE(source.setFilter({}).ok());
    auto lanes = source.allLanes();
    REQUIRE(lanes.ok());
    std::vector<EventId> ids{0};
    for (const LaneData &lane : *lanes)
        for (const Event &event : lane.events)
            ids.push_back(event.id);

    const auto selection = [](const Scene &scene) {
        std::vector<bool> marks;
        for (const SceneMarker &marker : scene.markers)
            marks.push_back(marker.selected);
        for (const SceneRect &rect : scene.rects)
            marks.push_back(rect.selected);
        return marks;
    };
    // Zoomed out, where events merge into clusters, and zoomed into March 2024.
    TimelineView view;
    view.size = QSizeF(900, 600);
    view.today = QDate(2026, 1, 1);
    const double plotWidth = TimelineLayout::plotRect(view.size, view.decorations).width();
    int clusters = 0, selectedMarks = 0;
    for (const auto &[first, last] : {std::pair(QDate(2019, 1, 1), QDate(2026, 1, 1)),
                                      std::pair(QDate(2024, 3, 1), QDate(2024, 4, 1))}) {
        view.viewport = Viewport::fitting(first, last, plotWidth);
        view.selectedEvent = 0;
        Scene reused = TimelineLayout::layout(*lanes, view);
        for (const SceneMarker &marker : reused.markers)
            clusters += marker.count > 1 ? 1 : 0;
        for (const EventId id : ids) {
            INFO("event " << id);
            view.selectedEvent = id;
            const Scene fresh = TimelineLayout::layout(*lanes, view);
            reused.select(id);
            CHECK(selection(reused) == selection(fresh));
            const auto marks = selection(fresh);
            const bool marked = std::find(marks.begin(), marks.end(), true) != marks.end();
            selectedMarks += marked ? 1 : 0;
            // Whatever shows the selection lies inside the part repainted for it.
            CHECK(reused.selectionBounds(id).isEmpty() == !marked);
            for (const SceneMarker &marker : fresh.markers)
                if (marker.selected)
                    CHECK(reused.selectionBounds(id).contains(marker.bounds()));
        }
    }
    CHECK(clusters > 0);       // the zoomed-out view tried selections inside clusters
    CHECK(selectedMarks > 10); // and the selections showed
}

TEST_CASE("repainting only where the selection moved gives the picture a full repaint gives")
{
    SampleChart chart;
    TimelineSource source(*chart.db);
    REQUIRE(source.setFilter({}).ok());
    auto lanes = source.allLanes();
    REQUIRE(lanes.ok());
    TimelineView view;
    view.size = QSizeF(900, 600);
    view.today = QDate(2026, 1, 1);
    view.viewport =
        Viewport::fitting(QDate(2019, 1, 1), QDate(2026, 1, 1),
                          TimelineLayout::plotRect(view.size, view.decorations).width());
    Scene scene = TimelineLayout::layout(*lanes, view);
    const Theme theme = Theme::light();
    const auto paintInto = [&](QImage &image, const QRectF &exposed) {
        QPainter painter(&image);
        SceneRenderer::paint(painter, scene, theme, SceneRenderer::Background::Paint, exposed);
    };
    QImage shown(view.size.toSize(), QImage::Format_ARGB32_Premultiplied);
    paintInto(shown, {});

    // A marker of its own, a cluster's member and a tenure bar, one after another.
    std::vector<EventId> picks;
    for (const SceneMarker &marker : scene.markers) {
        if (marker.count == 1 && marker.eventId != 0 && picks.size() < 2)
            picks.push_back(marker.eventId);
        if (marker.count > 1 && picks.size() < 4)
            picks.push_back(marker.members.back());
    }
    for (const SceneRect &rect : scene.rects)
        if (rect.role == SceneRect::Role::TenureBar && picks.size() < 6)
            picks.push_back(rect.eventId);
    REQUIRE(picks.size() == 6);
    EventId before = 0;
    for (const EventId id : picks) {
        INFO("selecting event " << id << " after " << before);
        const QRectF exposed = scene.selectionBounds(before);
        scene.select(id);
        const QRectF changed = exposed.united(scene.selectionBounds(id));
        REQUIRE(!changed.isEmpty());
        paintInto(shown, changed.toAlignedRect());
        QImage whole(view.size.toSize(), QImage::Format_ARGB32_Premultiplied);
        paintInto(whole, {});
        CHECK(shown == whole);
        before = id;
    }

    // And a part of the chart is drawn with fewer commands than the whole.
    const auto recorded = [&](const QRectF &exposed) {
        QPicture picture;
        QPainter painter(&picture);
        SceneRenderer::paint(painter, scene, theme, SceneRenderer::Background::Paint, exposed);
        painter.end();
        return picture.size();
    };
    const qint64 whole = recorded({});
    CHECK(recorded(scene.selectionBounds(picks.front())) < whole / 2);
    CHECK(recorded(QRectF(0, 0, 5, 5)) < whole / 10);
}
