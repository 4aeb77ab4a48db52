#pragma once

#include "model/result.h"

#include <QSize>
#include <QString>

// What one size of database measures: the wait from opening a file to the first frame, the
// time of a frame while the user zooms, pans and scrolls, and the memory it all took.
struct FrameFigures
{
    int events = 0;
    double openFirstFrameMs = 0;
    double frameMedianMs = 0;
    double frameP95Ms = 0;
    qint64 peakRssMb = 0;

    // The one line tenure-bench prints for this size; a parent reads it back with fromLine.
    QString line() const;
    static Result<FrameFigures> fromLine(const QString &line);
};

// Runs the measurements on a database made by SyntheticData, the way the viewer does the work:
// TimelineSource → TimelineLayout → SceneRenderer into a 1920×1080 image, and ChartBuilder for an
// export. Figures go to stdout through the caller; a breakdown by stage goes to stderr.
class BenchmarkRun
{
public:
    static constexpr QSize exportSize{3840, 2160};

    // Open and first frame, then the NavigationScript's frames, then the peak memory.
    static Result<FrameFigures> measureFrames(const QString &path, int events);
    // Milliseconds ChartBuilder::write takes for a 4K PNG of the whole timeline.
    static Result<double> measureExport(const QString &path, int events);

    // The process's peak resident memory (VmHWM), in MiB.
    static qint64 peakRssMb();
    // Loads the fonts the charts use, as a running viewer already has before a file is opened.
    static void warmUpFonts();
};
