#include "guibenchmark.h"

#include "benchmarkoutput.h"
#include "benchmarkrun.h"
#include "databasesession.h"
#include "mainwindow.h"
#include "measurementprocess.h"
#include "navigationscript.h"
#include "timelinewidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {
using Out = BenchmarkOutput;

// Counts the timeline's paint events, so a step can wait until its repaint is done.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_count;
        return QObject::eventFilter(watched, event);
    }

private:
    int m_count = 0;
};

// Runs the event loop until the timeline has painted again (the paint is over when the loop
// returns from delivering it); false after five seconds without a paint.
bool waitForPaint(const PaintCounter &paints, int before)
{
    // Sleeps until events come (a busy loop would take a core from the window's workers); the
    // timer wakes it to give up.
    QTimer giveUp;
    giveUp.setSingleShot(true);
    giveUp.start(5000);
    while (paints.count() == before && giveUp.isActive())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return paints.count() != before;
}

void wheel(QWidget *widget, QPoint at, int angle, Qt::KeyboardModifiers modifiers = {})
{
    QWheelEvent event(QPointF(at), QPointF(widget->mapToGlobal(at)), QPoint(), QPoint(0, angle),
                      Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

// One step of the script as the user does it: the wheel zooms (1.25× a notch) and with Shift
// scrolls lanes, a drag pans, Home fits everything.
void perform(TimelineWidget *timeline, const NavigationStep &step)
{
    const QRect area = timeline->rect();
    const QPoint middle = area.center();
    switch (step.kind) {
    case NavigationStep::Kind::ZoomIn:
    case NavigationStep::Kind::ZoomOut: {
        const int notches = std::max(1, int(std::lround(std::log(step.factor) / std::log(1.25))));
        const QPoint at(int(area.width() * (0.15 + 0.7 * step.x)), middle.y());
        wheel(timeline, at, (step.kind == NavigationStep::Kind::ZoomIn ? 120 : -120) * notches);
        break;
    }
    case NavigationStep::Kind::Pan: {
        const int dx = std::clamp(int(step.dx), -area.width() / 3, area.width() / 3);
        const QPoint from(middle.x() - dx / 2, middle.y());
        QTest::mousePress(timeline, Qt::LeftButton, {}, from);
        QTest::mouseMove(timeline, from + QPoint(dx / 2, 0));
        QTest::mouseMove(timeline, from + QPoint(dx, 0));
        QTest::mouseRelease(timeline, Qt::LeftButton, {}, from + QPoint(dx, 0));
        break;
    }
    case NavigationStep::Kind::ScrollLanes:
        wheel(timeline, middle, -120 * step.lanes, Qt::ShiftModifier);
        break;
    case NavigationStep::Kind::FitAll:
        QTest::keyClick(timeline, Qt::Key_Home);
        break;
    }
}

} // namespace

QString GuiFigures::line() const
{
    return QStringLiteral("gui_events=%1 open_first_paint_ms=%2 frame_p95_ms=%3 cpu_per_step_ms=%4 "
                          "peak_rss_mb=%5")
        .arg(events)
        .arg(openFirstPaintMs, 0, 'f', 1)
        .arg(frameP95Ms, 0, 'f', 1)
        .arg(cpuPerStepMs, 0, 'f', 1)
        .arg(peakRssMb);
}

Result<QString> GuiBenchmark::run(int events)
{
    return MeasurementProcess::run({QStringLiteral("--measure-gui"), QString::number(events)});
}

Result<GuiFigures> GuiBenchmark::measure(const QString &path, int events)
{
    // Settings of their own: no remembered view or file of the user's.
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    BenchmarkRun::warmUpFonts();

    // The window is up before a file is chosen, as when the user picks one from File > Open.
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return Error{Error::Kind::Io, QStringLiteral("the window was never shown")};
    TimelineWidget *timeline = window.timeline();
    const PaintCounter paints(timeline);
    QCoreApplication::processEvents();

    GuiFigures figures;
    figures.events = events;
    QElapsedTimer timer;
    timer.start();
    const int beforeOpen = paints.count();
    if (!window.openDatabase(path))
        return Error{Error::Kind::Io, QStringLiteral("the window did not open %1").arg(path)};
    const double openedMs = Out::ms(timer.nsecsElapsed());
    if (!waitForPaint(paints, beforeOpen))
        return Error{Error::Kind::Io, QStringLiteral("the timeline was never painted")};
    figures.openFirstPaintMs = Out::ms(timer.nsecsElapsed());

    // The whole data check runs once after opening, on a worker: let it end before the steps,
    // whose CPU it would otherwise swell (it is reported on its own).
    timer.restart();
    const qint64 checkCpuStart = Out::processCpuNs();
    while (window.session()->isCheckRunning())
        QTest::qWait(20);
    QTest::qWait(300); // its result, and the table, reach the panels
    Out::report("%d events: the window: open to first paint %.1f ms (the file opened and the "
                "panels filled %.1f ms, then the event loop to the paint); then the whole data "
                "check %.1f ms (CPU of all threads %.1f ms); peak memory so far %lld MiB\n",
                events, figures.openFirstPaintMs, openedMs, Out::ms(timer.nsecsElapsed()),
                Out::ms(Out::processCpuNs() - checkCpuStart),
                static_cast<long long>(BenchmarkRun::peakRssMb()));

    // The steps at a brisk pace (a wheel notch or a drag every 50 ms), then a pause in which the
    // panels catch up; the CPU is the whole process's over all of it.
    const std::vector<NavigationStep> steps = NavigationScript::steps();
    std::vector<double> frames;
    const qint64 cpuStart = Out::processCpuNs();
    for (const NavigationStep &step : steps) {
        const int before = paints.count();
        timer.restart();
        perform(timeline, step);
        if (!waitForPaint(paints, before))
            continue; // a step that changed nothing (the last lane, a zoom at its limit)
        frames.push_back(Out::ms(timer.nsecsElapsed()));
        QTest::qWait(std::max(0, 50 - int(timer.elapsed())));
    }
    QTest::qWait(600);
    figures.cpuPerStepMs = Out::ms(Out::processCpuNs() - cpuStart) / double(steps.size());
    if (frames.empty())
        return Error{Error::Kind::Io, QStringLiteral("no step repainted the timeline")};
    figures.frameP50Ms = Out::percentile(frames, 50);
    figures.frameP95Ms = Out::percentile(frames, 95);
    Out::report("%d events: the window: %zu of %zu steps repainted; input to repaint p50 %.1f ms, "
                "p95 %.1f ms, slowest %.1f ms; CPU a step %.1f ms (all threads, with the panels "
                "catching up after the last)\n",
                events, frames.size(), steps.size(), figures.frameP50Ms, figures.frameP95Ms,
                *std::max_element(frames.begin(), frames.end()), figures.cpuPerStepMs);

    // Every lane paged through, a screenful at a time, as a user looking for a company would.
    timer.restart();
    QTest::keyClick(timeline, Qt::Key_Home);
    int pages = 0;
    for (int last = -1; timeline->firstLane() != last; ++pages) {
        last = timeline->firstLane();
        QTest::keyClick(timeline, Qt::Key_PageDown);
        QCoreApplication::processEvents();
    }
    QTest::qWait(600);
    figures.peakRssMb = BenchmarkRun::peakRssMb();
    Out::report("%d events: the window: paged through %d screens of lanes in %.1f s; peak memory "
                "%lld MiB\n",
                events, pages, double(timer.elapsed()) / 1000,
                static_cast<long long>(figures.peakRssMb));
    return figures;
}
