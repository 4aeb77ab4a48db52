// `tenure-cli render`: charts to PNG, SVG and PDF from the real binary, with no display at all.

#include "clirunner.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace {
// A runner with no display and no Qt platform chosen: render must manage on its own.
CliRunner headless()
{
    CliRunner cli;
    cli.setEnvironment(QStringLiteral("DISPLAY"), QString());
    cli.setEnvironment(QStringLiteral("WAYLAND_DISPLAY"), QString());
    cli.setEnvironment(QStringLiteral("QT_QPA_PLATFORM"), QString());
    cli.init(QStringLiteral("s.sqlite"), true);
    return cli;
}

QStringList render(std::initializer_list<const char *> extra)
{
    return QStringList{QStringLiteral("render")} + args(extra);
}

int countOf(const QByteArray &bytes, const QByteArray &needle)
{
    int count = 0;
    for (qsizetype at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1))
        ++count;
    return count;
}
} // namespace

TEST_CASE("render writes a PNG of exactly the size asked, without a display")
{
    CliRunner cli = headless();
    const CliResult result =
        cli.runOn(QStringLiteral("s.sqlite"),
                  render({"--out", "t.png", "--width", "1280", "--height", "720"}));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QImage image(cli.path(QStringLiteral("t.png")));
    REQUIRE(image.size() == QSize(1280, 720));
    // Not a blank page: the chart put colour on it.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    CHECK(colours.size() > 20);
}

TEST_CASE("rendering the same chart twice gives identical pixels")
{
    CliRunner cli = headless();
    for (const char *name : {"a.png", "b.png"})
        REQUIRE(cli.runOn(QStringLiteral("s.sqlite"),
                          render({"--out", name, "--title", "Stability AI"}))
                    .exitCode == 0);
    CHECK(QImage(cli.path(QStringLiteral("a.png"))) == QImage(cli.path(QStringLiteral("b.png"))));
}

TEST_CASE("render writes an SVG with the names as text")
{
    CliRunner cli = headless();
    REQUIRE(cli.runOn(QStringLiteral("s.sqlite"),
                      render({"--out", "t.svg", "--title", "Leadership at Stability AI"}))
                .exitCode == 0);
    const QByteArray svg = cli.read(QStringLiteral("t.svg"));
    QXmlStreamReader xml(svg);
    int texts = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            ++texts;
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    CHECK(texts > 10);
    CHECK(svg.contains("Stability AI"));
    CHECK(svg.contains("Emad Mostaque"));
    CHECK(svg.contains("Leadership at Stability AI"));
}

TEST_CASE("render writes a one-page PDF of the size asked")
{
    CliRunner cli = headless();
    // 1123 x 794 pixels at 96 dpi is A4 landscape: 842 x 595 points.
    REQUIRE(cli.runOn(QStringLiteral("s.sqlite"),
                      render({"--out", "t.pdf", "--width", "1123", "--height", "794"}))
                .exitCode == 0);
    const QByteArray pdf = cli.read(QStringLiteral("t.pdf"));
    CHECK(pdf.startsWith("%PDF"));
    CHECK(countOf(pdf, "/Type /Page\n") + countOf(pdf, "/Type /Page\r") +
              countOf(pdf, "/Type /Page ") + countOf(pdf, "/Type /Page/") ==
          1);
    CHECK(pdf.contains("/MediaBox [0 0 842"));
}

TEST_CASE("render draws the funding chart and filters by company, type and dates")
{
    CliRunner cli = headless();
    const CliResult funding =
        cli.runOn(QStringLiteral("s.sqlite"),
                  render({"--chart", "funding", "--out", "f.svg", "--company", "Stability AI"}));
    INFO(funding.err.toStdString());
    REQUIRE(funding.exitCode == 0);
    CHECK(cli.read(QStringLiteral("f.svg")).contains("Seed"));

    REQUIRE(cli.runOn(QStringLiteral("s.sqlite"),
                      render({"--out", "d.png", "--from", "2024", "--to", "2024-06", "--type",
                              "departure", "--theme", "dark"}))
                .exitCode == 0);
    const QImage dark(cli.path(QStringLiteral("d.png")));
    CHECK(qGray(dark.pixel(5, 5)) < 80); // the dark theme's background
}

TEST_CASE("render refuses bad arguments with exit 1 and an unusable database with exit 3")
{
    CliRunner cli = headless();
    const auto run = [&cli](std::initializer_list<const char *> extra) {
        return cli.runOn(QStringLiteral("s.sqlite"), render(extra));
    };
    for (const CliResult &bad :
         {run({}), run({"--out", "t.gif"}), run({"--out", "t.png", "--width", "wide"}),
          run({"--out", "t.png", "--chart", "pie"}), run({"--out", "t.png", "--theme", "sepia"}),
          run({"--out", "t.png", "--from", "2024-13"}), run({"--out", "t.png", "--type", "x"})}) {
        CHECK(bad.exitCode == 1);
        CHECK(bad.errLines().size() == 1);
    }
    CHECK_FALSE(cli.files().contains(QStringLiteral("t.png")));

    cli.write(QStringLiteral("foreign.sqlite"), "this is not a database at all, just text\n");
    const CliResult foreign =
        cli.runOn(QStringLiteral("foreign.sqlite"), render({"--out", "t.png"}));
    CHECK(foreign.exitCode == 3);
    CHECK(cli.read(QStringLiteral("foreign.sqlite")) ==
          "this is not a database at all, just text\n");
    CHECK(cli.runOn(QStringLiteral("missing.sqlite"), render({"--out", "t.png"})).exitCode == 3);
}

TEST_CASE("render that cannot write --out exits 1, never says it wrote, and keeps what was there")
{
    CliRunner cli = headless();
    const CliResult missingFolder =
        cli.runOn(QStringLiteral("s.sqlite"), render({"--out", "no-such-folder/t.png"}));
    CHECK(missingFolder.exitCode == 1);
    CHECK(missingFolder.out.isEmpty());
    REQUIRE(missingFolder.errLines().size() == 1);
    CHECK(missingFolder.errLines().front().contains(QStringLiteral("t.png")));

    // A folder has the file's name: the finished chart cannot be put in its place.
    REQUIRE(QDir().mkpath(cli.path(QStringLiteral("t.svg/inside"))));
    const CliResult folder = cli.runOn(QStringLiteral("s.sqlite"), render({"--out", "t.svg"}));
    CHECK(folder.exitCode == 1);
    CHECK(folder.out.isEmpty());
    CHECK(folder.errLines().size() == 1);
    CHECK(QFileInfo(cli.path(QStringLiteral("t.svg"))).isDir());
    for (const QString &file : cli.files())
        CHECK_FALSE(file.contains(QStringLiteral("t.svg"))); // no half-written chart left over
}

TEST_CASE("render refuses a chart whose pixels would pass 512 MiB, before opening the database")
{
    CliRunner cli = headless();
    cli.write(QStringLiteral("big.png"), "the chart exported last week");
    // No database at all: the size is refused first, as wrong usage.
    const CliResult huge = cli.runOn(
        QStringLiteral("missing.sqlite"),
        render({"--out", "big.png", "--width", "10000", "--height", "10000", "--scale", "2"}));
    CHECK(huge.exitCode == 1);
    REQUIRE(huge.errLines().size() == 1);
    CHECK(huge.errLines().front().contains(QStringLiteral("512 MiB")));
    CHECK(cli.read(QStringLiteral("big.png")) == "the chart exported last week");

    const CliResult help = cli.run(args({"render", "--help"}));
    CHECK(help.exitCode == 0);
    CHECK(help.outText().contains(QStringLiteral("512 MiB")));
}

TEST_CASE("render never draws over the database in use or any other SQLite file")
{
    CliRunner cli = headless();
    // Databases named like charts, so only the file guard stands between them and the chart.
    cli.init(QStringLiteral("timeline.png"), true);
    cli.init(QStringLiteral("other.svg"));
    const QByteArray database = cli.read(QStringLiteral("timeline.png"));
    const QByteArray other = cli.read(QStringLiteral("other.svg"));
    for (const char *out : {"timeline.png", "other.svg"}) {
        const CliResult refused = cli.runOn(QStringLiteral("timeline.png"), render({"--out", out}));
        INFO(out << " -> " << refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.out.isEmpty());
        CHECK(refused.errLines().size() == 1);
    }
    CHECK(cli.read(QStringLiteral("timeline.png")) == database);
    CHECK(cli.read(QStringLiteral("other.svg")) == other);
}
