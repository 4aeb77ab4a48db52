#include "chartpreview.h"
#include "manytenures.h"
#include "store/database.h"
#include "store/eventrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

// The preview renders off the GUI thread, over a connection of its own: the window answers
// meanwhile, and only the picture of the latest request is ever shown.

namespace {
struct LargeDatabase
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("large.sqlite"));
    std::unique_ptr<Database> db;

    LargeDatabase()
    {
        auto opened = Database::open(path, Database::OpenMode::CreateNew);
        REQUIRE(opened.ok());
        db = std::move(*opened);
        REQUIRE(EventRepository(*db).addAll(manyTenures()).ok());
    }
};

ChartRequest chartOfSize(QSizeF size)
{
    ChartRequest request;
    request.size = size;
    request.today = QDate(2025, 6, 30);
    return request;
}

// A preview on screen whose first picture, of a 1920 × 1080 chart, has been rendered.
struct ShownPreview
{
    ChartPreview preview;

    explicit ShownPreview(const QString &databasePath) : preview(databasePath)
    {
        preview.resize(560, 360);
        preview.show();
        REQUIRE(QTest::qWaitForWindowExposed(&preview));
        preview.setRequest(chartOfSize(QSizeF(1920, 1080)));
        REQUIRE(QTest::qWaitFor([&] { return !preview.isRendering(); }, 20000));
        REQUIRE(preview.problem().isEmpty());
        REQUIRE_FALSE(preview.image().isNull());
    }
};
} // namespace

TEST_CASE("the window keeps answering while the preview renders a large chart")
{
    LargeDatabase data;
    ShownPreview shown(data.path);
    ChartPreview &preview = shown.preview;
    QSignalSpy rendered(&preview, &ChartPreview::rendered);

    // An event posted before the rendering is asked for is handled while it runs: the GUI
    // thread never waits for the chart.
    bool answeredWhileRendering = false;
    QMetaObject::invokeMethod(
        &preview, [&] { answeredWhileRendering = preview.isRendering() && rendered.isEmpty(); },
        Qt::QueuedConnection);
    preview.setActualSize(true); // rendered at once, not after a pause
    REQUIRE(QTest::qWaitFor([&] { return !rendered.isEmpty(); }, 20000));
    CHECK(answeredWhileRendering);
    CHECK(preview.image().width() >= 1920);
}

TEST_CASE("requests made quickly show the latest chart, never an older one after it")
{
    LargeDatabase data;
    ShownPreview shown(data.path);
    ChartPreview &preview = shown.preview;
    std::vector<QSizeF> shownSizes;
    QObject::connect(&preview, &ChartPreview::rendered,
                     [&] { shownSizes.push_back(preview.chartSize()); });

    preview.setActualSize(true); // a 1920 × 1080 chart at actual size, under way at once
    preview.setRequest(chartOfSize(QSizeF(800, 600))); // changed while it renders
    preview.setRequest(chartOfSize(QSizeF(700, 700))); // and again
    REQUIRE(QTest::qWaitFor([&] { return !preview.isRendering(); }, 20000));
    REQUIRE_FALSE(shownSizes.empty());
    for (const QSizeF size : shownSizes)
        CHECK(size == QSizeF(700, 700));
    CHECK(preview.problem().isEmpty());
    const qreal ratio = preview.devicePixelRatioF();
    CHECK(preview.image().size() == QSize(int(700 * ratio), int(700 * ratio)));
}
