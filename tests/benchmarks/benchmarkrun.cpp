#include "benchmarkrun.h"

#include "benchmarkoutput.h"
#include "export/chartbuilder.h"
#include "navigationscript.h"
#include "query/eventstatistics.h"
#include "query/timelinesource.h"
#include "render/scenerenderer.h"
#include "store/database.h"
#include "timeline/timelinelayout.h"

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
#include <ctime>
#include <vector>

namespace {
// CPU time of this thread: on a busy machine it says what the code costs, where wall time
// also counts the waits for a core.
qint64 cpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

double ms(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

// Nearest rank: the smallest value with at least `percent` of all at or below it.
double percentile(std::vector<double> values, double percent)
{
    std::sort(values.begin(), values.end());
    const auto rank = std::size_t(std::max(1.0, std::ceil(percent / 100 * double(values.size()))));
    return values[rank - 1];
}

// The three stages of a frame, in nanoseconds.
struct FrameTime
{
    qint64 lanes = 0;  // TimelineSource::lanesFilling: queries for lanes not loaded yet
    qint64 layout = 0; // TimelineLayout::layout
    qint64 paint = 0;  // SceneRenderer::paint into the image
    qint64 cpu = 0;    // CPU time of all three
    qint64 total() const { return lanes + layout + paint; }
};

struct FrameStats
{
    std::size_t lanes = 0;
    std::size_t rects = 0, lines = 0, markers = 0, texts = 0;
};

// One frame as the viewer draws it after the view changed.
Result<FrameTime> drawFrame(TimelineSource &source, const TimelineView &view, double laneHeight,
                            QImage &image, const Theme &theme, FrameStats *stats = nullptr)
{
    FrameTime time;
    const qint64 cpuStart = cpuNs();
    QElapsedTimer timer;
    timer.start();
    auto lanes = source.lanesFilling(view.firstLane, laneHeight, view.collapsedCompanies);
    if (!lanes)
        return lanes.error();
    time.lanes = timer.nsecsElapsed();
    const Scene scene = TimelineLayout::layout(*lanes, view);
    time.layout = timer.nsecsElapsed() - time.lanes;
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        SceneRenderer::paint(painter, scene, theme);
    }
    time.paint = timer.nsecsElapsed() - time.lanes - time.layout;
    time.cpu = cpuNs() - cpuStart;
    if (stats) {
        *stats = {lanes->size(), scene.rects.size(), scene.lines.size(), scene.markers.size(),
                  scene.texts.size()};
    }
    return time;
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
    const Theme theme = Theme::light();
    // The widget's backing store exists before a file is opened: the image is not timed.
    QImage image(screen, QImage::Format_ARGB32_Premultiplied);

    // Open plus first frame: what the user waits for after choosing a file.
    const qint64 cpuStart = cpuNs();
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

    TimelineView view;
    view.size = QSizeF(screen);
    view.today = today();
    const QRectF plot = TimelineLayout::plotRect(view.size, view.decorations);
    const auto fitAll = [&]() {
        return Viewport::fitting(extent->first, extent->second, plot.width());
    };
    view.viewport = fitAll();
    FrameStats stats;
    auto first = drawFrame(source, view, plot.height(), image, theme, &stats);
    if (!first)
        return first.error();
    FrameFigures figures;
    figures.events = events;
    figures.openFirstFrameMs = ms(timer.nsecsElapsed());
    const double openCpuMs = ms(cpuNs() - cpuStart);
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
            view.viewport = fitAll();
            break;
        }
        auto time = drawFrame(source, view, plot.height(), image, theme);
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
    figures.frameP95Ms = percentile(totals, 95);
    report("tenure-bench: %d events: frame medians: lanesFilling %.1f ms, layout %.1f ms, paint "
           "%.1f ms; p95: %.1f / %.1f / %.1f ms\n",
           events, BenchmarkOutput::median(lanes), BenchmarkOutput::median(layouts),
           BenchmarkOutput::median(paints), percentile(lanes, 95), percentile(layouts, 95),
           percentile(paints, 95));
    reportSlowest(events, steps, times);
    report("tenure-bench: %d events: CPU time: open and first frame %.1f ms, frame median %.1f "
           "ms, p95 %.1f ms\n",
           events, openCpuMs, BenchmarkOutput::median(cpu), percentile(cpu, 95));
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
    request.today = today();
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
