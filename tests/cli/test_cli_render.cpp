// `tenure-cli render`: charts to PNG, SVG and PDF from the real binary, with no display at all.

#include "clirunner.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
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

namespace {
// The rows of `image` from the bottom up that are the background colour all across.
int blankRowsAtBottom(const QImage &image)
{
    const QRgb background = image.pixel(2, 2);
    int blank = 0;
    for (int y = image.height() - 1; y >= 0; --y, ++blank) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != background)
                return blank;
        }
    }
    return blank;
}
} // namespace

TEST_CASE("render with a width alone makes a chart as tall as its content")
{
    CliRunner cli = headless();
    const CliResult result =
        cli.runOn(QStringLiteral("s.sqlite"), render({"--out", "w.png", "--width", "1200"}));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QImage image(cli.path(QStringLiteral("w.png")));
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 1200);
    CHECK(image.height() < 800);
    CHECK(blankRowsAtBottom(image) < 20); // the footnote ends the chart, no canvas below

    // A height given is kept.
    REQUIRE(cli.runOn(QStringLiteral("s.sqlite"),
                      render({"--out", "h.png", "--width", "1200", "--height", "900"}))
                .exitCode == 0);
    CHECK(QImage(cli.path(QStringLiteral("h.png"))).size() == QSize(1200, 900));
}

TEST_CASE("render --preset sizes the chart for an article, a social card or a slide")
{
    CliRunner cli = headless();
    const auto sizeOf = [&cli](const char *preset, const char *out) {
        const CliResult result =
            cli.runOn(QStringLiteral("s.sqlite"), render({"--preset", preset, "--out", out}));
        INFO(preset << ": " << result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return QImage(cli.path(QLatin1String(out))).size();
    };
    CHECK(sizeOf("social", "social.png") == QSize(1200, 675));
    CHECK(sizeOf("slide", "slide.png") == QSize(1920, 1080));
    const QSize column = sizeOf("article-720", "column.png");
    CHECK(column.width() == 720);
    CHECK(column.height() > 200);
    CHECK(sizeOf("article-1200", "article.png").width() == 1200);
    CHECK(blankRowsAtBottom(QImage(cli.path(QStringLiteral("column.png")))) < 20);
    // --width and --height override a preset's size.
    REQUIRE(cli.runOn(QStringLiteral("s.sqlite"),
                      render({"--preset", "slide", "--height", "900", "--out", "s2.png"}))
                .exitCode == 0);
    CHECK(QImage(cli.path(QStringLiteral("s2.png"))).size() == QSize(1920, 900));

    const CliResult unknown =
        cli.runOn(QStringLiteral("s.sqlite"), render({"--preset", "poster", "--out", "p.png"}));
    CHECK(unknown.exitCode == 1);
    REQUIRE(unknown.errLines().size() == 1);
    CHECK(unknown.errLines().front().contains(QStringLiteral("article-720")));

    const CliResult help = cli.run(args({"render", "--help"}));
    CHECK(help.exitCode == 0);
    for (const char *name : {"--preset", "article-720", "article-1200", "social", "slide",
                             "full-hd", "a4", "--sources-file", "--sources-page"})
        CHECK(help.outText().contains(QLatin1String(name)));
}

TEST_CASE("render --sources-file lists every source of what is drawn, and a PDF can add a page")
{
    CliRunner cli = headless();
    const CliResult result = cli.runOn(
        QStringLiteral("s.sqlite"),
        render({"--out", "t.png", "--sources-file", "t-sources.txt", "--title", "Stability AI"}));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QString list = QString::fromUtf8(cli.read(QStringLiteral("t-sources.txt")));
    CHECK(list.startsWith(QStringLiteral("Sources of the chart “Stability AI”")));
    CHECK(list.contains(QStringLiteral(
        "SiliconANGLE, 2024-03-24 — Emad Mostaque resigns as CEO of troubled generative AI "
        "startup Stability AI — https://siliconangle.com/2024/03/24/")));
    CHECK_FALSE(list.contains(QStringLiteral("[title from URL]")));
    CHECK(list.count(QLatin1Char('\n')) >= 17);

    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    REQUIRE(cli.runOn(QStringLiteral("s.sqlite"), render({"--out", "one.pdf", "--preset", "a4"}))
                .exitCode == 0);
    CHECK(QString::fromLatin1(cli.read(QStringLiteral("one.pdf"))).count(page) == 1);
    REQUIRE(cli.runOn(QStringLiteral("s.sqlite"),
                      render({"--out", "two.pdf", "--preset", "a4", "--sources-page"}))
                .exitCode == 0);
    const QByteArray pdf = cli.read(QStringLiteral("two.pdf"));
    CHECK(QString::fromLatin1(pdf).count(page) == 2);
    CHECK(pdf.count("/MediaBox [0 0 842") == 2); // A4 landscape, both pages

    const CliResult unwritable =
        cli.runOn(QStringLiteral("s.sqlite"),
                  render({"--out", "u.png", "--sources-file", "no-such-folder/sources.txt"}));
    CHECK(unwritable.exitCode == 1);
}

TEST_CASE("render's SVG names a generic fallback after each font family")
{
    CliRunner cli = headless();
    REQUIRE(cli.runOn(QStringLiteral("s.sqlite"), render({"--out", "t.svg", "--width", "900"}))
                .exitCode == 0);
    const QString svg = QString::fromUtf8(cli.read(QStringLiteral("t.svg")));
    CHECK(svg.contains(QStringLiteral("font-family=\"DejaVu Sans, sans-serif\"")));
    CHECK_FALSE(svg.contains(QStringLiteral("font-family=\"DejaVu Sans\"")));
    CHECK_FALSE(svg.contains(QStringLiteral("font-family=\"Sans Serif\"")));
}

namespace {
// Three companies' chief executives (and a CTO), for the compare chart.
const QByteArray threeLabs =
    "date,company,type,people,role,interim,round,amount_usd,valuation_usd,status,description,"
    "source_url\n"
    "2016-01-01,Alpha Labs,appointment,Ann Alpha,CEO,,,,,,,\n"
    "2021-05-01,Alpha Labs,appointment,Art Able,CEO,,,,,,,\n"
    "2023-01-01,Alpha Labs,appointment,Ada Ace,Interim CEO,true,,,,,,\n"
    "2023-04-01,Alpha Labs,appointment,Al Last,Chief Executive Officer,,,,,,,\n"
    "2017-01-01,Beta Works,appointment,Ben Beta,Co-Founder and CEO,,,,,,,\n"
    "2017-01-01,Beta Works,appointment,Bob Tech,CTO,,,,,,,\n"
    "2022-03-01,Beta Works,appointment,Bea Next,CEO,,,,,,,\n"
    "2018-01-01,Gamma AI,appointment,Gus Gamma,CEO,,,,,,,\n";
} // namespace

TEST_CASE("render --chart compare draws the companies' chief executives on one axis")
{
    CliRunner cli = headless();
    cli.init(QStringLiteral("labs.sqlite"));
    cli.write(QStringLiteral("labs.csv"), threeLabs);
    REQUIRE(cli.runOn(QStringLiteral("labs.sqlite"),
                      {QStringLiteral("import"), cli.path(QStringLiteral("labs.csv"))})
                .exitCode == 0);

    const CliResult all = cli.runOn(
        QStringLiteral("labs.sqlite"),
        render({"--chart", "compare", "--out", "c.svg", "--title", "CEOs of three labs"}));
    INFO(all.err.toStdString());
    REQUIRE(all.exitCode == 0);
    const QByteArray svg = cli.read(QStringLiteral("c.svg"));
    for (const char *name : {"Alpha Labs", "Beta Works", "Gamma AI", "Ann Alpha", "Al Last",
                             "Ben Beta", "Bea Next", "Gus Gamma", "CEOs of three labs"})
        CHECK(svg.contains(name));
    CHECK_FALSE(svg.contains("Bob Tech")); // a CTO is not a chief executive

    // Chosen companies only.
    const CliResult chosen = cli.runOn(QStringLiteral("labs.sqlite"),
                                       render({"--chart", "compare", "--out", "b.svg", "--company",
                                               "Beta Works", "--company", "Gamma AI"}));
    REQUIRE(chosen.exitCode == 0);
    const QByteArray two = cli.read(QStringLiteral("b.svg"));
    CHECK(two.contains("Beta Works"));
    CHECK(two.contains("Gamma AI"));
    CHECK_FALSE(two.contains("Alpha Labs"));
    CHECK(two.contains("Chief executives, 2017")); // the default title names the years

    // The sample: one company, as a PNG as tall as its content.
    const CliResult sample =
        cli.runOn(QStringLiteral("s.sqlite"),
                  render({"--chart", "compare", "--out", "s.png", "--width", "1200"}));
    REQUIRE(sample.exitCode == 0);
    const QImage image(cli.path(QStringLiteral("s.png")));
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 1200);
    CHECK(image.height() < 800);
}

TEST_CASE("render --log-scale puts the funding chart on one logarithmic axis")
{
    CliRunner cli = headless();
    const CliResult log = cli.runOn(
        QStringLiteral("s.sqlite"),
        render({"--chart", "funding", "--log-scale", "--out", "log.svg", "--width", "1600"}));
    INFO(log.err.toStdString());
    REQUIRE(log.exitCode == 0);
    const QByteArray svg = cli.read(QStringLiteral("log.svg"));
    CHECK(svg.contains("log scale"));
    CHECK(svg.contains("$10M"));
    CHECK(svg.contains("$1B"));
    CHECK(svg.contains("disclosed in 2 of 4 rounds"));

    // Only for the funding chart.
    const CliResult wrong =
        cli.runOn(QStringLiteral("s.sqlite"), render({"--log-scale", "--out", "t.png"}));
    CHECK(wrong.exitCode == 1);
    CHECK(QString::fromUtf8(wrong.err).contains(QStringLiteral("--log-scale")));
}
