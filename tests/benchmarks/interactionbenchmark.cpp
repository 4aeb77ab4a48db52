#include "interactionbenchmark.h"

#include "benchmarkoutput.h"
#include "benchmarkrun.h"
#include "coldstart.h"
#include "edit/edithistory.h"
#include "export/chartbuilder.h"
#include "figureline.h"
#include "measurementprocess.h"
#include "query/timelinesource.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "syntheticdata.h"
#include "timelinescreen.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <algorithm>
#include <array>
#include <vector>

namespace {
using Out = BenchmarkOutput;

constexpr std::array databaseSuffixes{"", "-wal", "-shm", "-journal"};

// One interaction up to its frame, by stage, in nanoseconds: the change itself (setFilter, or
// the edit's write), what the viewer does before it draws (the extent "fit all" asks for, or the
// reload of the lanes an edit touched), then the frame.
struct Interaction
{
    qint64 change = 0;
    qint64 prepare = 0;
    FrameTime frame;
    FrameStats stats;
    int laneCount = 0; // lanes in all after the change
    qint64 total() const { return change + prepare + frame.total(); }
};

// Reports the runs' median with the stages of the median run; returns the median.
double reportRuns(int events, const char *what, const char *change, const char *prepare,
                  const std::vector<Interaction> &runs)
{
    std::vector<Interaction> sorted = runs;
    std::sort(sorted.begin(), sorted.end(),
              [](const Interaction &a, const Interaction &b) { return a.total() < b.total(); });
    const Interaction &middle = sorted[sorted.size() / 2];
    Out::report("%d events: %s: median %.1f ms of %zu (first %.1f ms, slowest %.1f ms) = %s %.1f "
                "ms (%d lanes) + %s %.1f ms + lanesFilling %.1f ms (%zu lanes) + layout %.1f ms "
                "(%zu rects, %zu lines, %zu markers, %zu texts) + paint %.1f ms\n",
                events, what, Out::ms(middle.total()), runs.size(), Out::ms(runs.front().total()),
                Out::ms(sorted.back().total()), change, Out::ms(middle.change), middle.laneCount,
                prepare, Out::ms(middle.prepare), Out::ms(middle.frame.lanes), middle.stats.lanes,
                Out::ms(middle.frame.layout), middle.stats.rects, middle.stats.lines,
                middle.stats.markers, middle.stats.texts, Out::ms(middle.frame.paint));
    return Out::ms(middle.total());
}

// Sets `filter` as the filter panel does, then "fit all" and its frame.
Result<Interaction> fitFiltered(TimelineSource &source, TimelineScreen &screen,
                                const EventQuery &filter)
{
    Interaction fit;
    QElapsedTimer timer;
    timer.start();
    if (auto status = source.setFilter(filter); !status)
        return status.error();
    fit.change = timer.nsecsElapsed();
    auto extent = source.extent(TimelineScreen::today());
    if (!extent)
        return extent.error();
    fit.prepare = timer.nsecsElapsed() - fit.change;
    screen.view.viewport = screen.fitting(*extent);
    screen.view.firstLane = 0;
    screen.view.laneOffset = 0;
    auto frame = screen.draw(source, &fit.stats);
    if (!frame)
        return frame.error();
    fit.frame = *frame;
    fit.laneCount = source.laneCount();
    return fit;
}

// Runs of fitFiltered, each after the filter was cleared and everything fitted again (not
// timed), as a user ticking the box again would.
Result<std::vector<Interaction>> fitRuns(TimelineSource &source, TimelineScreen &screen,
                                         const EventQuery &filter)
{
    std::vector<Interaction> runs;
    for (int i = 0; i < InteractionBenchmark::runs; ++i) {
        if (auto cleared = fitFiltered(source, screen, {}); !cleared)
            return cleared.error();
        auto fit = fitFiltered(source, screen, filter);
        if (!fit)
            return fit.error();
        runs.push_back(*fit);
    }
    return runs;
}

ChartRequest exportRequest(ChartRequest::Kind kind, const EventQuery &filter = {})
{
    ChartRequest request;
    request.kind = kind;
    request.size = QSizeF(TimelineScreen::size);
    request.today = TimelineScreen::today();
    request.filter = filter;
    return request;
}

// The median time of ChartBuilder::write to a PNG; a breakdown of one more on stderr: building
// the chart (queries and layout), then writing it (painting and PNG encoding).
Result<double> exportMs(Database &db, const ChartRequest &request, const char *what, int events)
{
    const QString file = QDir::tempPath() + QStringLiteral("/tenure-bench/export-%1-%2.png")
                                                .arg(QLatin1String(what))
                                                .arg(QCoreApplication::applicationPid());
    const auto removeFile = qScopeGuard([&file]() { QFile::remove(file); });
    std::vector<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < InteractionBenchmark::runs; ++i) {
        timer.start();
        if (auto written = ChartBuilder::write(db, request, file); !written)
            return written.error();
        times.push_back(Out::ms(timer.nsecsElapsed()));
    }
    const qint64 bytes = QFileInfo(file).size();
    timer.start();
    auto built = ChartBuilder::build(db, request);
    if (!built)
        return built.error();
    const qint64 buildNs = timer.nsecsElapsed();
    timer.start();
    if (auto written = ChartBuilder::write(*built, request, file); !written)
        return written.error();
    const qint64 writeNs = timer.nsecsElapsed();
    const Scene &scene = built->scene;
    Out::report("%d events: %s export (%dx%d PNG, %lld bytes): median %.1f ms of %zu (first %.1f "
                "ms); again by stage: ChartBuilder::build (queries, layout) %.1f ms (%zu rects, "
                "%zu lines, %zu markers, %zu texts), writing (painting, PNG encoding) %.1f ms\n",
                events, what, TimelineScreen::size.width(), TimelineScreen::size.height(),
                static_cast<long long>(bytes), Out::median(times), times.size(), times.front(),
                Out::ms(buildNs), scene.rects.size(), scene.lines.size(), scene.markers.size(),
                scene.texts.size(), Out::ms(writeNs));
    return Out::median(times);
}

// A new chief executive for `company`, the n-th of the runs: an edit that ends a tenure, so the
// company's tenures are derived again.
Event newChiefExecutive(const QString &company, int n)
{
    Event event;
    event.type = EventType::Appointment;
    event.company = company;
    event.date = PartialDate::ofDay(2025, 6, 1 + n);
    event.people = {QStringLiteral("Bench Successor %1").arg(n + 1)};
    event.role = QStringLiteral("CEO");
    event.description = QStringLiteral("%1 named CEO").arg(event.people.front());
    return event;
}

// Events added through the edit history to the largest company, whose lane is on screen, each
// followed by the viewer's reload of what the edit touched and the next frame.
Result<std::vector<Interaction>> editRuns(const QString &path, TimelineScreen &screen,
                                          QString *company)
{
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    Database &db = **opened;
    EventRepository events(db);
    EditHistory history(events);
    DataChange change;
    QObject::connect(&history, &EditHistory::dataChanged,
                     [&change](const DataChange &touched) { change = touched; });
    TimelineSource source(db);
    if (auto status = source.setFilter({}); !status)
        return status.error();
    auto extent = source.extent(TimelineScreen::today());
    if (!extent)
        return extent.error();
    auto bySize = SyntheticData::companiesBySize(events);
    if (!bySize)
        return bySize.error();
    *company = bySize->front().name;
    screen.view.viewport = screen.fitting(*extent);
    screen.view.firstLane = std::max(0, source.laneOf(*company));
    screen.view.laneOffset = 0;
    if (auto shown = screen.draw(source); !shown)
        return shown.error();

    std::vector<Interaction> runs;
    for (int i = 0; i < InteractionBenchmark::runs; ++i) {
        Interaction edit;
        QElapsedTimer timer;
        timer.start();
        if (auto id = history.addEvent(newChiefExecutive(*company, i)); !id)
            return id.error();
        edit.change = timer.nsecsElapsed();
        if (auto status = source.reload(change); !status)
            return status.error();
        edit.prepare = timer.nsecsElapsed() - edit.change;
        auto frame = screen.draw(source, &edit.stats);
        if (!frame)
            return frame.error();
        edit.frame = *frame;
        edit.laneCount = source.laneCount();
        runs.push_back(edit);
    }
    return runs;
}

// The database's bytes on disk: the file and its write-ahead log, if any.
qint64 bytesOnDisk(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return QFileInfo(path).size() + (wal.exists() ? wal.size() : 0);
}

// Copies the closed database at `from`, with its write-ahead log if it has one.
Status copyDatabase(const QString &from, const QString &to)
{
    for (const char *suffix : {"", "-wal"}) {
        const QString source = from + QLatin1String(suffix);
        if ((*suffix == '\0' || QFileInfo::exists(source)) &&
            !QFile::copy(source, to + QLatin1String(suffix)))
            return Error{
                Error::Kind::Io,
                QStringLiteral("cannot copy %1 to %2").arg(source, to + QLatin1String(suffix))};
    }
    return Done{};
}
} // namespace

QString InteractionFigures::line() const
{
    const auto orNone = [](const std::optional<double> &ms) {
        return ms ? QString::number(*ms, 'f', 1) : QStringLiteral("n/a");
    };
    return QStringLiteral("events=%1 filtered_fit_ms=%2 edit_to_frame_ms=%3 search_ms=%4 "
                          "funding_export_ms=%5 filtered_export_ms=%6 cold_open_first_frame_ms=%7 "
                          "cold_frame_p95_ms=%8 bytes_per_event=%9 peak_rss_mb=%10")
        .arg(events)
        .arg(filteredFitMs, 0, 'f', 1)
        .arg(editToFrameMs, 0, 'f', 1)
        .arg(searchMs, 0, 'f', 1)
        .arg(fundingExportMs, 0, 'f', 1)
        .arg(filteredExportMs, 0, 'f', 1)
        .arg(orNone(coldOpenFirstFrameMs), orNone(coldFrameP95Ms))
        .arg(bytesPerEvent, 0, 'f', 0)
        .arg(peakRssMb);
}

Result<InteractionFigures> InteractionFigures::fromLine(const QString &line)
{
    FigureLine figures(line);
    InteractionFigures read;
    read.events = int(figures.number("events"));
    read.filteredFitMs = figures.number("filtered_fit_ms");
    read.editToFrameMs = figures.number("edit_to_frame_ms");
    read.searchMs = figures.number("search_ms");
    read.fundingExportMs = figures.number("funding_export_ms");
    read.filteredExportMs = figures.number("filtered_export_ms");
    read.coldOpenFirstFrameMs = figures.numberOrNone("cold_open_first_frame_ms");
    read.coldFrameP95Ms = figures.numberOrNone("cold_frame_p95_ms");
    read.bytesPerEvent = figures.number("bytes_per_event");
    read.peakRssMb = qint64(figures.number("peak_rss_mb"));
    if (!figures.ok())
        return figures.error("interaction");
    return read;
}

EventQuery InteractionBenchmark::oneTypeUnticked()
{
    EventQuery filter;
    filter.types = {EventType::Appointment, EventType::Departure, EventType::Funding,
                    EventType::Acquisition};
    return filter;
}

Result<QString> InteractionBenchmark::run(int events)
{
    auto line =
        MeasurementProcess::run({QStringLiteral("--measure-interaction"), QString::number(events)});
    if (!line)
        return line.error();
    auto figures = InteractionFigures::fromLine(*line);
    if (!figures)
        return figures.error();
    // Last: dropping the cache makes whatever runs next start cold too.
    auto cold = ColdStart::measureFrames(events);
    if (!cold)
        return cold.error();
    if (*cold) {
        figures->coldOpenFirstFrameMs = (*cold)->openFirstFrameMs;
        figures->coldFrameP95Ms = (*cold)->frameP95Ms;
    }
    return figures->line();
}

Result<InteractionFigures> InteractionBenchmark::measure(const QString &path, int events)
{
    InteractionFigures figures;
    figures.events = events;
    const qint64 bytes = bytesOnDisk(path);
    figures.bytesPerEvent = double(bytes) / events;

    // The edits go to a copy, made while the cache is closed; the cache is never written.
    const QString copy =
        QDir::tempPath() +
        QStringLiteral("/tenure-bench/edited-%1.sqlite").arg(QCoreApplication::applicationPid());
    const auto removeCopy = qScopeGuard([&copy]() {
        for (const char *suffix : databaseSuffixes)
            QFile::remove(copy + QLatin1String(suffix));
    });
    if (auto copied = copyDatabase(path, copy); !copied)
        return copied.error();

    // The viewer with the file open and the whole timeline drawn once.
    BenchmarkRun::warmUpFonts();
    TimelineScreen screen;
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    Database &db = **opened;
    TimelineSource source(db);

    auto filtered = fitRuns(source, screen, oneTypeUnticked());
    if (!filtered)
        return filtered.error();
    figures.filteredFitMs =
        reportRuns(events, "filtered fit (type other unticked)", "setFilter", "extent", *filtered);
    EventQuery search;
    search.text = QStringLiteral("ceo");
    auto searched = fitRuns(source, screen, search);
    if (!searched)
        return searched.error();
    figures.searchMs = reportRuns(events, "search \"ceo\"", "setFilter", "extent", *searched);

    auto funding = exportMs(db, exportRequest(ChartRequest::Kind::Funding), "funding", events);
    if (!funding)
        return funding.error();
    figures.fundingExportMs = *funding;
    auto filteredExport = exportMs(
        db, exportRequest(ChartRequest::Kind::Timeline, oneTypeUnticked()), "filtered", events);
    if (!filteredExport)
        return filteredExport.error();
    figures.filteredExportMs = *filteredExport;

    QString company;
    auto edits = editRuns(copy, screen, &company);
    if (!edits)
        return edits.error();
    figures.editToFrameMs =
        reportRuns(events, qPrintable(QStringLiteral("new CEO of %1 added").arg(company)),
                   "EditHistory::addEvent", "TimelineSource::reload", *edits);

    figures.peakRssMb = BenchmarkRun::peakRssMb();
    Out::report("%d events: the file %.1f MiB (with its write-ahead log), %.0f bytes an event; "
                "peak memory %lld MiB\n",
                events, double(bytes) / (1 << 20), figures.bytesPerEvent,
                static_cast<long long>(figures.peakRssMb));
    return figures;
}
