#include "detailspanel.h"
#include "mainwindow.h"
#include "timelinefixture.h"
#include "timelinewidget.h"

#include <QDockWidget>
#include <QGuiApplication>
#include <QScreen>
#include <QTest>

#include <algorithm>
#include <catch2/catch.hpp>

// Run on a laptop-sized screen: tests/gui/CMakeLists.txt starts this binary on an offscreen
// screen of 1024×700, and again on one of 2048×1400 at QT_SCALE_FACTOR=2 (1024×700 logical).
namespace {
QDockWidget *dockNamed(const MainWindow &window, const char *name)
{
    return window.findChild<QDockWidget *>(QLatin1String(name));
}

QRect inWindow(const QWidget *widget, const QWidget *window)
{
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}
} // namespace

TEST_CASE("on a 1024-pixel screen the timeline gets most of the width and nothing is off screen")
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    INFO("screen " << available.width() << "x" << available.height() << " (logical)");
    REQUIRE(available.width() < 1280); // the test means nothing on a wide screen

    StoryWindow story; // a first run: no remembered layout
    MainWindow &window = *story.window;
    QTest::qWait(20);
    INFO("window " << window.frameGeometry().width() << "x" << window.frameGeometry().height()
                   << ", timeline " << story.timeline()->width() << " wide");
    CHECK(available.contains(window.frameGeometry()));
    CHECK(story.timeline()->width() >= 0.6 * window.width());
    CHECK(story.timeline()->height() >= 250);

    // Every panel shown lies inside the window, and the table shows several rows.
    for (const char *name : {"filtersDock", "tableDock"}) {
        const QDockWidget *dock = dockNamed(window, name);
        REQUIRE(dock);
        INFO(name);
        CHECK(dock->isVisible());
        CHECK(window.rect().contains(inWindow(dock, &window)));
    }
    CHECK(dockNamed(window, "tableDock")->height() >= 150);

    // Details is a tab beside the Events table: a click on the timeline brings it forward.
    QDockWidget *details = dockNamed(window, "detailsDock");
    REQUIRE(details);
    CHECK(window.tabifiedDockWidgets(details).contains(dockNamed(window, "tableDock")));
    CHECK(details->visibleRegion().isEmpty());
    const auto &markers = story.timeline()->scene().markers;
    const auto raise = std::find_if(markers.begin(), markers.end(), [&](const SceneMarker &m) {
        return m.eventId == story.story.failedRaise && m.count == 1;
    });
    REQUIRE(raise != markers.end());
    QTest::mouseClick(story.timeline(), Qt::LeftButton, {}, raise->center.toPoint());
    QTest::qWait(20);
    CHECK_FALSE(details->visibleRegion().isEmpty());
    CHECK(window.rect().contains(inWindow(details, &window)));
}
