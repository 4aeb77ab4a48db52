#include "export/chartexporter.h"
#include "export/chartpreset.h"
#include "export/sourcecredits.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>
#include <csignal>
#include <sys/resource.h>

using namespace testsupport;

namespace {
// A stand-in chart: a blue bar in a known place and a label.
void drawSample(QPainter &painter, const QRectF &area)
{
    painter.fillRect(QRectF(area.width() * 0.25, area.height() * 0.5, area.width() * 0.5, 40),
                     QColor(0x1f, 0x4e, 0xa8));
    painter.setPen(Qt::black);
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 12));
    painter.drawText(QPointF(20, 30), QStringLiteral("Stability AI"));
}

// A chart with too much in it to fit in a few kilobytes in any format: a thousand labelled
// boxes in many colours.
void drawBusy(QPainter &painter, const QRectF &area)
{
    QRandomGenerator random(8);
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    for (int i = 0; i < 1000; ++i) {
        const QPointF at(random.bounded(area.width()), random.bounded(area.height()));
        painter.fillRect(QRectF(at, QSizeF(12, 8)), QColor::fromRgb(random.generate()));
        painter.drawText(at, QStringLiteral("Event %1").arg(i));
    }
}

// While one lives, no file may grow past `bytes`, as on a full disk: a write beyond fails
// (EFBIG) instead of raising SIGXFSZ. Unlike a read-only folder, this holds for root too.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &limited) == 0);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_saved{};
    void (*m_handler)(int) = SIG_DFL;
};

QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

ExportTarget target(const QTemporaryDir &dir, const char *name, QSizeF size)
{
    ExportTarget t;
    t.path = dir.filePath(QLatin1String(name));
    t.format = *imageFormatForPath(t.path);
    t.size = size;
    t.title = QStringLiteral("Stability AI leadership");
    return t;
}
} // namespace

TEST_CASE("the format comes from the file's extension")
{
    CHECK(imageFormatForPath(QStringLiteral("a/chart.PNG")) == ImageFormat::Png);
    CHECK(imageFormatForPath(QStringLiteral("chart.svg")) == ImageFormat::Svg);
    CHECK(imageFormatForPath(QStringLiteral("chart.pdf")) == ImageFormat::Pdf);
    CHECK_FALSE(imageFormatForPath(QStringLiteral("chart.jpg")).has_value());
    CHECK_FALSE(imageFormatForPath(QStringLiteral("chart")).has_value());
}

TEST_CASE("a PNG is exactly the size asked for, times its scale, and draws where asked")
{
    QTemporaryDir dir;
    ExportTarget t = target(dir, "chart.png", QSizeF(800, 450));
    t.scale = 2;
    REQUIRE(ChartExporter::write(t, drawSample).ok());
    QImage image(t.path);
    REQUIRE(image.size() == QSize(1600, 900));
    CHECK(image.pixelColor(800, 900 / 2 + 40) == QColor(0x1f, 0x4e, 0xa8));
    CHECK(image.pixelColor(10, 890) == QColor(Qt::white));
}

TEST_CASE("the same chart exported twice gives identical pixels")
{
    QTemporaryDir dir;
    const ExportTarget a = target(dir, "a.png", QSizeF(640, 360));
    const ExportTarget b = target(dir, "b.png", QSizeF(640, 360));
    REQUIRE(ChartExporter::write(a, drawSample).ok());
    REQUIRE(ChartExporter::write(b, drawSample).ok());
    CHECK(QImage(a.path) == QImage(b.path));
}

TEST_CASE("a transparent PNG keeps the background clear")
{
    QTemporaryDir dir;
    ExportTarget t = target(dir, "clear.png", QSizeF(320, 200));
    t.transparent = true;
    REQUIRE(ChartExporter::write(t, drawSample).ok());
    CHECK(QImage(t.path).pixelColor(5, 195).alpha() == 0);
}

TEST_CASE("an SVG is valid XML with the text as text")
{
    QTemporaryDir dir;
    const ExportTarget t = target(dir, "chart.svg", QSizeF(1920, 1080));
    REQUIRE(ChartExporter::write(t, drawSample).ok());
    const QByteArray svg = readFile(t.path);
    QXmlStreamReader xml(svg);
    QStringList texts;
    bool sawRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("svg")) {
            sawRoot = true;
            CHECK(xml.attributes().value(QLatin1String("viewBox")) ==
                  QLatin1String("0 0 1920 1080"));
        }
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    INFO(xml.errorString().toStdString());
    CHECK_FALSE(xml.hasError());
    CHECK(sawRoot);
    CHECK(texts.contains(QStringLiteral("Stability AI")));
}

TEST_CASE("a PDF has one page of the size asked for, A4 landscape included")
{
    QTemporaryDir dir;
    const QSizeF a4 = ChartExporter::landscapeSize(QPageSize::A4);
    CHECK(a4.width() == Approx(1122.5).epsilon(0.001));
    const ExportTarget t = target(dir, "chart.pdf", a4);
    REQUIRE(ChartExporter::write(t, drawSample).ok());
    const QByteArray pdf = readFile(t.path);
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type /Page/") == 1);
    const auto box = QRegularExpression(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"))
                         .match(QString::fromLatin1(pdf));
    REQUIRE(box.hasMatch());
    CHECK(box.captured(1).toDouble() == Approx(841.9).margin(1)); // A4 long side in points
    CHECK(box.captured(2).toDouble() == Approx(595.3).margin(1));
}

TEST_CASE("an SVG's text names a generic fallback family after its font")
{
    QTemporaryDir dir;
    const ExportTarget t = target(dir, "chart.svg", QSizeF(800, 450));
    REQUIRE(ChartExporter::write(t, drawSample).ok());
    const QString svg = QString::fromUtf8(readFile(t.path));
    static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
    int families = 0;
    for (auto it = family.globalMatch(svg); it.hasNext(); ++families) {
        const QString value = it.next().captured(1);
        INFO(value.toStdString());
        CHECK(value.endsWith(QLatin1String("sans-serif")));
        CHECK_FALSE(value.contains(QLatin1String("Sans Serif"))); // Qt's name, not CSS's
    }
    CHECK(families > 0);
    CHECK(svg.contains(QLatin1String("font-family=\"DejaVu Sans, sans-serif\"")));
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        xml.readNext();
    CHECK_FALSE(xml.hasError());
}

TEST_CASE("a PDF with an appendix has the chart, then pages of its lines")
{
    QTemporaryDir dir;
    ExportTarget t = target(dir, "chart.pdf", QSizeF(800, 450));
    REQUIRE(ChartExporter::write(t, drawSample).ok());
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    CHECK(QString::fromLatin1(readFile(t.path)).count(page) == 1);

    t.appendix << QStringLiteral("Sources of the chart") << QString();
    for (int i = 0; i < 3; ++i)
        t.appendix << QStringLiteral("SiliconANGLE, 2024-03-24 — Emad Mostaque resigns — "
                                     "https://siliconangle.com/2024/03/24/%1")
                          .arg(i);
    REQUIRE(ChartExporter::write(t, drawSample).ok());
    CHECK(QString::fromLatin1(readFile(t.path)).count(page) == 2);

    // More lines than a page holds go on to further pages.
    for (int i = 0; i < 120; ++i)
        t.appendix << QStringLiteral("Outlet %1, 2024-03-24 — a title").arg(i);
    REQUIRE(ChartExporter::write(t, drawSample).ok());
    CHECK(QString::fromLatin1(readFile(t.path)).count(page) >= 3);
}

TEST_CASE("a file that cannot be written is an error, not a crash")
{
    for (const char *name : {"chart.png", "chart.svg", "chart.pdf"}) {
        INFO(name);
        ExportTarget t;
        t.path = QStringLiteral("/nonexistent-folder/") + QLatin1String(name);
        t.format = *imageFormatForPath(t.path);
        auto status = ChartExporter::write(t, drawSample);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().kind == Error::Kind::Io);
        CHECK(status.error().message.contains(t.path));
    }
}

TEST_CASE("a chart that cannot be written in full is an error and leaves the old file as it was")
{
    for (const char *name : {"chart.png", "chart.svg", "chart.pdf"}) {
        INFO(name);
        QTemporaryDir dir;
        const ExportTarget t = target(dir, name, QSizeF(1200, 800));
        writeFile(t.path, "the chart exported last week");
        std::optional<Status> status;
        {
            const FileSizeLimit fullDisk(4096);
            status = ChartExporter::write(t, drawBusy);
        }
        REQUIRE_FALSE(status->ok());
        CHECK(status->error().kind == Error::Kind::Io);
        CHECK(status->error().message.contains(t.path));
        CHECK(readFile(t.path) == "the chart exported last week");
        CHECK(filesIn(dir) == QStringList{QLatin1String(name)}); // no half-written file left over

        // With room on the disk, the same chart replaces the old file.
        REQUIRE(ChartExporter::write(t, drawBusy).ok());
        CHECK(readFile(t.path).size() > 4096);
        CHECK(filesIn(dir) == QStringList{QLatin1String(name)});
    }
}

TEST_CASE("a chart that cannot be put in place once finished is an error, not a success")
{
    for (const char *name : {"chart.png", "chart.svg", "chart.pdf"}) {
        INFO(name);
        QTemporaryDir dir;
        const ExportTarget t = target(dir, name, QSizeF(640, 360));
        // While the chart is drawn, a folder takes the file's name: the finished file cannot be
        // renamed into place.
        const auto draw = [&](QPainter &painter, const QRectF &area) {
            drawSample(painter, area);
            QDir(dir.path()).mkpath(QLatin1String(name) + QStringLiteral("/inside"));
        };
        const Status status = ChartExporter::write(t, draw);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().kind == Error::Kind::Io);
        CHECK(QFileInfo(t.path).isDir());
        CHECK(filesIn(dir) == QStringList{QLatin1String(name)});
    }
}

TEST_CASE("a chart whose pixels would take more than 512 MiB is refused before it is drawn")
{
    CHECK(ChartExporter::maxPixelBytes == 512 * 1024 * 1024);
    CHECK(ChartExporter::checkPixelBudget(QSizeF(16384, 8192), 1).ok()); // 512 MiB exactly
    CHECK_FALSE(ChartExporter::checkPixelBudget(QSizeF(16384, 8193), 1).ok());
    CHECK(ChartExporter::checkPixelBudget(QSizeF(3840, 2160), 4).ok()); // 4K at 4×: 506 MiB
    CHECK_FALSE(ChartExporter::checkPixelBudget(QSizeF(10000, 10000), 2).ok());
    CHECK_FALSE(ChartExporter::checkPixelBudget(QSizeF(1e9, 1e9), 1).ok()); // no overflow

    QTemporaryDir dir;
    ExportTarget t = target(dir, "huge.png", QSizeF(10000, 10000));
    t.scale = 3;
    writeFile(t.path, "the chart exported last week");
    bool drawn = false;
    const Status status =
        ChartExporter::write(t, [&](QPainter &, const QRectF &) { drawn = true; });
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::InvalidData);
    CHECK(status.error().message.contains(QStringLiteral("512 MiB")));
    CHECK(status.error().message.contains(QStringLiteral("30000×30000")));
    CHECK_FALSE(drawn);
    CHECK(readFile(t.path) == "the chart exported last week");
    CHECK(ChartExporter::toImage(t.size, t.scale, false, drawSample).isNull());

    // SVG and PDF have no pixels to scale: their size alone counts.
    ExportTarget svg = target(dir, "wide.svg", QSizeF(8000, 4000));
    svg.scale = 4;
    CHECK(ChartExporter::checkSize(svg).ok());
    svg.size = QSizeF(20000, 20000);
    CHECK_FALSE(ChartExporter::checkSize(svg).ok());
}

// --- Sources and presets ------------------------------------------------------------------------

namespace {
Event cited(const char *date, std::initializer_list<EventSource> sources)
{
    Event event;
    event.date = *PartialDate::parse(QString::fromLatin1(date));
    event.sources = QList<EventSource>(sources);
    return event;
}

EventSource source(const char *url, const char *title, const char *outlet = "",
                   const char *date = "")
{
    EventSource s;
    s.url = QLatin1String(url);
    s.title = QString::fromUtf8(title);
    s.outlet = QLatin1String(outlet);
    if (*date)
        s.date = *PartialDate::parse(QString::fromLatin1(date));
    return s;
}
} // namespace

TEST_CASE("the sources line credits outlet and date, each once, by date, never a curator's note")
{
    const std::vector<Event> events{
        cited("2024-03-22", {source("https://www.forbes.com/x", "Stability AI founder resigns",
                                    "Forbes", "2024-03-23"),
                             source("https://www.axios.com/2024/03/23/stability-ceo-resigns",
                                    "Stability AI CEO resigns [title from URL]")}),
        cited("2023-06", {source("",
                                 "Stability AI tried to raise at $4B [headline not in "
                                 "stored copy]",
                                 "Bloomberg", "2023-06")}),
        cited("2024-03", {source("https://www.forbes.com/y", "Another headline", "Forbes",
                                 "2024-03-23")}), // the same credit: named once
    };
    std::vector<const Event *> shown;
    for (const Event &e : events)
        shown.push_back(&e);
    const SourceCredits credits(shown);
    CHECK(credits.credits() == QStringList{QStringLiteral("Bloomberg, 2023-06"),
                                           QStringLiteral("Forbes, 2024-03-23"),
                                           QStringLiteral("axios.com, 2024-03-23")});
    for (const QString &credit : credits.credits())
        CHECK_FALSE(credit.contains(QLatin1Char('[')));

    // The full list keeps every source, with its title (no note) and address.
    const QStringList full = credits.fullList();
    REQUIRE(full.size() == 4);
    CHECK(full.contains(QStringLiteral("axios.com, 2024-03-23 — Stability AI CEO resigns — "
                                       "https://www.axios.com/2024/03/23/stability-ceo-resigns")));
    CHECK(full.contains(QStringLiteral("Bloomberg, 2023-06 — Stability AI tried to raise at $4B")));
    for (const QString &line : full)
        CHECK_FALSE(line.contains(QLatin1Char('[')));
}

TEST_CASE("a source's outlet and date come from its address when not given")
{
    CHECK(SourceCredits::outletOf(source("https://www.axios.com/a", "")) ==
          QLatin1String("axios.com"));
    CHECK(SourceCredits::outletOf(source("https://axios.com/a", "", "Axios")) ==
          QLatin1String("Axios"));
    CHECK(SourceCredits::dateOf(source("https://siliconangle.com/2024/03/24/emad", "")) ==
          PartialDate::ofDay(2024, 3, 24));
    CHECK(SourceCredits::dateOf(source("https://example.com/2023/11/a-story", "")) ==
          PartialDate::ofMonth(2023, 11));
    CHECK_FALSE(
        SourceCredits::dateOf(source("https://forbesjapan.com/articles/69907", "")).isValid());
    CHECK(SourceCredits::withoutNote(QStringLiteral("Forbes JAPAN article [headline not in "
                                                    "stored copy]")) ==
          QLatin1String("Forbes JAPAN article"));
}

TEST_CASE("presets size charts for an article column, a social card and a slide")
{
    const ChartPreset *column = ChartPreset::named(QStringLiteral("article-720"));
    const ChartPreset *wide = ChartPreset::named(QStringLiteral("article-1200"));
    const ChartPreset *social = ChartPreset::named(QStringLiteral("social"));
    const ChartPreset *slide = ChartPreset::named(QStringLiteral("slide"));
    REQUIRE(column);
    REQUIRE(wide);
    REQUIRE(social);
    REQUIRE(slide);
    CHECK(column->size.width() == 720);
    CHECK(column->fitsHeight());
    CHECK(column->typeScale > 1);
    CHECK(wide->size.width() == 1200);
    CHECK(wide->fitsHeight());
    CHECK(wide->typeScale > 1);
    CHECK(social->size == QSizeF(1200, 675));
    CHECK(slide->size == QSizeF(1920, 1080));
    CHECK(ChartPreset::named(QStringLiteral("full-hd"))->size == QSizeF(1920, 1080));
    CHECK(ChartPreset::named(QStringLiteral("a4"))->size ==
          ChartExporter::landscapeSize(QPageSize::A4));
    CHECK(ChartPreset::named(QStringLiteral("poster")) == nullptr);

    ChartRequest request;
    column->applyTo(request);
    CHECK(request.fitHeight);
    CHECK(request.size.width() == 720);
    CHECK(request.typeScale == column->typeScale);
    slide->applyTo(request);
    CHECK_FALSE(request.fitHeight);
    CHECK(request.size == QSizeF(1920, 1080));
}
