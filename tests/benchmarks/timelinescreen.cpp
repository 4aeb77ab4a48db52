#include "timelinescreen.h"

#include "benchmarkoutput.h"
#include "query/timelinesource.h"
#include "render/scenerenderer.h"

#include <QElapsedTimer>
#include <QPainter>

TimelineScreen::TimelineScreen() : m_image(size, QImage::Format_ARGB32_Premultiplied)
{
    view.size = QSizeF(size);
    view.today = today();
    m_plot = TimelineLayout::plotRect(view.size, view.decorations);
}

Viewport TimelineScreen::fitting(const std::pair<QDate, QDate> &extent) const
{
    return Viewport::fitting(extent.first, extent.second, m_plot.width());
}

Result<FrameTime> TimelineScreen::draw(TimelineSource &source, FrameStats *stats)
{
    FrameTime time;
    const qint64 cpuStart = BenchmarkOutput::threadCpuNs();
    QElapsedTimer timer;
    timer.start();
    auto lanes = source.lanesFilling(view.firstLane, m_plot.height(), view.collapsedCompanies);
    if (!lanes)
        return lanes.error();
    time.lanes = timer.nsecsElapsed();
    const Scene scene = TimelineLayout::layout(*lanes, view);
    time.layout = timer.nsecsElapsed() - time.lanes;
    {
        QPainter painter(&m_image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        SceneRenderer::paint(painter, scene, m_theme);
    }
    time.paint = timer.nsecsElapsed() - time.lanes - time.layout;
    time.cpu = BenchmarkOutput::threadCpuNs() - cpuStart;
    if (stats) {
        *stats = {lanes->size(), scene.rects.size(), scene.lines.size(), scene.markers.size(),
                  scene.texts.size()};
    }
    return time;
}
