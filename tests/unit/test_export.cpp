#include "export/chartexporter.h"
#include "testsupport.h"

#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

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

TEST_CASE("a file that cannot be written is an error, not a crash")
{
    ExportTarget t;
    t.path = QStringLiteral("/nonexistent-folder/chart.png");
    auto status = ChartExporter::write(t, drawSample);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(QStringLiteral("could not be written")));
}
