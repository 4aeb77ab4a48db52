#include "benchmarkrun.h"

#include "benchmarkoutput.h"
#include "export/chartbuilder.h"
#include "figureline.h"
#include "navigationscript.h"
#include "query/timelinesource.h"
#include "store/database.h"
#include "store/eventstatistics.h"
#include "timeline/timelinelayout.h"
#include "timelinescreen.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QImageWriter>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <vector>

namespace {
double ms(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

__attribute__((format(printf, 1, 2))) void report(const char *format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    std::vfprintf(stderr, format, arguments);
    va_end(arguments);
    std::fflush(stderr);
}
const char *nameOf(NavigationStep::Kind kind)
{
    switch (kind) {
    case NavigationStep::Kind::ZoomIn:
        return "zoom in";
    case NavigationStep::Kind::ZoomOut:
        return "zoom out";
    case NavigationStep::Kind::Pan:
        return "pan";
    case NavigationStep::Kind::ScrollLanes:
        return "scroll";
    case NavigationStep::Kind::FitAll:
        return "fit all";
    }
    return "?";
}

// The frames above the 95th percentile, slowest first, with what the user did and where the
// time went: the figure to explain when frame_p95_ms misses.
void reportSlowest(int events, const std::vector<NavigationStep> &steps,
                   const std::vector<FrameTime> &times)
{
    std::vector<std::size_t> order(times.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return times[a].total() > times[b].total(); });
    order.resize(std::min<std::size_t>(5, order.size()));
    QByteArray list;
    for (const std::size_t i : order) {
        list += QByteArray(list.isEmpty() ? "" : "; ") +
                QStringLiteral("step %1 (%2) %3 ms = %4 + %5 + %6")
                    .arg(i)
                    .arg(QLatin1String(nameOf(steps[i].kind)))
                    .arg(ms(times[i].total()), 0, 'f', 1)
                    .arg(ms(times[i].lanes), 0, 'f', 1)
                    .arg(ms(times[i].layout), 0, 'f', 1)
                    .arg(ms(times[i].paint), 0, 'f', 1)
                    .toUtf8();
    }
    report("tenure-bench: %d events: slowest frames (lanesFilling + layout + paint): %s\n", events,
           list.constData());
}
} // namespace

QString FrameFigures::line() const
{
    return QStringLiteral("events=%1 open_first_frame_ms=%2 frame_median_ms=%3 frame_p95_ms=%4 "
                          "peak_rss_mb=%5")
        .arg(events)
        .arg(openFirstFrameMs, 0, 'f', 1)
        .arg(frameMedianMs, 0, 'f', 1)
        .arg(frameP95Ms, 0, 'f', 1)
        .arg(peakRssMb);
}

Result<FrameFigures> FrameFigures::fromLine(const QString &line)
{
    FigureLine figures(line);
    FrameFigures read;
    read.events = int(figures.number("events"));
    read.openFirstFrameMs = figures.number("open_first_frame_ms");
    read.frameMedianMs = figures.number("frame_median_ms");
    read.frameP95Ms = figures.number("frame_p95_ms");
    read.peakRssMb = qint64(figures.number("peak_rss_mb"));
    if (!figures.ok())
        return figures.error("frame");
    return read;
}

qint64 BenchmarkRun::peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmHWM:")) {
            const qint64 kib = line.mid(6).trimmed().split(' ').value(0).toLongLong();
            return (kib + 512) / 1024;
        }
    }
    return -1;
}

void BenchmarkRun::warmUpFonts()
{
    const ChartStyle style;
    QImage image(64, 64, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    for (int role = int(TextRole::AxisMajor); role <= int(TextRole::Notice); ++role) {
        const QFont font = style.font(TextRole(role));
        painter.setFont(font);
        painter.drawText(QPointF(2, 30), QStringLiteral("Warm 2024 $1.5B"));
        (void)QFontMetricsF(font).horizontalAdvance(QStringLiteral("Warm 2024 $1.5B"));
    }
}

Result<FrameFigures> BenchmarkRun::measureFrames(const QString &path, int events)
{
    warmUpFonts();
    TimelineScreen screen; // its image is not timed

    // Open plus first frame: what the user waits for after choosing a file.
    const qint64 cpuStart = BenchmarkOutput::threadCpuNs();
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    const qint64 openNs = timer.nsecsElapsed();
    Database &db = **opened;
    auto extent = EventStatistics(db).extent();
    if (!extent)
        return extent.error();
    const qint64 extentNs = timer.nsecsElapsed() - openNs;
    TimelineSource source(db);
    if (auto status = source.setFilter({}); !status)
        return status.error();
    const qint64 filterNs = timer.nsecsElapsed() - openNs - extentNs;

    TimelineView &view = screen.view;
    const QRectF &plot = screen.plot();
    view.viewport = screen.fitting(*extent);
    FrameStats stats;
    auto first = screen.draw(source, &stats);
    if (!first)
        return first.error();
    FrameFigures figures;
    figures.events = events;
    figures.openFirstFrameMs = ms(timer.nsecsElapsed());
    const double openCpuMs = ms(BenchmarkOutput::threadCpuNs() - cpuStart);
    report("tenure-bench: %d events: open %.1f ms, extent %.1f ms, setFilter %.1f ms (%d lanes), "
           "lanesFilling %.1f ms (%zu lanes), layout %.1f ms (%zu rects, %zu lines, %zu markers, "
           "%zu texts), paint %.1f ms\n",
           events, ms(openNs), ms(extentNs), ms(filterNs), source.laneCount(), ms(first->lanes),
           stats.lanes, ms(first->layout), stats.rects, stats.lines, stats.markers, stats.texts,
           ms(first->paint));

    // The navigation: each step changes the view, and the frame is drawn again.
    std::vector<double> totals, lanes, layouts, paints, cpu;
    std::vector<FrameTime> times;
    const std::vector<NavigationStep> steps = NavigationScript::steps();
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const NavigationStep &step = steps[i];
        switch (step.kind) {
        case NavigationStep::Kind::ZoomIn:
            view.viewport = view.viewport.zoomedAround(step.x * plot.width(), step.factor);
            break;
        case NavigationStep::Kind::ZoomOut:
            view.viewport = view.viewport.zoomedAround(step.x * plot.width(), 1 / step.factor);
            break;
        case NavigationStep::Kind::Pan:
            view.viewport = view.viewport.panned(step.dx);
            break;
        case NavigationStep::Kind::ScrollLanes:
            view.firstLane = std::min(view.firstLane + step.lanes, source.laneCount() - 1);
            view.laneOffset = 0;
            break;
        case NavigationStep::Kind::FitAll:
            view.viewport = screen.fitting(*extent);
            break;
        }
        auto time = screen.draw(source);
        if (!time)
            return time.error();
        // Between inputs the viewer reads the lanes around the view (TimelineWidget's idle
        // prefetch); the benchmark gives it the same pause, outside the frame's time.
        if (auto status =
                source.prefetchAround(view.firstLane, plot.height(), view.collapsedCompanies);
            !status)
            return status.error();
        totals.push_back(ms(time->total()));
        lanes.push_back(ms(time->lanes));
        layouts.push_back(ms(time->layout));
        paints.push_back(ms(time->paint));
        cpu.push_back(ms(time->cpu));
        times.push_back(*time);
    }
    figures.frameMedianMs = BenchmarkOutput::median(totals);
    figures.frameP95Ms = BenchmarkOutput::percentile(totals, 95);
    report("tenure-bench: %d events: frame medians: lanesFilling %.1f ms, layout %.1f ms, paint "
           "%.1f ms; p95: %.1f / %.1f / %.1f ms\n",
           events, BenchmarkOutput::median(lanes), BenchmarkOutput::median(layouts),
           BenchmarkOutput::median(paints), BenchmarkOutput::percentile(lanes, 95),
           BenchmarkOutput::percentile(layouts, 95), BenchmarkOutput::percentile(paints, 95));
    reportSlowest(events, steps, times);
    report("tenure-bench: %d events: CPU time: open and first frame %.1f ms, frame median %.1f "
           "ms, p95 %.1f ms\n",
           events, openCpuMs, BenchmarkOutput::median(cpu), BenchmarkOutput::percentile(cpu, 95));
    figures.peakRssMb = peakRssMb();
    return figures;
}

Result<double> BenchmarkRun::measureExport(const QString &path, int events)
{
    warmUpFonts();
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    Database &db = **opened;
    ChartRequest request;
    request.kind = ChartRequest::Kind::Timeline;
    request.size = QSizeF(exportSize);
    request.today = TimelineScreen::today();
    const QString file =
        QDir::tempPath() +
        QStringLiteral("/tenure-bench/export-%1.png").arg(QCoreApplication::applicationPid());

    QElapsedTimer timer;
    timer.start();
    const Status written = ChartBuilder::write(db, request, file);
    const qint64 writeNs = timer.nsecsElapsed();
    const qint64 bytes = QFileInfo(file).size();
    QFile::remove(file);
    if (!written)
        return written.error();

    // Where the time went, each stage once more as ChartBuilder::write does it: the lanes that
    // fit the plot read from the store, the span of dates, the whole scene (those reads again,
    // plus layout), painting it, and encoding the PNG the way ChartExporter::write does.
    timer.restart();
    TimelineSource source(db);
    if (auto status = source.setFilter(request.filter); !status)
        return status.error();
    const qint64 filterNs = timer.nsecsElapsed();
    timer.restart();
    const QRectF roomiest = TimelineLayout::plotRect(request.size, request.decorations);
    auto lanes = source.lanesFilling(0, roomiest.height(), request.collapsedCompanies);
    if (!lanes)
        return lanes.error();
    const std::size_t laneCount = lanes->size();
    const qint64 lanesNs = timer.nsecsElapsed();
    timer.restart();
    auto extent = source.extent(request.today);
    if (!extent)
        return extent.error();
    const qint64 extentNs = timer.nsecsElapsed();
    timer.restart();
    auto scene = ChartBuilder::scene(db, request);
    if (!scene)
        return scene.error();
    const qint64 sceneNs = timer.nsecsElapsed();
    timer.restart();
    QImage image = ChartExporter::toImage(request.size, request.scale, request.transparent,
                                          ChartBuilder::drawing(*scene, request));
    const qint64 paintNs = timer.nsecsElapsed();
    timer.restart();
    // Opaque: RGB at quality 80 (zlib level 1), as ChartExporter::write encodes it.
    image = image.convertToFormat(QImage::Format_RGB32);
    QImageWriter writer(file, "png");
    writer.setQuality(80);
    const bool saved = writer.write(image);
    const qint64 encodeNs = timer.nsecsElapsed();
    QFile::remove(file);
    if (!saved)
        return Error{Error::Kind::Io, QStringLiteral("%1 could not be written").arg(file)};
    report("tenure-bench: export of %d events: write %.1f ms (%lld bytes); again by stage: "
           "setFilter %.1f ms, lanesFilling %.1f ms (%zu lanes), extent %.1f ms, scene "
           "(setFilter + lanesFilling + extent + layout) %.1f ms (%zu rects, %zu lines, %zu "
           "markers, %zu texts), paint %.1f ms, PNG encoding %.1f ms; peak memory %lld MiB\n",
           events, ms(writeNs), static_cast<long long>(bytes), ms(filterNs), ms(lanesNs), laneCount,
           ms(extentNs), ms(sceneNs), scene->rects.size(), scene->lines.size(),
           scene->markers.size(), scene->texts.size(), ms(paintNs), ms(encodeNs),
           static_cast<long long>(peakRssMb()));
    return ms(writeNs);
}
