#include "query/timelinesource.h"
#include "timelinefixture.h"
#include "timelinewidget.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolTip>

#include <catch2/catch.hpp>

namespace {
struct WidgetFixture : StoryTimeline
{
    const SceneMarker *marker(EventId id) const
    {
        for (const SceneMarker &m : widget.scene().markers) {
            if (m.eventId == id && m.count == 1)
                return &m;
        }
        return nullptr;
    }

    QPoint plotCentre() const { return widget.scene().plot.center().toPoint(); }
};

void wheel(QWidget *widget, QPoint at, int delta, Qt::KeyboardModifiers modifiers = {})
{
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                      modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}
} // namespace

TEST_CASE("wheeling forward over the timeline zooms in around the cursor")
{
    WidgetFixture f;
    const Viewport before = f.widget.viewport();
    const QPoint at(int(f.widget.scene().plot.left() + 300), f.plotCentre().y());
    const double dayUnderCursor = before.dayForX(300);
    wheel(&f.widget, at, 120);
    const Viewport after = f.widget.viewport();
    CHECK(after.spanDays() < before.spanDays());
    CHECK(after.dayForX(300) == Approx(dayUnderCursor).margin(0.5));
    wheel(&f.widget, at, -240);
    CHECK(f.widget.viewport().spanDays() > after.spanDays());
}

TEST_CASE("dragging the timeline to the right shows earlier dates")
{
    WidgetFixture f;
    const double first = f.widget.viewport().firstDay();
    const QPoint start = f.plotCentre();
    QTest::mousePress(&f.widget, Qt::LeftButton, {}, start);
    QTest::mouseMove(&f.widget, start + QPoint(60, 0));
    QTest::mouseMove(&f.widget, start + QPoint(200, 0));
    QTest::mouseRelease(&f.widget, Qt::LeftButton, {}, start + QPoint(200, 0));
    const double perPixel = 1 / f.widget.viewport().pixelsPerDay();
    CHECK(f.widget.viewport().firstDay() == Approx(first - 200 * perPixel).margin(perPixel));
}

TEST_CASE("keys pan, zoom and fit the timeline")
{
    WidgetFixture f;
    f.widget.setFocus();
    const Viewport fitted = f.widget.viewport();
    QTest::keyClick(&f.widget, Qt::Key_Right);
    CHECK(f.widget.viewport().firstDay() > fitted.firstDay());
    QTest::keyClick(&f.widget, Qt::Key_Left);
    CHECK(f.widget.viewport().firstDay() == Approx(fitted.firstDay()));
    QTest::keyClick(&f.widget, Qt::Key_Plus);
    CHECK(f.widget.viewport().spanDays() < fitted.spanDays());
    QTest::keyClick(&f.widget, Qt::Key_Minus);
    QTest::keyClick(&f.widget, Qt::Key_Minus);
    CHECK(f.widget.viewport().spanDays() > fitted.spanDays());
    QTest::keyClick(&f.widget, Qt::Key_Home);
    CHECK(f.widget.viewport().firstDay() == Approx(fitted.firstDay()));
    CHECK(f.widget.viewport().spanDays() == Approx(fitted.spanDays()));
}

TEST_CASE("zoom stops at about a day and at two centuries")
{
    WidgetFixture f;
    for (int i = 0; i < 60; ++i)
        f.widget.zoomIn();
    CHECK(f.widget.viewport().spanDays() == Approx(Viewport::minSpanDays));
    for (int i = 0; i < 80; ++i)
        f.widget.zoomOut();
    CHECK(f.widget.viewport().spanDays() == Approx(Viewport::maxSpanDays));
}

TEST_CASE("clicking a marker selects its event")
{
    WidgetFixture f;
    QSignalSpy selected(&f.widget, &TimelineWidget::eventSelected);
    f.widget.goToDate(QDate(2023, 6, 1));
    const SceneMarker *raise = f.marker(f.story.failedRaise);
    REQUIRE(raise);
    CHECK(raise->hollow); // a failed round is drawn hollow
    QTest::mouseClick(&f.widget, Qt::LeftButton, {}, raise->center.toPoint());
    REQUIRE(selected.count() == 1);
    CHECK(selected.at(0).at(0).value<EventId>() == f.story.failedRaise);
    CHECK(f.widget.selectedEvent() == f.story.failedRaise);
    CHECK(f.marker(f.story.failedRaise)->selected);
}

TEST_CASE("Tab moves from event to event and Enter opens the selected one")
{
    WidgetFixture f;
    f.widget.setFocus();
    QSignalSpy selected(&f.widget, &TimelineWidget::eventSelected);
    QSignalSpy activated(&f.widget, &TimelineWidget::eventActivated);
    QTest::keyClick(&f.widget, Qt::Key_Tab);
    QTest::keyClick(&f.widget, Qt::Key_Tab);
    REQUIRE(selected.count() == 2);
    const auto first = selected.at(0).at(0).value<EventId>();
    const auto second = selected.at(1).at(0).value<EventId>();
    CHECK(first != 0);
    CHECK(second != first);
    QTest::keyClick(&f.widget, Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).value<EventId>() == second);
    QTest::keyClick(&f.widget, Qt::Key_Backtab);
    CHECK(f.widget.selectedEvent() == first);
}

TEST_CASE("Tab reaches every event, those merged into a cluster too, zooming until each stands "
          "apart")
{
    WidgetFixture f;
    // Three departures a few days apart in March 2024: one cluster at "fit all".
    const QString stability = QStringLiteral("Stability AI");
    const auto added = f.story.events->addAll(
        {testsupport::departure(QStringLiteral("2024-03-01"), stability, {QStringLiteral("Ana")},
                                QStringLiteral("CTO")),
         testsupport::departure(QStringLiteral("2024-03-05"), stability, {QStringLiteral("Bea")},
                                QStringLiteral("CFO")),
         testsupport::departure(QStringLiteral("2024-03-09"), stability, {QStringLiteral("Cai")},
                                QStringLiteral("COO"))});
    REQUIRE(added.ok());
    const EventId bea = (*added)[1];
    REQUIRE(f.source.reload().ok());
    f.widget.refresh();
    f.widget.fitAll();
    REQUIRE(f.marker(bea) == nullptr); // merged
    const double fittedSpan = f.widget.viewport().spanDays();

    f.widget.setFocus();
    QSet<EventId> reached;
    bool beaApart = false;
    for (int step = 0; step < 15; ++step) {
        QTest::keyClick(&f.widget, Qt::Key_Tab);
        reached.insert(f.widget.selectedEvent());
        if (f.widget.selectedEvent() == bea)
            beaApart = f.marker(bea) != nullptr;
    }
    CHECK(reached.size() == 9); // the whole story, Tab stopping at the last
    CHECK(reached.contains(f.story.resignation));
    CHECK(reached.contains(bea));
    CHECK(beaApart); // zoomed into its cluster until it had a marker of its own
    CHECK(f.widget.viewport().spanDays() < fittedSpan);
}

TEST_CASE("the co-CEOs' interim tenures are drawn as bars in the view")
{
    WidgetFixture f;
    int interimBars = 0;
    for (const SceneRect &rect : f.widget.scene().rects) {
        if (rect.role == SceneRect::Role::TenureBar && rect.interim)
            ++interimBars;
    }
    CHECK(interimBars == 2);
}

TEST_CASE("clicking a lane's title collapses it and clicking again expands it")
{
    WidgetFixture f;
    const auto bars = [&f] {
        return std::count_if(
            f.widget.scene().rects.begin(), f.widget.scene().rects.end(),
            [](const SceneRect &r) { return r.role == SceneRect::Role::TenureBar; });
    };
    REQUIRE(bars() > 0);
    const auto title =
        std::find_if(f.widget.scene().texts.begin(), f.widget.scene().texts.end(),
                     [](const SceneText &t) { return t.role == TextRole::LaneTitle; });
    REQUIRE(title != f.widget.scene().texts.end());
    const QPoint at = title->rect.center().toPoint();
    QTest::mouseClick(&f.widget, Qt::LeftButton, {}, at);
    CHECK(bars() == 0);
    QTest::mouseClick(&f.widget, Qt::LeftButton, {}, at);
    CHECK(bars() > 0);
}

TEST_CASE("a name that looks like HTML shows literally in a marker's tooltip")
{
    WidgetFixture f;
    const QString name = QStringLiteral("<b>Bold</b> <img src=x>");
    const auto id = f.story.events->add(testsupport::appointment(
        QStringLiteral("2021-05"), QStringLiteral("Stability AI"), {name}, QStringLiteral("CTO")));
    REQUIRE(id.ok());
    REQUIRE(f.source.reload().ok());
    f.widget.refresh();
    f.widget.goToDate(QDate(2021, 5, 15));
    const SceneMarker *marker = f.marker(*id);
    REQUIRE(marker);

    const QPoint at = marker->center.toPoint();
    QHelpEvent help(QEvent::ToolTip, at, f.widget.mapToGlobal(at));
    QApplication::sendEvent(&f.widget, &help);
    REQUIRE(QToolTip::isVisible());
    CHECK(testsupport::displayedText(QToolTip::text()).contains(name));
    QToolTip::hideText();
}

TEST_CASE("Add event here fills in the lane's company and the date as precisely as the axis shows")
{
    WidgetFixture f;
    QSignalSpy requested(&f.widget, &TimelineWidget::addEventRequested);
    const auto title =
        std::find_if(f.widget.scene().texts.begin(), f.widget.scene().texts.end(),
                     [](const SceneText &t) { return t.role == TextRole::LaneTitle; });
    REQUIRE(title != f.widget.scene().texts.end());
    const QPoint at(f.plotCentre().x(), int(title->rect.center().y()));
    REQUIRE(f.widget.scene().laneAt(at.y()) >= 0);
    // Right-clicks the middle of the lane and picks "Add event here"; what the menu said goes to
    // the result. Nothing is checked in the timer: the test checks after the menu closed.
    const auto addHere = [&f, at] {
        QString said;
        QTimer::singleShot(0, &f.widget, [&said] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions()) {
                if (action->text().startsWith(QLatin1String("Add event here"))) {
                    said = action->text();
                    action->trigger();
                }
            }
            menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, f.widget.mapToGlobal(at));
        QApplication::sendEvent(&f.widget, &event);
        return said;
    };
    const auto centreDay = [&f] {
        return f.widget.viewport().dateForX(f.plotCentre().x() - f.widget.scene().plot.left());
    };

    // Zoomed out to decades the axis labels years: the date is a year.
    for (int i = 0; i < 80; ++i)
        f.widget.zoomOut();
    QDate day = centreDay();
    CHECK(addHere() == QStringLiteral("Add event here (%1)…").arg(day.year()));
    REQUIRE(requested.count() == 1);
    CHECK(requested.at(0).at(0).toString() == QStringLiteral("Stability AI"));
    CHECK(requested.at(0).at(1).value<PartialDate>() ==
          PartialDate::fromDate(day, PartialDate::Precision::Year));

    // A year across the view labels months: the date is a month.
    f.widget.setViewport(
        Viewport(double(QDate(2023, 1, 1).toJulianDay()), 365, f.widget.viewport().width()));
    day = centreDay();
    addHere();
    REQUIRE(requested.count() == 2);
    CHECK(requested.at(1).at(1).value<PartialDate>() ==
          PartialDate::fromDate(day, PartialDate::Precision::Month));

    // Zoomed right in the axis labels days: the date is a day.
    for (int i = 0; i < 60; ++i)
        f.widget.zoomIn();
    day = centreDay();
    addHere();
    REQUIRE(requested.count() == 3);
    CHECK(requested.at(2).at(0).toString() == QStringLiteral("Stability AI"));
    CHECK(requested.at(2).at(1).value<PartialDate>() ==
          PartialDate::fromDate(day, PartialDate::Precision::Day));
}
