#include "chartpreview.h"

#include "previewrenderer.h"

#include <QPainter>
#include <QPixmap>

namespace {
// The grey checks image editors draw behind transparent pixels.
QBrush checkerboard()
{
    QPixmap tile(16, 16);
    tile.fill(QColor(0xf0, 0xf0, 0xf0));
    QPainter painter(&tile);
    painter.fillRect(0, 0, 8, 8, QColor(0xcc, 0xcc, 0xcc));
    painter.fillRect(8, 8, 8, 8, QColor(0xcc, 0xcc, 0xcc));
    return QBrush(tile);
}

constexpr int frameMargin = 8;
} // namespace

ChartPreview::ChartPreview(const QString &databasePath, QWidget *parent)
    : QWidget(parent), m_renderer(new PreviewRenderer(databasePath))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ChartPreview::render);
    m_busyNote.setSingleShot(true);
    m_busyNote.setInterval(busyNoteDelayMs);
    connect(&m_busyNote, &QTimer::timeout, this, [this] {
        m_showBusyNote = true;
        update();
    });

    m_thread.setObjectName(QStringLiteral("chart preview"));
    m_renderer->moveToThread(&m_thread);
    // Deleted on its thread, so its connection is closed where it was used.
    connect(&m_thread, &QThread::finished, m_renderer, &QObject::deleteLater);
    connect(m_renderer, &PreviewRenderer::rendered, this, &ChartPreview::showResult);
    m_thread.start();
}

ChartPreview::~ChartPreview()
{
    // The job under way ends at its next check; the jobs queued behind it are skipped.
    m_stop.request_stop();
    m_thread.quit();
    m_thread.wait();
}

QSize ChartPreview::sizeHint() const
{
    return {560, 360};
}

QSize ChartPreview::minimumSizeHint() const
{
    return {320, 200};
}

void ChartPreview::setRequest(const ChartRequest &request)
{
    m_request = request;
    m_hasRequest = true;
    // The rendering under way, if any, is of an older request: stopped, and never shown.
    m_stop.request_stop();
    m_lastJob = 0;
    m_rendering = true;
    m_debounce.start();
}

void ChartPreview::setActualSize(bool actual)
{
    if (actual == m_actualSize)
        return;
    m_actualSize = actual;
    setMinimumSize(actual && !m_chartSize.isEmpty()
                       ? (m_chartSize + QSizeF(2 * frameMargin, 2 * frameMargin)).toSize()
                       : QSize());
    if (m_hasRequest)
        render(); // at once: the user asked to see it
}

QRectF ChartPreview::room() const
{
    return QRectF(rect()).adjusted(frameMargin, frameMargin, -frameMargin, -frameMargin);
}

QRectF ChartPreview::chartArea(QSizeF chartSize) const
{
    const QRectF area = room();
    const QSizeF shown = PreviewRenderer::shownSize(chartSize, area.size(), m_actualSize);
    if (shown.isEmpty())
        return {};
    QRectF placed(area.topLeft(), shown);
    if (!m_actualSize)
        placed.moveCenter(area.center());
    return placed;
}

void ChartPreview::render()
{
    m_debounce.stop();
    m_stop.request_stop();
    m_stop = std::stop_source();
    PreviewJob job;
    job.number = ++m_jobCount;
    job.request = m_request;
    job.room = room().size();
    job.fallback = QSizeF(sizeHint());
    job.actualSize = m_actualSize;
    job.devicePixelRatio = devicePixelRatioF();
    job.stop = m_stop.get_token();
    m_lastJob = job.number;
    m_rendering = true;
    if (!m_busyNote.isActive() && !m_showBusyNote)
        m_busyNote.start();
    QMetaObject::invokeMethod(m_renderer, [renderer = m_renderer, job] { renderer->render(job); });
}

void ChartPreview::showResult(const PreviewResult &result)
{
    // An answer to a request since changed is never shown, whenever it arrives.
    if (result.number != m_lastJob)
        return;
    m_rendering = false;
    m_busyNote.stop();
    m_showBusyNote = false;
    m_image = result.image;
    m_chartSize = result.chartSize;
    m_problem = result.problem;
    m_transparent = result.transparent;
    if (m_actualSize && !m_chartSize.isEmpty())
        setMinimumSize((m_chartSize + QSizeF(2 * frameMargin, 2 * frameMargin)).toSize());
    update();
    emit rendered();
}

void ChartPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The picture under way is still the request's, only fitted to the old size: kept.
    if (m_hasRequest) {
        m_rendering = true;
        m_debounce.start();
    }
}

void ChartPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Mid).lighter(130));
    painter.setPen(palette().color(QPalette::WindowText));
    const QString busy = tr("Rendering the preview…");
    if (!m_problem.isEmpty() || m_image.isNull()) {
        const QString text = m_problem.isEmpty() ? busy : tr("No preview: %1").arg(m_problem);
        painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                         text);
        return;
    }
    // Until a change is rendered anew, the last image is shown, stretched to a new area.
    const QRectF area = chartArea(m_chartSize);
    if (m_transparent)
        painter.fillRect(area, checkerboard());
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(area, m_image);
    painter.setPen(palette().color(QPalette::Dark));
    painter.drawRect(area.adjusted(-0.5, -0.5, 0.5, 0.5));
    if (m_rendering && m_showBusyNote) {
        // A small note in the corner, on a tag of its own so it reads on any chart.
        const QFontMetrics metrics = fontMetrics();
        QRect note = metrics.boundingRect(busy).adjusted(-6, -3, 6, 3);
        note.moveTopLeft(area.topLeft().toPoint() + QPoint(6, 6));
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::ToolTipBase));
        painter.drawRoundedRect(note, 4, 4);
        painter.setPen(palette().color(QPalette::ToolTipText));
        painter.drawText(note, Qt::AlignCenter, busy);
    }
}
