#include "export/chartbuilder.h"
#include "export/chartexporter.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QPainter>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <stop_token>

using namespace testsupport;

namespace {
const QByteArray lastWeeks = "the chart exported last week";

// The files in `dir` but the database and its -wal and -shm companions.
QStringList filesIn(const QTemporaryDir &dir)
{
    QStringList files =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    files.removeIf(
        [](const QString &name) { return name.startsWith(QLatin1String("chart.sqlite")); });
    return files;
}

struct ChartDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    ChartDatabase()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("chart.sqlite")),
                                     Database::OpenMode::CreateNew);
        REQUIRE(opened.ok());
        db = std::move(*opened);
        const QString acme = QStringLiteral("Acme Robotics");
        REQUIRE(EventRepository(*db)
                    .addAll({appointment(QStringLiteral("2019-02"), acme,
                                         {QStringLiteral("Ada Lovelace")}, QStringLiteral("CEO")),
                             departure(QStringLiteral("2023-05-01"), acme,
                                       {QStringLiteral("Ada Lovelace")}, QStringLiteral("CEO"))})
                    .ok());
    }
};

ChartRequest smallChart()
{
    ChartRequest request;
    request.size = QSizeF(800, 450);
    request.today = QDate(2025, 6, 30);
    return request;
}
} // namespace

TEST_CASE("a chart build stopped before it starts returns the cancellation, not a chart")
{
    ChartDatabase data;
    std::stop_source stop;
    stop.request_stop();
    for (const auto kind :
         {ChartRequest::Kind::Timeline, ChartRequest::Kind::Funding, ChartRequest::Kind::Compare}) {
        ChartRequest request = smallChart();
        request.kind = kind;
        auto built = ChartBuilder::build(*data.db, request, stop.get_token());
        REQUIRE_FALSE(built.ok());
        CHECK(built.error().message == ChartExporter::cancelled().message);
        CHECK(ChartBuilder::build(*data.db, request).ok()); // and without a stop, it is built
    }
}

TEST_CASE("an export stopped before it starts writes no file and leaves an existing one as it was")
{
    ChartDatabase data;
    std::stop_source stop;
    stop.request_stop();
    const QString fresh = data.dir.filePath(QStringLiteral("new.png"));
    CHECK_FALSE(ChartBuilder::write(*data.db, smallChart(), fresh, stop.get_token()).ok());
    CHECK(filesIn(data.dir).isEmpty());

    const QString existing = data.dir.filePath(QStringLiteral("old.svg"));
    writeFile(existing, lastWeeks);
    const Status written = ChartBuilder::write(*data.db, smallChart(), existing, stop.get_token());
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message == ChartExporter::cancelled().message);
    CHECK(readFile(existing) == lastWeeks);
    CHECK(filesIn(data.dir) == QStringList{QStringLiteral("old.svg")});
}

TEST_CASE("an export stopped while its chart is painted leaves no file, and an old one unchanged")
{
    QTemporaryDir dir;
    for (const char *name : {"chart.png", "chart.svg", "chart.pdf"}) {
        INFO(name);
        const QString path = dir.filePath(QLatin1String(name));
        writeFile(path, lastWeeks);
        ExportTarget target;
        target.path = path;
        target.format = *imageFormatForPath(path);
        target.size = QSizeF(640, 360);
        // The user presses Cancel while the chart is being drawn: what was drawn is not written.
        std::stop_source stop;
        bool painted = false;
        const auto draw = [&](QPainter &painter, const QRectF &area) {
            painter.fillRect(area, Qt::darkBlue);
            painted = true;
            stop.request_stop();
        };
        const Status written = ChartExporter::write(target, draw, stop.get_token());
        CHECK(painted);
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().message == ChartExporter::cancelled().message);
        CHECK(readFile(path) == lastWeeks);
        CHECK(filesIn(dir) == QStringList{QLatin1String(name)}); // no temporary file left behind
        REQUIRE(QFile::remove(path));
    }
}

TEST_CASE("a chart laid out and then stopped writes neither the chart nor its list of sources")
{
    ChartDatabase data;
    auto built = ChartBuilder::build(*data.db, smallChart());
    REQUIRE(built.ok());
    std::stop_source stop;
    stop.request_stop();
    const QString chart = data.dir.filePath(QStringLiteral("chart.png"));
    const QString sources = ChartBuilder::sourcesPathFor(chart);
    writeFile(sources, lastWeeks);
    CHECK_FALSE(ChartBuilder::write(*built, smallChart(), chart, stop.get_token()).ok());
    CHECK_FALSE(ChartBuilder::writeSources(*built, smallChart(), sources, stop.get_token()).ok());
    CHECK_FALSE(QFile::exists(chart));
    CHECK(readFile(sources) == lastWeeks);
    // Not stopped, both are written.
    CHECK(ChartBuilder::write(*built, smallChart(), chart).ok());
    CHECK(ChartBuilder::writeSources(*built, smallChart(), sources).ok());
    CHECK(readFile(sources) != lastWeeks);
}
