#include "previewrenderer.h"

#include "export/chartbuilder.h"
#include "store/database.h"

#include <algorithm>
#include <cmath>

PreviewRenderer::PreviewRenderer(QString databasePath) : m_databasePath(std::move(databasePath)) {}

PreviewRenderer::~PreviewRenderer() = default;

QSizeF PreviewRenderer::shownSize(QSizeF chartSize, QSizeF room, bool actualSize)
{
    if (chartSize.isEmpty() || room.isEmpty())
        return {};
    return actualSize ? chartSize : chartSize.scaled(room, Qt::KeepAspectRatio);
}

void PreviewRenderer::render(const PreviewJob &job)
{
    // Jobs queue up while one renders: those overtaken meanwhile are skipped.
    if (job.stop.stop_requested())
        return;
    PreviewResult result;
    result.number = job.number;
    result.transparent = job.request.transparent;
    if (!m_db) {
        auto opened = Database::open(m_databasePath, Database::OpenMode::ReadOnly);
        if (!opened) {
            result.problem = opened.error().message;
            emit rendered(result);
            return;
        }
        m_db = std::move(*opened);
    }
    auto chart = ChartBuilder::build(*m_db, job.request, job.stop);
    if (job.stop.stop_requested())
        return;
    if (!chart) {
        result.problem = chart.error().message;
        emit rendered(result);
        return;
    }
    result.chartSize = chart->size;
    // Laid out at the true size, painted at the size shown: a 4K chart stays quick.
    QSizeF shown = shownSize(chart->size, job.room, job.actualSize);
    if (shown.isEmpty())
        shown = shownSize(chart->size, job.fallback, false);
    shown =
        QSizeF(std::max(1.0, std::floor(shown.width())), std::max(1.0, std::floor(shown.height())));
    result.image = ChartExporter::toImage(shown, job.devicePixelRatio, job.request.transparent,
                                          ChartBuilder::drawing(chart->scene, job.request));
    if (job.stop.stop_requested())
        return;
    emit rendered(result);
}
