#include "chartpreview.h"

#include "export/chartbuilder.h"

#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <cmath>

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

ChartPreview::ChartPreview(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ChartPreview::render);
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

QRectF ChartPreview::chartArea(QSizeF chartSize) const
{
    const QRectF room =
        QRectF(rect()).adjusted(frameMargin, frameMargin, -frameMargin, -frameMargin);
    if (chartSize.isEmpty() || room.isEmpty())
        return {};
    if (m_actualSize)
        return QRectF(room.topLeft(), chartSize);
    const QSizeF fitted = chartSize.scaled(room.size(), Qt::KeepAspectRatio);
    QRectF area(QPointF(0, 0), fitted);
    area.moveCenter(room.center());
    return area;
}

void ChartPreview::render()
{
    auto chart = ChartBuilder::build(m_db, m_request);
    if (!chart) {
        m_image = QImage();
        m_chartSize = QSizeF();
        m_problem = chart.error().message;
        update();
        emit rendered();
        return;
    }
    m_problem.clear();
    m_chartSize = chart->size;
    if (m_actualSize)
        setMinimumSize((m_chartSize + QSizeF(2 * frameMargin, 2 * frameMargin)).toSize());
    // Lay out at the true size (done above), paint at the size shown: a 4K chart stays quick.
    QSizeF shown = chartArea(m_chartSize).size();
    if (shown.isEmpty())
        shown = m_chartSize.scaled(QSizeF(sizeHint()), Qt::KeepAspectRatio);
    shown =
        QSizeF(std::max(1.0, std::floor(shown.width())), std::max(1.0, std::floor(shown.height())));
    m_image = ChartExporter::toImage(shown, devicePixelRatioF(), m_request.transparent,
                                     ChartBuilder::drawing(chart->scene, m_request));
    update();
    emit rendered();
}

void ChartPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_hasRequest)
        m_debounce.start();
}

void ChartPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Mid).lighter(130));
    if (!m_problem.isEmpty() || m_image.isNull()) {
        painter.setPen(palette().color(QPalette::WindowText));
        const QString text = m_problem.isEmpty() ? tr("Rendering the preview…")
                                                 : tr("No preview: %1").arg(m_problem);
        painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                         text);
        return;
    }
    // Until a resize is rendered anew, the last image is stretched to the new area.
    const QRectF area = chartArea(m_chartSize);
    if (m_request.transparent)
        painter.fillRect(area, checkerboard());
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(area, m_image);
    painter.setPen(palette().color(QPalette::Dark));
    painter.drawRect(area.adjusted(-0.5, -0.5, 0.5, 0.5));
}
