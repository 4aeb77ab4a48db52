#include "paintertools.h"

#include <QPainter>

PainterTools::PainterTools(QPainter &painter, const ChartStyle &style)
    : m_painter(painter), m_style(style)
{}

void PainterTools::setPen(const QColor &color, double width, Dash dash, bool round)
{
    const PenKey key{color.rgba64(), width, dash, round, false};
    if (m_pen == key)
        return;
    m_pen = key;
    QPen pen(color, width, Qt::SolidLine, round ? Qt::RoundCap : Qt::FlatCap,
             round ? Qt::RoundJoin : Qt::MiterJoin);
    // Dash lengths are in pen widths; these read well at 1 to 2 pixels.
    if (dash == Dash::Dashed)
        pen.setDashPattern({4, 3});
    else if (dash == Dash::Dotted)
        pen.setDashPattern({1, 2});
    m_painter.setPen(pen);
}

void PainterTools::noPen()
{
    const PenKey key{QRgba64(), 0, Dash::Solid, false, true};
    if (m_pen == key)
        return;
    m_pen = key;
    m_painter.setPen(Qt::NoPen);
}

void PainterTools::setBrush(const QColor &color)
{
    if (!m_noBrush && m_brush == color.rgba64())
        return;
    m_noBrush = false;
    m_brush = color.rgba64();
    m_painter.setBrush(color);
}

void PainterTools::setBrush(const QBrush &brush)
{
    m_noBrush = false;
    m_brush.reset();
    m_painter.setBrush(brush);
}

void PainterTools::noBrush()
{
    if (m_noBrush)
        return;
    m_noBrush = true;
    m_brush.reset();
    m_painter.setBrush(Qt::NoBrush);
}

void PainterTools::setFont(TextRole role)
{
    const int index = int(role);
    if (index == m_fontRole)
        return;
    auto &font = m_fonts[size_t(index)];
    if (!font)
        font = m_style.font(role);
    m_fontRole = index;
    m_painter.setFont(*font);
}
