#include "export/chartbuilder.h"
#include "exportchartdialog.h"
#include "manytenures.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace testsupport;

namespace {
// Settings go to an ini file in a temporary folder, never to the user's own.
void useTemporarySettings()
{
    static QTemporaryDir folder;
    static const bool set = [] {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.path());
        return true;
    }();
    (void)set;
    QSettings().remove(QStringLiteral("exportChart"));
}

struct ExportFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    ChartRequest current;
    std::unique_ptr<ExportChartDialog> dialog;

    ExportFixture()
    {
        useTemporarySettings();
        auto opened =
            Database::open(dir.filePath(QStringLiteral("t.sqlite")), Database::OpenMode::CreateNew);
        REQUIRE(opened.ok());
        db = std::move(*opened);
        EventRepository events(*db);
        const QString stability = QStringLiteral("Stability AI");
        REQUIRE(events
                    .addAll({appointment(QStringLiteral("2019"), stability,
                                         {QStringLiteral("Emad Mostaque")}, QStringLiteral("CEO")),
                             funding(QStringLiteral("2022-10-17"), stability,
                                     QStringLiteral("Seed"), 101'000'000, 1'000'000'000),
                             departure(QStringLiteral("2024-03-22"), stability,
                                       {QStringLiteral("Emad Mostaque")}, QStringLiteral("CEO")),
                             appointment(QStringLiteral("2024-06-25"), stability,
                                         {QStringLiteral("Prem Akkaraju")}, QStringLiteral("CEO")),
                             appointment(QStringLiteral("2021-05"), QStringLiteral("Acme Robotics"),
                                         {QStringLiteral("Ada Lovelace")}, QStringLiteral("CTO"))})
                    .ok());
        current.filter.from = QDate(2019, 1, 1);
        current.filter.to = QDate(2025, 6, 30);
        current.today = QDate(2025, 6, 30);
        open();
    }

    void open()
    {
        dialog = std::make_unique<ExportChartDialog>(*db, current);
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
    }

    template <typename W = QWidget> W *field(const char *name)
    {
        auto *w = dialog->findChild<W *>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }

    void choose(const char *combo, const QString &entry)
    {
        auto *box = field<QComboBox>(combo);
        const int index = box->findText(entry, Qt::MatchStartsWith);
        REQUIRE(index >= 0);
        box->setCurrentIndex(index);
    }

    void type(const char *name, const QString &text)
    {
        auto *edit = field<QLineEdit>(name);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    // Clicks Export and waits for the export, which runs off the GUI thread, to end.
    void clickExport()
    {
        QTest::mouseClick(field<QPushButton>("export"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return !dialog->isExporting(); }, 10000));
    }

    // Exports to `name` in the temporary folder by clicking Export; returns the file's path.
    QString exportTo(const QString &name)
    {
        const QString path = dir.filePath(name);
        type("path", path);
        clickExport();
        INFO(dialog->errorText().toStdString());
        REQUIRE(QFile::exists(path));
        return path;
    }
};
} // namespace

TEST_CASE("exporting a PNG writes an image of the chosen size and closes the dialog")
{
    ExportFixture f;
    f.choose("format", QStringLiteral("PNG"));
    f.choose("sizePreset", QStringLiteral("1920"));
    const QString path = f.exportTo(QStringLiteral("chart.png"));
    CHECK(f.dialog->result() == QDialog::Accepted);
    const QImage image(path);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(1920, 1080));
}

TEST_CASE("a file that cannot be written is reported in the dialog, which stays open")
{
    ExportFixture f;
    f.type("path", f.dir.filePath(QStringLiteral("no such folder/chart.png")));
    f.clickExport();
    CHECK(f.dialog->isVisible());
    CHECK(f.dialog->errorText().startsWith(QStringLiteral("The chart was not exported: ")));
    CHECK(f.dialog->errorText().contains(QStringLiteral("no such folder/chart.png")));
    CHECK(f.dialog->errorText().count(QStringLiteral("Check that the folder exists")) == 1);
    CHECK(f.field<QLabel>("message")->text() == f.dialog->errorText());
}

TEST_CASE("a cancelled export writes no file and leaves the one already there as it was")
{
    ExportFixture f;
    REQUIRE(EventRepository(*f.db).addAll(manyTenures()).ok()); // a chart that takes a while
    const QString path = f.dir.filePath(QStringLiteral("chart.png"));
    writeFile(path, "the chart exported last week");
    f.type("path", path);
    QTest::mouseClick(f.field<QPushButton>("export"), Qt::LeftButton);
    CHECK(f.dialog->isExporting());
    // The dialog's Cancel stops the export under way; a second one would close the dialog.
    auto *buttons = f.field<QDialogButtonBox>("buttons");
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !f.dialog->isExporting(); }, 20000));
    CHECK(f.dialog->isVisible());
    CHECK(f.dialog->errorText().contains(QStringLiteral("cancelled")));
    CHECK(readFile(path) == "the chart exported last week");
    // Nor is a temporary file left beside it.
    CHECK(QDir(f.dir.path()).entryList({QStringLiteral("chart*")}, QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("chart.png")});

    // Not cancelled, the same export replaces the file and closes the dialog.
    const QImage image(f.exportTo(QStringLiteral("chart.png")));
    CHECK(f.dialog->result() == QDialog::Accepted);
    CHECK_FALSE(image.isNull());
}

TEST_CASE("a PNG too large for memory is refused in the dialog, naming the limit")
{
    ExportFixture f;
    f.choose("format", QStringLiteral("PNG"));
    f.choose("sizePreset", QStringLiteral("Custom"));
    f.field<QSpinBox>("width")->setValue(10000);
    f.field<QSpinBox>("height")->setValue(10000);
    f.choose("scale", QStringLiteral("3"));
    writeFile(f.dir.filePath(QStringLiteral("huge.png")), "the chart exported last week");
    f.type("path", f.dir.filePath(QStringLiteral("huge.png")));
    f.clickExport();
    CHECK(f.dialog->isVisible());
    CHECK(f.dialog->errorText().contains(QStringLiteral("512 MiB")));
    CHECK(readFile(f.dir.filePath(QStringLiteral("huge.png"))) == "the chart exported last week");
}

TEST_CASE("the format follows the file name, and an SVG export is well-formed and names companies")
{
    ExportFixture f;
    f.type("path", f.dir.filePath(QStringLiteral("chart.svg")));
    CHECK(f.field<QComboBox>("format")->currentText().startsWith(QStringLiteral("SVG")));
    const QByteArray svg = readFile(f.exportTo(QStringLiteral("chart.svg")));
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        xml.readNext();
    INFO(xml.errorString().toStdString());
    CHECK_FALSE(xml.hasError());
    CHECK(svg.contains("Stability AI"));
}

TEST_CASE("a PDF export has one page, and PDF disables transparency and scale")
{
    ExportFixture f;
    CHECK(f.field("transparent")->isEnabled());
    CHECK(f.field("scale")->isEnabled());
    f.choose("format", QStringLiteral("PDF"));
    CHECK_FALSE(f.field("transparent")->isEnabled());
    CHECK_FALSE(f.field("scale")->isEnabled());
    CHECK(f.dialog->outputPath().endsWith(QLatin1String(".pdf")));
    f.choose("sizePreset", QStringLiteral("A4"));
    const QByteArray pdf = readFile(f.exportTo(QStringLiteral("chart.pdf")));
    CHECK(pdf.startsWith("%PDF"));
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    CHECK(QString::fromLatin1(pdf).count(page) == 1);
}

TEST_CASE("a bad date disables Export and says why")
{
    ExportFixture f;
    CHECK(f.field("export")->isEnabled());
    f.choose("range", QStringLiteral("These dates"));
    CHECK(f.field("from")->isEnabled());
    f.type("from", QStringLiteral("2024-13"));
    CHECK_FALSE(f.field("export")->isEnabled());
    CHECK(f.field("from")->property("faulty").toBool());
    CHECK(f.dialog->errorText().startsWith(QStringLiteral("From: ")));
    CHECK(f.dialog->errorText().size() > 7);
    CHECK_FALSE(f.dialog->startExport());

    f.type("from", QStringLiteral("2022"));
    CHECK(f.field("export")->isEnabled());
    CHECK(f.dialog->errorText().isEmpty());
    CHECK(f.dialog->request().filter.from == QDate(2022, 1, 1));
    CHECK(f.dialog->request().filter.to == QDate(2025, 6, 30));
    f.type("to", QStringLiteral("2023-02"));
    CHECK(f.dialog->request().filter.to == QDate(2023, 2, 28));
}

TEST_CASE("the request carries the range, companies, size and decorations chosen")
{
    ExportFixture f;
    CHECK(f.dialog->request().filter.from == f.current.filter.from);
    f.choose("range", QStringLiteral("All events"));
    CHECK_FALSE(f.dialog->request().filter.from.isValid());
    CHECK(f.dialog->request().filter.companies.isEmpty()); // all ticked: every company

    f.choose("sizePreset", QStringLiteral("Custom"));
    auto *width = f.field("width");
    QTest::keyClick(width, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(width, QStringLiteral("1000"));
    CHECK(f.dialog->request().size.width() == 1000);
    f.choose("scale", QStringLiteral("2"));
    CHECK(f.dialog->request().scale == 2);
    f.type("title", QStringLiteral("Who ran Stability AI"));
    QTest::mouseClick(f.field<QCheckBox>("legend"), Qt::LeftButton);
    CHECK(f.dialog->request().decorations.title == QStringLiteral("Who ran Stability AI"));
    CHECK_FALSE(f.dialog->request().decorations.legend);

    QTest::mouseClick(f.field<QPushButton>("noCompanies"), Qt::LeftButton);
    CHECK_FALSE(f.field("export")->isEnabled());
    QTest::mouseClick(f.field<QPushButton>("allCompanies"), Qt::LeftButton);
    CHECK(f.field("export")->isEnabled());
}

TEST_CASE("the last choices are remembered for the next export")
{
    ExportFixture f;
    f.type("title", QStringLiteral("Leadership"));
    f.choose("format", QStringLiteral("SVG"));
    f.choose("theme", QStringLiteral("Dark"));
    f.dialog->close();
    f.open();
    CHECK(f.field<QLineEdit>("title")->text() == QStringLiteral("Leadership"));
    CHECK(f.field<QComboBox>("format")->currentText().startsWith(QStringLiteral("SVG")));
    CHECK(f.dialog->request().theme == Theme::Kind::Dark);
    CHECK(f.dialog->outputPath().endsWith(QLatin1String(".svg")));
}

TEST_CASE("the preview is rendered after a short pause, and the chart can go to the clipboard")
{
    ExportFixture f;
    CHECK(QTest::qWaitFor([&] { return !f.dialog->previewImage().isNull(); }, 3000));
    const QImage preview = f.dialog->previewImage();
    CHECK(preview.width() < 1920); // painted small, laid out at full size
    const double aspect = double(preview.width()) / preview.height();
    CHECK(aspect == Approx(1920.0 / 1080).epsilon(0.02));

    const QImage image = ExportChartDialog::renderForClipboard(*f.db, f.dialog->request());
    CHECK(image.size() == QSize(1920, 1080));
    QTest::mouseClick(f.field<QPushButton>("copy"), Qt::LeftButton);
    CHECK_FALSE(QGuiApplication::clipboard()->image().isNull());
}

TEST_CASE("a first export on a fresh machine makes the Pictures folder it offers")
{
    QTemporaryDir home;
    const QByteArray savedHome = qgetenv("HOME");
    const QByteArray savedConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    qunsetenv("XDG_CONFIG_HOME");
    {
        ExportFixture f;
        const QString pictures = QDir(home.path()).filePath(QStringLiteral("Pictures"));
        REQUIRE_FALSE(QFileInfo::exists(pictures));
        CHECK(QFileInfo(f.dialog->outputPath()).absolutePath() == pictures);
        f.clickExport();
        INFO(f.dialog->errorText().toStdString());
        CHECK(f.dialog->result() == QDialog::Accepted);
        CHECK(QFileInfo::exists(QDir(pictures).filePath(QStringLiteral("tenure-timeline.png"))));
    }
    qputenv("HOME", savedHome);
    if (savedConfig.isEmpty())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", savedConfig);
}

TEST_CASE("the range says the dates the chart spans, and dates typed are remembered")
{
    ExportFixture f;
    auto *range = f.field<QComboBox>("range");
    CHECK(range->currentText() == QStringLiteral("Current view (2019-01-01 to 2025-06-30)"));
    // The chart spans exactly those dates: Emad's bar ends where 22 March 2024 is on that span.
    auto scene = ChartBuilder::scene(*f.db, f.dialog->request());
    REQUIRE(scene.ok());
    const auto emad =
        std::find_if(scene->rects.begin(), scene->rects.end(), [](const SceneRect &r) {
            return r.role == SceneRect::Role::TenureBar &&
                   r.tooltip.startsWith(QLatin1String("Emad"));
        });
    REQUIRE(emad != scene->rects.end());
    const double days =
        double(QDate(2025, 6, 30).toJulianDay() - QDate(2019, 1, 1).toJulianDay() + 1);
    const double resigned =
        double(QDate(2024, 3, 22).toJulianDay() - QDate(2019, 1, 1).toJulianDay());
    CHECK(emad->rect.right() ==
          Approx(scene->plot.left() + resigned / days * scene->plot.width()).margin(0.5));

    f.choose("range", QStringLiteral("These dates"));
    f.type("from", QStringLiteral("2020"));
    f.type("to", QStringLiteral("2023-06"));
    f.dialog->close();
    f.open();
    CHECK(f.field<QComboBox>("range")->currentText() == QStringLiteral("These dates"));
    CHECK(f.field<QLineEdit>("from")->text() == QStringLiteral("2020"));
    CHECK(f.field<QLineEdit>("to")->text() == QStringLiteral("2023-06"));
    CHECK(f.dialog->request().filter.from == QDate(2020, 1, 1));
    CHECK(f.dialog->request().filter.to == QDate(2023, 6, 30));
}

TEST_CASE("the preview can be seen at actual size and back")
{
    ExportFixture f;
    f.choose("sizePreset", QStringLiteral("1920"));
    REQUIRE(QTest::qWaitFor([&] { return !f.dialog->previewImage().isNull(); }, 3000));
    CHECK(f.dialog->previewImage().width() < 1920);
    auto *actual = f.field<QCheckBox>("actualSize");
    actual->setChecked(true);
    REQUIRE(QTest::qWaitFor([&] { return f.dialog->previewImage().width() >= 1920; }, 3000));
    const double ratio = f.field("preview")->devicePixelRatioF();
    CHECK(f.dialog->previewImage().size() == QSize(int(1920 * ratio), int(1080 * ratio)));
    CHECK(f.field("preview")->width() >= 1920); // scrolled in its area, not squeezed
    actual->setChecked(false);
    REQUIRE(QTest::qWaitFor([&] { return f.dialog->previewImage().width() < 1920; }, 3000));
}

TEST_CASE("presets size the chart for an article, a social card or a slide")
{
    ExportFixture f;
    f.choose("sizePreset", QStringLiteral("Article column"));
    ChartRequest request = f.dialog->request();
    CHECK(request.fitHeight);
    CHECK(request.size.width() == 720);
    CHECK(request.typeScale > 1);
    CHECK(f.field<QCheckBox>("fitHeight")->isChecked());
    CHECK_FALSE(f.field("fitHeight")->isEnabled());
    CHECK_FALSE(f.field("height")->isEnabled());
    const QImage column(f.exportTo(QStringLiteral("column.png")));
    CHECK(column.width() == 720);
    CHECK(column.height() < 1080);

    f.open();
    f.choose("sizePreset", QStringLiteral("Social card"));
    CHECK(f.dialog->request().size == QSizeF(1200, 675));
    CHECK_FALSE(f.dialog->request().fitHeight);
    f.choose("sizePreset", QStringLiteral("Slide"));
    CHECK(f.dialog->request().size == QSizeF(1920, 1080));
    CHECK(f.dialog->request().typeScale > 1);

    // A size of one's own can fit its height too.
    f.choose("sizePreset", QStringLiteral("Custom"));
    CHECK(f.field("fitHeight")->isEnabled());
    f.field<QCheckBox>("fitHeight")->setChecked(true);
    CHECK_FALSE(f.field("height")->isEnabled());
    CHECK(f.dialog->request().fitHeight);
    const QImage custom(f.exportTo(QStringLiteral("custom.png")));
    CHECK(custom.width() == 1600);
    CHECK(custom.height() < 900);
    f.open();
    CHECK(f.dialog->request().fitHeight); // remembered
}

TEST_CASE("the full list of sources goes beside an image, or on a PDF's second page")
{
    ExportFixture f;
    f.field<QCheckBox>("fullSources")->setChecked(true);
    CHECK(f.field<QLabel>("outputNote")->text().contains(QStringLiteral("-sources.txt")));
    f.exportTo(QStringLiteral("chart.png"));
    const QString list =
        QString::fromUtf8(readFile(f.dir.filePath(QStringLiteral("chart-sources.txt"))));
    CHECK(list.startsWith(QStringLiteral("Sources of the chart")));

    f.open();
    CHECK(f.field<QCheckBox>("fullSources")->isChecked());
    REQUIRE(QFile::remove(f.dir.filePath(QStringLiteral("chart-sources.txt"))));
    f.choose("format", QStringLiteral("PDF"));
    const QByteArray pdf = readFile(f.exportTo(QStringLiteral("chart.pdf")));
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    CHECK(QString::fromLatin1(pdf).count(page) == 2);
    CHECK_FALSE(QFileInfo::exists(f.dir.filePath(QStringLiteral("chart-sources.txt"))));
}

TEST_CASE("choosing the compare chart previews and exports the chief executives of each company")
{
    ExportFixture f;
    f.type("path", f.dir.filePath(QStringLiteral("tenure-timeline.svg")));
    f.choose("kind", QStringLiteral("Compare"));
    CHECK(f.dialog->request().kind == ChartRequest::Kind::Compare);
    CHECK(f.dialog->outputPath().endsWith(QLatin1String("tenure-compare.svg")));
    CHECK_FALSE(f.field<QCheckBox>("logScale")->isEnabled());
    CHECK(QTest::qWaitFor([&] { return !f.dialog->previewImage().isNull(); }, 3000));

    const QString path = f.exportTo(QStringLiteral("compare.svg"));
    const QByteArray svg = readFile(path);
    CHECK(svg.contains("Emad Mostaque"));
    CHECK(svg.contains("Prem Akkaraju"));
    CHECK(svg.contains("Chief executives, 2019"));
    CHECK_FALSE(svg.contains("Ada Lovelace")); // a CTO: not on the compare chart
}

TEST_CASE("the funding chart's log scale is a checkbox of the export dialog")
{
    ExportFixture f;
    f.choose("kind", QStringLiteral("Funding"));
    auto *log = f.field<QCheckBox>("logScale");
    REQUIRE(log->isEnabled());
    CHECK_FALSE(f.dialog->request().logScale);
    QTest::mouseClick(log, Qt::LeftButton);
    CHECK(f.dialog->request().logScale);
    f.choose("kind", QStringLiteral("Timeline"));
    CHECK_FALSE(log->isEnabled());
    CHECK_FALSE(f.dialog->request().logScale);
}

TEST_CASE("the export dialog's Language makes a Spanish chart in an English program")
{
    ExportFixture f;
    // Never chosen: the program's language, English here.
    CHECK(f.field<QComboBox>("language")->currentData().toString() == QStringLiteral("en"));
    f.choose("language", QStringLiteral("Español"));
    const QByteArray svg = readFile(f.exportTo(QStringLiteral("es.svg")));
    CHECK(svg.contains(">Nombramiento<"));
    CHECK(svg.contains(">Ronda de financiación<"));
    CHECK_FALSE(svg.contains(">Appointment<"));
    // The choice is remembered for the next export.
    f.open();
    CHECK(f.field<QComboBox>("language")->currentData().toString() == QStringLiteral("es"));
}
