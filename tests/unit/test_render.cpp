#include "export/chartexporter.h"
#include "model/tenurederiver.h"
#include "render/scenerenderer.h"
#include "testsupport.h"
#include "timeline/timelinelayout.h"

#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace testsupport;

namespace {
const QColor purple(0x6d, 0x3a, 0xc4);

// Paints on a clear image of the scene's size (or `size`).
QImage paint(const Scene &scene, const Theme &theme,
             SceneRenderer::Background background = SceneRenderer::Background::Paint,
             QSizeF size = QSizeF())
{
    return ChartExporter::toImage(size.isValid() ? size : scene.size, 1, true,
                                  [&](QPainter &painter, const QRectF &) {
                                      SceneRenderer::paint(painter, scene, theme, background);
                                  });
}

bool near(const QColor &a, const QColor &b, int tolerance = 3)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

QString describe(const QColor &color)
{
    return color.name(QColor::HexArgb);
}

Scene sampleScene()
{
    Scene scene;
    scene.size = QSizeF(400, 200);
    SceneRect band;
    band.role = SceneRect::Role::LaneBand;
    band.rect = QRectF(0, 100, 400, 60);
    scene.rects.push_back(band);
    SceneRect bar;
    bar.role = SceneRect::Role::TenureBar;
    bar.rect = QRectF(40, 40, 160, 22);
    bar.color = purple;
    scene.rects.push_back(bar);
    SceneLine grid;
    grid.role = SceneLine::Role::GridMajor;
    grid.line = QLineF(300, 0, 300, 200);
    scene.lines.push_back(grid);
    SceneMarker marker;
    marker.shape = SceneMarker::Shape::Appointment;
    marker.center = QPointF(250, 50);
    marker.size = 16;
    marker.eventId = 7;
    scene.markers.push_back(marker);
    SceneText text;
    text.role = TextRole::LaneTitle;
    text.rect = QRectF(40, 120, 200, 20);
    text.text = QStringLiteral("Stability AI");
    scene.texts.push_back(text);
    return scene;
}

// What an SVG file holds: element names and the texts of its <text> elements.
struct SvgContents
{
    QStringList elements;
    QStringList texts;
    bool wellFormed = false;
};

SvgContents readSvg(const QByteArray &bytes)
{
    SvgContents svg;
    QXmlStreamReader xml(bytes);
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            svg.elements << xml.name().toString();
            if (xml.name() == QLatin1String("text"))
                text.clear();
        } else if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("text")) {
            svg.texts << text.trimmed();
        }
    }
    svg.wellFormed = !xml.hasError();
    return svg;
}
} // namespace

TEST_CASE("the background is the theme's, light or dark")
{
    const Scene scene = sampleScene();
    for (const Theme &theme : {Theme::light(), Theme::dark()}) {
        const QImage image = paint(scene, theme);
        INFO(describe(image.pixelColor(5, 5)).toStdString());
        CHECK(image.pixelColor(5, 5) == theme.background);
        CHECK(image.pixelColor(395, 195) == theme.background);
    }
    CHECK(paint(scene, Theme::light()) != paint(scene, Theme::dark()));
    CHECK(Theme::dark().background.lightness() < 60);
    CHECK(Theme::light().background == QColor(Qt::white));
}

TEST_CASE("a tenure bar is painted in its company's colour where the layout put it")
{
    const QImage image = paint(sampleScene(), Theme::light());
    INFO(describe(image.pixelColor(120, 51)).toStdString());
    CHECK(near(image.pixelColor(120, 51), purple));
    CHECK(near(image.pixelColor(42, 51), purple));
    CHECK(image.pixelColor(120, 36) == Theme::light().background);
    CHECK(image.pixelColor(204, 51) == Theme::light().background);
    // Lane bands and grid lines are painted too.
    CHECK(image.pixelColor(20, 150) == Theme::light().laneBand);
    CHECK(near(image.pixelColor(300, 20), Theme::light().gridMajor));
}

TEST_CASE("a marker is painted at its centre in its type's colour")
{
    for (const Theme &theme : {Theme::light(), Theme::dark()}) {
        const QImage image = paint(sampleScene(), theme);
        INFO(describe(image.pixelColor(250, 51)).toStdString());
        CHECK(near(image.pixelColor(250, 51), theme.appointment));
        CHECK(image.pixelColor(250, 35) == theme.background); // above the triangle's tip
    }
}

TEST_CASE("hollow shapes are outlines, the selected marker has a halo")
{
    Scene scene;
    scene.size = QSizeF(300, 120);
    SceneRect rumored;
    rumored.role = SceneRect::Role::FundingBar;
    rumored.rect = QRectF(20, 20, 40, 80);
    rumored.color = purple;
    rumored.hollow = true;
    scene.rects.push_back(rumored);
    SceneMarker point;
    point.shape = SceneMarker::Shape::ValuationPoint;
    point.center = QPointF(150, 60);
    point.size = 20;
    point.hollow = true;
    scene.markers.push_back(point);
    SceneMarker selected;
    selected.shape = SceneMarker::Shape::Funding;
    selected.center = QPointF(240, 60);
    selected.size = 16;
    selected.selected = true;
    scene.markers.push_back(selected);

    const Theme theme = Theme::light();
    const QImage image = paint(scene, theme);
    CHECK(near(image.pixelColor(20, 60), purple, 12)); // the outline
    const QColor inside = image.pixelColor(40, 60);
    CHECK_FALSE(near(inside, purple, 40));
    CHECK(inside.lightness() > 200);                      // a light tint of the colour
    CHECK(image.pixelColor(150, 60) == theme.background); // a hollow point's middle
    CHECK(near(image.pixelColor(141, 60), theme.valuation, 60));
    CHECK(near(image.pixelColor(240, 60), theme.funding));
    CHECK(image.pixelColor(240, 60 - 8 - 4) != theme.background); // the halo around it
}

TEST_CASE("an interim bar is lighter and hatched, an open one fades out at its end")
{
    Scene scene;
    scene.size = QSizeF(300, 100);
    SceneRect interim;
    interim.role = SceneRect::Role::TenureBar;
    interim.rect = QRectF(20, 20, 100, 24);
    interim.color = purple;
    interim.interim = true;
    scene.rects.push_back(interim);
    SceneRect open = interim;
    open.rect = QRectF(150, 20, 120, 24);
    open.interim = false;
    open.openEnd = true;
    scene.rects.push_back(open);
    const Theme theme = Theme::light();
    const QImage image = paint(scene, theme);

    QSet<QRgb> colours;
    for (int x = 30; x < 110; ++x)
        colours.insert(image.pixel(x, 32));
    CHECK(colours.size() >= 2); // tint and hatching
    for (const QRgb colour : colours)
        CHECK_FALSE(near(QColor(colour), theme.background, 2));

    CHECK(near(image.pixelColor(200, 32), purple));
    const QColor end = image.pixelColor(268, 32);
    CHECK(end.lightness() > image.pixelColor(200, 32).lightness() + 60);
}

TEST_CASE("a bar whose start and end are known only to the year fades over those years")
{
    Scene scene;
    scene.size = QSizeF(400, 60);
    SceneRect bar;
    bar.role = SceneRect::Role::TenureBar;
    bar.rect = QRectF(20, 20, 360, 20);
    bar.color = purple;
    bar.fadeIn = {20, 100};
    bar.fadeOut = {300, 380};
    scene.rects.push_back(bar);
    const Theme theme = Theme::light();
    const QImage image = paint(scene, theme);
    const auto lightness = [&](int x) { return image.pixelColor(x, 30).lightness(); };
    CHECK(near(image.pixelColor(200, 30), purple));
    // Pale at the far edges, never gone, and darker towards the part surely held.
    CHECK(lightness(24) > lightness(60) + 30);
    CHECK(lightness(60) > lightness(120) + 10);
    CHECK(lightness(376) > lightness(340) + 30);
    CHECK(image.pixelColor(24, 30) != theme.background);
    CHECK(image.pixelColor(376, 30) != theme.background);
}

TEST_CASE("a name on a dark bar is painted light, on the page dark")
{
    Scene scene;
    scene.size = QSizeF(300, 80);
    SceneRect bar;
    bar.role = SceneRect::Role::TenureBar;
    bar.rect = QRectF(10, 10, 280, 24);
    bar.color = QColor(0x30, 0x20, 0x80);
    scene.rects.push_back(bar);
    SceneText name;
    name.role = TextRole::BarLabel;
    name.rect = QRectF(16, 10, 200, 24);
    name.text = QStringLiteral("Emad Mostaque");
    scene.texts.push_back(name);
    const QImage image = paint(scene, Theme::light());
    int light = 0;
    for (int y = 12; y < 32; ++y) {
        for (int x = 16; x < 120; ++x)
            light += image.pixelColor(x, y).lightness() > 200 ? 1 : 0;
    }
    CHECK(light > 20);
}

TEST_CASE("texts are drawn inside their rectangles only")
{
    Scene scene;
    scene.size = QSizeF(300, 100);
    SceneText text;
    text.role = TextRole::Title;
    text.text = QStringLiteral("Stability AI");
    const QFontMetricsF fm(scene.style.font(TextRole::Title));
    text.rect =
        QRectF(60, 30, std::ceil(fm.horizontalAdvance(text.text)) + 2, std::ceil(fm.height()));
    text.alignment = int(Qt::AlignRight | Qt::AlignVCenter);
    scene.texts.push_back(text);
    const Theme theme = Theme::light();
    const QImage image = paint(scene, theme);
    int inside = 0, outside = 0;
    const QRectF allowed = text.rect.adjusted(-1, -1, 1, 1);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) == theme.background)
                continue;
            (allowed.contains(QPointF(x + 0.5, y + 0.5)) ? inside : outside)++;
        }
    }
    CHECK(inside > 50);
    CHECK(outside == 0);
}

TEST_CASE("a transparent background leaves the empty chart clear")
{
    const QImage image =
        paint(sampleScene(), Theme::dark(), SceneRenderer::Background::Transparent);
    CHECK(image.pixelColor(5, 5).alpha() == 0);
    CHECK(near(image.pixelColor(120, 51), Theme::dark().contrasted(purple)));
    CHECK(image.pixelColor(120, 51).alpha() == 255);
}

TEST_CASE("nothing is painted beyond the scene's bounds")
{
    Scene scene = sampleScene();
    scene.size = QSizeF(100, 100);
    const QImage image =
        paint(scene, Theme::light(), SceneRenderer::Background::Paint, QSizeF(400, 200));
    CHECK(image.pixelColor(50, 5).alpha() == 255);
    CHECK(image.pixelColor(150, 51).alpha() == 0); // the bar runs on to x = 200
    CHECK(image.pixelColor(250, 51).alpha() == 0); // the marker
}

TEST_CASE("the same scene painted twice gives identical pixels")
{
    const Scene scene = sampleScene();
    CHECK(paint(scene, Theme::light()) == paint(scene, Theme::light()));
}

TEST_CASE("the dark theme lightens a company colour that would sink into its background")
{
    const QColor navy(0x10, 0x10, 0x40);
    CHECK(Theme::light().contrasted(navy) == navy);
    CHECK(Theme::dark().contrasted(navy).lightness() > navy.lightness());
    const QColor orange(0xf0, 0x90, 0x40);
    CHECK(Theme::dark().contrasted(orange) == orange); // clear enough already (3:1)
    CHECK(Theme::light().color(SceneMarker::Shape::Departure) !=
          Theme::light().color(SceneMarker::Shape::Appointment));
    CHECK(Theme::dark().color(TextRole::Title).lightness() > 180);
}

TEST_CASE("a scene laid out by TimelineLayout paints its bars and markers where they are")
{
    const QString company = QStringLiteral("Stability AI");
    std::vector<Event> events = {
        // by date, as a lane holds them
        appointment(QStringLiteral("2019-01"), company, {QStringLiteral("Emad Mostaque")},
                    QStringLiteral("CEO")),
        funding(QStringLiteral("2021-06"), company, QStringLiteral("Seed"), 101'000'000,
                1'000'000'000),
        departure(QStringLiteral("2024-03-22"), company, {QStringLiteral("Emad Mostaque")},
                  QStringLiteral("CEO"))};
    for (size_t i = 0; i < events.size(); ++i)
        events[i].id = EventId(i + 1);
    LaneData lane;
    lane.company = company;
    lane.color = purple;
    lane.events = events;
    lane.tenures = TenureDeriver::derive(events);
    TimelineView view;
    view.size = QSizeF(1000, 400);
    view.viewport = Viewport::fitting(QDate(2018, 6, 1), QDate(2024, 12, 31),
                                      TimelineLayout::plotRect(view.size, {}).width());
    const std::vector<LaneData> lanes{lane};
    const Scene scene = TimelineLayout::layout(lanes, view);
    const Theme theme = Theme::light();
    const QImage image = paint(scene, theme);

    const auto bar = std::find_if(scene.rects.begin(), scene.rects.end(), [](const auto &r) {
        return r.role == SceneRect::Role::TenureBar;
    });
    REQUIRE(bar != scene.rects.end());
    // Most of the bar is its colour (its label covers some of it).
    int coloured = 0, total = 0;
    for (int y = int(bar->rect.top()) + 3; y < int(bar->rect.bottom()) - 3; ++y) {
        for (int x = int(bar->rect.left()) + 6; x < int(bar->rect.right()) - 6; ++x, ++total)
            coloured += near(image.pixelColor(x, y), purple, 6) ? 1 : 0;
    }
    CHECK(coloured > total * 0.6);

    int markersChecked = 0;
    for (const SceneMarker &marker : scene.markers) {
        if (marker.eventId == 0 || marker.count > 1 || marker.hollow)
            continue;
        const QColor expected =
            marker.color.isValid() ? theme.contrasted(marker.color) : theme.color(marker.shape);
        const QPoint centre = marker.center.toPoint();
        INFO(describe(image.pixelColor(centre)).toStdString());
        CHECK(near(image.pixelColor(centre), expected, 12));
        ++markersChecked;
    }
    CHECK(markersChecked >= 2);
}

TEST_CASE("an SVG of a scene is vector shapes with the names as text")
{
    QTemporaryDir dir;
    const Scene scene = sampleScene();
    ExportTarget target;
    target.path = dir.filePath(QStringLiteral("chart.svg"));
    target.format = ImageFormat::Svg;
    target.size = scene.size;
    REQUIRE(ChartExporter::write(target, [&](QPainter &painter, const QRectF &) {
                SceneRenderer::paint(painter, scene, Theme::light());
            }).ok());
    const SvgContents svg = readSvg(readFile(target.path));
    REQUIRE(svg.wellFormed);
    CHECK(svg.texts.contains(QStringLiteral("Stability AI")));
    const auto count = [&](const char *name) { return svg.elements.count(QLatin1String(name)); };
    CHECK(count("path") + count("rect") + count("polygon") + count("polyline") > 3);
    CHECK(count("image") == 0); // nothing rasterised
}

TEST_CASE("a PDF of a scene is one page of the chart's size")
{
    QTemporaryDir dir;
    const Scene scene = sampleScene();
    ExportTarget target;
    target.path = dir.filePath(QStringLiteral("chart.pdf"));
    target.format = ImageFormat::Pdf;
    target.size = QSizeF(800, 400);
    REQUIRE(ChartExporter::write(target, [&](QPainter &painter, const QRectF &) {
                SceneRenderer::paint(painter, scene, Theme::dark());
            }).ok());
    const QByteArray pdf = readFile(target.path);
    REQUIRE(pdf.startsWith("%PDF"));
    const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    CHECK(QString::fromLatin1(pdf).count(page) == 1);
    const QRegularExpression mediaBox(
        QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]"));
    const auto box = mediaBox.match(QString::fromLatin1(pdf));
    REQUIRE(box.hasMatch());
    CHECK(box.captured(1).toDouble() == Approx(600).margin(1)); // 800 px at 96 dpi, in points
    CHECK(box.captured(2).toDouble() == Approx(300).margin(1));
}
