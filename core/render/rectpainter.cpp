#include "rectpainter.h"

#include "paintertools.h"

#include <QLinearGradient>
#include <QPainter>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace {
constexpr double fadeLength = 24;       // an open tenure fades out over its last pixels
constexpr double hatchSpacing = 8;      // as Qt::BDiagPattern: x + y a multiple of 8
constexpr double uncertainAlpha = 0.12; // the far edge of a date known to the month or year

// Edges on whole pixels, so bars are crisp in a PNG; a vector file loses nothing by it.
QRectF snapped(const QRectF &r)
{
    const double left = std::round(r.left()), top = std::round(r.top());
    const double right = std::max(left + 1, std::round(r.right()));
    const double bottom = std::max(top + 1, std::round(r.bottom()));
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

QColor withAlpha(QColor color, double alpha)
{
    color.setAlphaF(float(alpha * color.alphaF()));
    return color;
}
} // namespace

RectPainter::RectPainter(PainterTools &tools, const Theme &theme, bool transparent, bool raster)
    : m_tools(tools), m_theme(theme), m_transparent(transparent), m_raster(raster)
{}

void RectPainter::paint(const SceneRect &rect)
{
    if (rect.rect.isEmpty())
        return;
    QPainter &painter = m_tools.painter();
    switch (rect.role) {
    case SceneRect::Role::LaneBand:
    case SceneRect::Role::NoteBand:
        m_tools.noPen();
        m_tools.setBrush(rect.color.isValid() ? rect.color : m_theme.color(rect.role));
        painter.drawRect(snapped(rect.rect));
        return;
    case SceneRect::Role::Window:
        m_tools.setPen(m_theme.selection, 1);
        m_tools.setBrush(rect.color.isValid() ? rect.color : m_theme.window);
        painter.drawRect(snapped(rect.rect).adjusted(0.5, 0.5, -0.5, -0.5));
        return;
    case SceneRect::Role::Callout:
        // A card over the lanes: the page's colour, a thin rule round it.
        m_tools.setPen(m_theme.axis, 1);
        m_tools.setBrush(rect.color.isValid() ? rect.color : m_theme.background);
        painter.drawRoundedRect(snapped(rect.rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        return;
    case SceneRect::Role::TenureBar:
        paintBar(rect, 4);
        return;
    case SceneRect::Role::FundingBar:
    case SceneRect::Role::LegendSwatch:
        paintBar(rect, 2);
        return;
    }
}

QColor RectPainter::fillOf(const SceneRect &rect) const
{
    const QColor base =
        rect.color.isValid() ? m_theme.contrasted(rect.color) : m_theme.color(rect.role);
    // Hollow and interim bars are a light tint of their colour, so their outline and hatching
    // carry the colour; on a transparent background the tint is the colour made see-through.
    if (rect.hollow)
        return m_transparent ? withAlpha(base, 0.15) : m_theme.tint(base, 0.15);
    if (rect.interim)
        return m_transparent ? withAlpha(base, 0.4) : m_theme.tint(base, 0.4);
    return base;
}

void RectPainter::paintBar(const SceneRect &rect, double maxRadius)
{
    QPainter &painter = m_tools.painter();
    const QRectF r = snapped(rect.rect);
    const QColor base =
        rect.color.isValid() ? m_theme.contrasted(rect.color) : m_theme.color(rect.role);
    const double radius = std::min(maxRadius, std::min(r.width(), r.height()) / 2.5);

    if (rect.selected) {
        m_tools.setPen(m_theme.selection, 2);
        m_tools.noBrush();
        painter.drawRoundedRect(r.adjusted(-2.5, -2.5, 2.5, 2.5), radius + 2, radius + 2);
    }

    const QColor fill = fillOf(rect);

    // An open end fades out over its last pixels; a start or an end known only to the month or
    // year fades over the interval its date stands for, never quite to nothing, so the bar's
    // whole possible extent still shows.
    const bool openFade = rect.openEnd && r.width() > 2 * hatchSpacing;
    const double fade = openFade ? std::min(fadeLength, r.width() / 2) : 0;
    const bool fadesIn = !rect.fadeIn.isEmpty();
    const bool fadesOut = !rect.fadeOut.isEmpty() && !openFade;
    const bool fades = openFade || fadesIn || fadesOut;
    double solidLeft = r.left(), solidRight = r.right() - fade;
    if (fades) {
        const double x0 = fadesIn ? std::min(r.left(), rect.fadeIn.from) : r.left();
        const double x1 = fadesOut ? std::max(r.right(), rect.fadeOut.to) : r.right();
        const double span = std::max(1.0, x1 - x0);
        const auto at = [&](double x) { return std::clamp((x - x0) / span, 0.0, 1.0); };
        QLinearGradient gradient(x0, 0, x1, 0);
        gradient.setColorAt(0, fill);
        gradient.setColorAt(1, fill);
        if (fadesIn) {
            gradient.setColorAt(at(rect.fadeIn.from), withAlpha(fill, uncertainAlpha));
            gradient.setColorAt(at(rect.fadeIn.to), fill);
            gradient.setColorAt(0, withAlpha(fill, uncertainAlpha));
            solidLeft = std::max(solidLeft, rect.fadeIn.to);
        }
        if (fadesOut) {
            gradient.setColorAt(at(rect.fadeOut.from), fill);
            gradient.setColorAt(at(rect.fadeOut.to), withAlpha(fill, uncertainAlpha));
            gradient.setColorAt(1, withAlpha(fill, uncertainAlpha));
            solidRight = std::min(solidRight, rect.fadeOut.from);
        }
        if (openFade) {
            gradient.setColorAt(at(r.right() - fade), fill);
            gradient.setColorAt(at(r.right()), withAlpha(fill, 0));
        }
        m_tools.setBrush(QBrush(gradient));
    } else {
        m_tools.setBrush(fill);
    }

    const auto draw = [&](const QRectF &shape, double corner) {
        if (corner > 0.5)
            painter.drawRoundedRect(shape, corner, corner);
        else
            painter.drawRect(shape);
    };
    double border = rect.hollow ? 1.5 : (rect.interim && !fades ? 1 : 0);
    if (std::min(r.width(), r.height()) <= 2 * border + 1)
        border = 0; // too small for an outline: the tint alone

    if (border > 0 && m_raster && !m_transparent && !fades) {
        // An outline as two fills: on a raster device far cheaper than a stroke.
        const QColor inner = fill;
        m_tools.noPen();
        m_tools.setBrush(base);
        draw(r, radius);
        m_tools.setBrush(inner);
        draw(r.adjusted(border, border, -border, -border), std::max(0.0, radius - border));
    } else if (border > 0) {
        m_tools.setPen(base, border);
        draw(r.adjusted(border / 2, border / 2, -border / 2, -border / 2), radius);
    } else {
        m_tools.noPen();
        draw(r, radius);
    }

    if (rect.interim) {
        const QRectF solid(QPointF(std::max(r.left(), solidLeft), r.top()),
                           QPointF(std::min(r.right(), solidRight), r.bottom()));
        hatch(solid.adjusted(1.5, 1.5, -1.5, -1.5), base);
    }
}

// Diagonal lines ("/") on one grid for every bar, so neighbouring bars' hatching lines up. For
// vector output they are clipped to the rectangle by hand: QSvgGenerator drops pattern brushes
// and SVG viewers render clip paths unevenly.
void RectPainter::hatch(const QRectF &area, const QColor &color)
{
    if (area.width() < 2 || area.height() < 2)
        return;
    if (m_raster) {
        m_tools.noPen();
        m_tools.setBrush(QBrush(withAlpha(color, 0.8), Qt::BDiagPattern));
        m_tools.painter().drawRect(area);
        return;
    }
    const double l = area.left(), r = area.right(), t = area.top(), b = area.bottom();
    QVarLengthArray<QLineF, 64> lines;
    // Each line is x + y = c.
    for (double c = std::ceil((l + t) / hatchSpacing) * hatchSpacing; c < r + b;
         c += hatchSpacing) {
        const double x0 = std::max(l, c - b), x1 = std::min(r, c - t);
        if (x1 - x0 > 0.5)
            lines.append(QLineF(x0, c - x0, x1, c - x1));
    }
    m_tools.setPen(withAlpha(color, 0.8), 1);
    m_tools.painter().drawLines(lines.constData(), int(lines.size()));
}
