#include "overviewstrip.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {
constexpr int stripHeight = 48;
constexpr int labelGap = 12; // px kept free between year labels
} // namespace

OverviewStrip::OverviewStrip(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click to centre the timeline there; drag the band to move it."));
}

QSize OverviewStrip::sizeHint() const
{
    return {600, stripHeight};
}

QSize OverviewStrip::minimumSizeHint() const
{
    return {100, stripHeight};
}

void OverviewStrip::setDensity(QDate first, QDate last, std::vector<int> counts)
{
    m_first = first;
    m_last = last;
    m_counts = std::move(counts);
    update();
}

void OverviewStrip::setWindow(double firstJulianDay, double lastJulianDay)
{
    m_windowFirst = firstJulianDay;
    m_windowLast = lastJulianDay;
    update();
}

double OverviewStrip::xForDay(double julianDay) const
{
    if (!hasRange())
        return 0;
    // The range covers whole days: first's start to the end of last.
    const double start = double(m_first.toJulianDay());
    const double span = double(m_last.toJulianDay() + 1) - start;
    return (julianDay - start) / span * width();
}

double OverviewStrip::dayAtX(double x) const
{
    if (!hasRange() || width() <= 0)
        return 0;
    const double start = double(m_first.toJulianDay());
    const double span = double(m_last.toJulianDay() + 1) - start;
    return start + x / width() * span;
}

QRectF OverviewStrip::windowRect() const
{
    const double left = std::max(0.0, xForDay(m_windowFirst));
    const double right = std::min(double(width()), xForDay(m_windowLast));
    // Never thinner than a few pixels, so a deep zoom still shows where it is.
    const double centre = (left + right) / 2;
    const double w = std::max(right - left, 4.0);
    return QRectF(centre - w / 2, 0.5, w, height() - 1.0);
}

int OverviewStrip::labelBandHeight() const
{
    return fontMetrics().height() + 2;
}

void OverviewStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    if (!hasRange()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No events"));
        return;
    }

    // Histogram above the year labels, scaled to the busiest stretch.
    const int barsBottom = height() - labelBandHeight();
    const int barsHeight = barsBottom - 4;
    const int most = m_counts.empty() ? 0 : *std::max_element(m_counts.begin(), m_counts.end());
    if (most > 0 && barsHeight > 0) {
        QColor bar = pal.color(QPalette::Text);
        bar.setAlphaF(0.45f);
        const double bucketWidth = double(width()) / double(m_counts.size());
        for (std::size_t i = 0; i < m_counts.size(); ++i) {
            if (m_counts[i] <= 0)
                continue;
            // At least two pixels tall, so a lone event is visible next to a busy year.
            const double h = std::max(2.0, double(m_counts[i]) / most * barsHeight);
            painter.fillRect(
                QRectF(i * bucketWidth, barsBottom - h, std::max(1.0, bucketWidth - 1), h), bar);
        }
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(0, barsBottom, width(), barsBottom);
    paintYears(painter);

    if (m_windowLast > m_windowFirst) {
        QColor fill = pal.color(QPalette::Highlight);
        fill.setAlphaF(0.25f);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1));
        painter.setBrush(fill);
        painter.drawRect(windowRect());
    }
}

void OverviewStrip::paintYears(QPainter &painter)
{
    const QFontMetrics metrics = fontMetrics();
    const int widest = metrics.horizontalAdvance(QStringLiteral("0000")) + labelGap;
    const double yearWidth =
        xForDay(QDate(2001, 1, 1).toJulianDay()) - xForDay(QDate(2000, 1, 1).toJulianDay());
    // The smallest round step whose labels cannot touch.
    int step = 1;
    for (const int candidate : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
        step = candidate;
        if (yearWidth * candidate >= widest)
            break;
    }
    const int top = height() - labelBandHeight();
    int firstYear = m_first.dayOfYear() == 1 ? m_first.year() : m_first.year() + 1;
    firstYear += (step - firstYear % step) % step;
    double lastRight = -1e9;
    for (int year = firstYear; year <= m_last.year(); year += step) {
        const double x = xForDay(QDate(year, 1, 1).toJulianDay());
        const QString label = QString::number(year);
        const double textWidth = metrics.horizontalAdvance(label);
        if (x + 3 + textWidth > width() || x < lastRight)
            continue;
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(QPointF(x, top - 6), QPointF(x, height()));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(x + 3, top, textWidth + 1, labelBandHeight()),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
        lastRight = x + 3 + textWidth + labelGap;
    }
}

void OverviewStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !hasRange())
        return QWidget::mousePressEvent(event);
    const double x = event->position().x();
    const double centre = (m_windowFirst + m_windowLast) / 2;
    const bool onWindow = m_windowLast > m_windowFirst && windowRect().contains(event->position());
    m_dragging = true;
    // Grabbing the band keeps the spot under the pointer; a click elsewhere centres there.
    m_grabOffset = onWindow ? dayAtX(x) - centre : 0;
    setCursor(Qt::ClosedHandCursor);
    if (!onWindow)
        emit windowMoveRequested(dayAtX(x));
}

void OverviewStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        const bool onWindow =
            m_windowLast > m_windowFirst && windowRect().contains(event->position());
        setCursor(onWindow ? Qt::OpenHandCursor : Qt::PointingHandCursor);
        return;
    }
    const double x = std::clamp(event->position().x(), 0.0, double(width()));
    emit windowMoveRequested(dayAtX(x) - m_grabOffset);
}

void OverviewStrip::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    setCursor(Qt::OpenHandCursor);
}

bool OverviewStrip::event(QEvent *event)
{
    // The tooltip names the stretch under the pointer and how many events it holds.
    if (event->type() == QEvent::ToolTip && hasRange() && !m_counts.empty()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const double fraction = std::clamp(double(help->pos().x()) / width(), 0.0, 0.999999);
        const std::size_t bucket = std::size_t(fraction * double(m_counts.size()));
        const double start = double(m_first.toJulianDay());
        const double span = double(m_last.toJulianDay() + 1) - start;
        const double perBucket = span / double(m_counts.size());
        const QDate from = QDate::fromJulianDay(qint64(start + bucket * perBucket));
        const QDate to = QDate::fromJulianDay(qint64(start + (bucket + 1) * perBucket) - 1);
        const QString range = QLocale().toString(from, QLocale::ShortFormat) +
                              QStringLiteral(" – ") + QLocale().toString(to, QLocale::ShortFormat);
        QToolTip::showText(help->globalPos(),
                           tr("%1: %n events", nullptr, m_counts[bucket]).arg(range), this);
        return true;
    }
    return QWidget::event(event);
}
