#pragma once

#include "model/result.h"
#include "render/theme.h"
#include "timeline/timelinelayout.h"

#include <QDate>
#include <QImage>
#include <QRectF>

#include <cstddef>
#include <utility>

class TimelineSource;

// The three stages of a frame, in nanoseconds.
struct FrameTime
{
    qint64 lanes = 0;  // TimelineSource::lanesFilling: queries for lanes not loaded yet
    qint64 layout = 0; // TimelineLayout::layout
    qint64 paint = 0;  // SceneRenderer::paint into the image
    qint64 cpu = 0;    // CPU time of all three
    qint64 total() const { return lanes + layout + paint; }
};

// What a frame showed, for the breakdown: how much a slow frame had to draw.
struct FrameStats
{
    std::size_t lanes = 0;
    std::size_t rects = 0, lines = 0, markers = 0, texts = 0;
};

// The viewer's timeline widget as the benchmarks drive it: a 1920×1080 backing image in the
// light theme, the view on it, and a frame drawn the way the widget draws one after the view or
// the data changed: the lanes that fill the plot read, laid out, painted.
class TimelineScreen
{
public:
    static constexpr QSize size{1920, 1080};
    // Open tenures run to this day, so figures do not drift with the calendar.
    static QDate today() { return QDate(2025, 12, 31); }

    // The image is made here: the widget's backing store exists before a file is opened.
    TimelineScreen();

    TimelineView view;
    const QRectF &plot() const { return m_plot; }
    // "Fit all"'s viewport: the span shown whole across the plot.
    Viewport fitting(const std::pair<QDate, QDate> &extent) const;

    Result<FrameTime> draw(TimelineSource &source, FrameStats *stats = nullptr);

private:
    Theme m_theme = Theme::light();
    QRectF m_plot;
    QImage m_image;
};
