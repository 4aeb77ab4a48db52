#pragma once

#include "model/result.h"
#include "store/eventquery.h"

#include <QString>

#include <optional>

// What one size of database costs the user beyond looking around it (issue #12), in
// milliseconds, and what it takes on disk and in memory.
struct InteractionFigures
{
    int events = 0;
    double filteredFitMs = 0;
    double editToFrameMs = 0;
    double searchMs = 0;
    double fundingExportMs = 0;
    double filteredExportMs = 0;
    std::optional<double> coldOpenFirstFrameMs; // none where the page cache cannot be dropped
    std::optional<double> coldFrameP95Ms;
    double bytesPerEvent = 0;
    qint64 peakRssMb = 0; // of the process that measured the warm figures

    // The line tenure-bench prints; the parent reads the child's back with fromLine.
    QString line() const;
    static Result<InteractionFigures> fromLine(const QString &line);
};

// Times what a user does to a timeline besides zooming, panning and scrolling, the way the
// viewer does the work (TimelineSource → TimelineLayout → SceneRenderer into a 1920×1080 image,
// ChartBuilder for a file), each the median of `runs`:
// - filtered fit: one event type unticked (oneTypeUnticked), then "fit all": setFilter, extent
//   and the first frame (MainWindow::applyFilter, TimelineWidget::fitAll);
// - edit to frame: an event added through EditHistory, as the event editor does, then what the
//   viewer does after a change: TimelineSource::reload of the companies touched and the next
//   frame. On a copy of the cached database, deleted afterwards;
// - search: a full-text search for "ceo" as the filter, its extent and first frame;
// - funding and filtered exports: ChartBuilder::write of the funding chart and of the timeline
//   with one type unticked, 1920×1080 PNGs;
// - cold open (ColdStart): open and first frame, and the navigation's p95, page cache dropped.
class InteractionBenchmark
{
public:
    static constexpr int runs = 5;

    // Every event type but one ("other"), as the filter panel asks with that box unticked.
    static EventQuery oneTypeUnticked();

    // The warm figures in a child process, then the cold ones in another; the whole line.
    static Result<QString> run(int events);
    // Internal (the warm child): measures the database at `path` in this process; leaves the
    // cold figures out.
    static Result<InteractionFigures> measure(const QString &path, int events);
};
