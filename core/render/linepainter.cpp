#include "linepainter.h"

#include "paintertools.h"
#include "scenerenderer.h"

#include <QPainter>

#include <cmath>

struct LinePainter::Style
{
    QColor color;
    double width = 1;
    PainterTools::Dash dash = PainterTools::Dash::Solid;
    bool round = false;
};

namespace {
// Dash and gap lengths in pen widths, as PainterTools sets them for vector devices.
std::pair<double, double> dashPattern(PainterTools::Dash dash)
{
    switch (dash) {
    case PainterTools::Dash::Dashed:
        return {4, 3};
    case PainterTools::Dash::Dotted:
        return {1, 2};
    case PainterTools::Dash::Solid:
        break;
    }
    return {0, 0};
}

// A horizontal or vertical line as the rectangles it covers, its edges on whole pixels when it
// is a pixel or two wide.
void appendRects(std::vector<QRectF> &rects, const QLineF &line, double width,
                 PainterTools::Dash dash)
{
    const bool vertical = line.x1() == line.x2();
    const double across = vertical ? line.x1() : line.y1();
    const double from = vertical ? std::min(line.y1(), line.y2()) : std::min(line.x1(), line.x2());
    const double to = vertical ? std::max(line.y1(), line.y2()) : std::max(line.x1(), line.x2());
    const double thickness = width <= 1 ? 1 : width;
    const double start = width <= 1 ? std::floor(across) : across - width / 2;
    const auto add = [&](double a, double b) {
        rects.push_back(vertical ? QRectF(start, a, thickness, b - a)
                                 : QRectF(a, start, b - a, thickness));
    };
    const auto [on, off] = dashPattern(dash);
    if (on <= 0) {
        add(from, to);
        return;
    }
    for (double a = from; a < to; a += (on + off) * width)
        add(a, std::min(to, a + on * width));
}
} // namespace

LinePainter::LinePainter(PainterTools &tools, const Theme &theme, bool raster)
    : m_tools(tools), m_theme(theme), m_raster(raster)
{}

bool LinePainter::isBackdrop(SceneLine::Role role)
{
    return role == SceneLine::Role::GridMajor || role == SceneLine::Role::GridMinor ||
           role == SceneLine::Role::LaneSeparator || role == SceneLine::Role::LeadershipRule ||
           role == SceneLine::Role::Leader; // under the callout cards
}

LinePainter::Style LinePainter::styleOf(SceneLine::Role role, const QColor &color) const
{
    Style style;
    style.color = color.isValid() ? m_theme.contrasted(color) : m_theme.color(role);
    switch (role) {
    case SceneLine::Role::Today:
        style.width = 1.5;
        style.dash = PainterTools::Dash::Dashed;
        break;
    case SceneLine::Role::LeadershipRule:
        style.dash = PainterTools::Dash::Dashed;
        break;
    case SceneLine::Role::Valuation:
        style.width = 2;
        style.round = true;
        break;
    case SceneLine::Role::DateSpan:
        style.width = 1.5;
        break;
    case SceneLine::Role::GridMajor:
    case SceneLine::Role::GridMinor:
    case SceneLine::Role::Axis:
    case SceneLine::Role::LaneSeparator:
    case SceneLine::Role::Leader:
        break;
    }
    return style;
}

void LinePainter::paint(const std::vector<SceneLine> &lines, bool backdrop)
{
    const SceneLine *runStart = nullptr;
    Style style;
    for (const SceneLine &line : lines) {
        if (isBackdrop(line.role) != backdrop)
            continue;
        if (!m_exposed.isNull() &&
            !SceneRenderer::touches(QRectF(line.line.p1(), line.line.p2()).normalized(), m_exposed))
            continue;
        if (!runStart || line.role != runStart->role || line.color != runStart->color) {
            if (runStart)
                flush(style);
            runStart = &line;
            style = styleOf(line.role, line.color);
        }
        const QLineF &l = line.line;
        const bool straight = l.x1() == l.x2() || l.y1() == l.y2();
        if (m_raster && straight && !style.round)
            appendRects(m_rects, l, style.width, style.dash);
        else if (style.width <= 1 && straight)
            // Centred on a pixel, so a one-pixel line stays one pixel wide.
            m_lines.push_back(
                l.x1() == l.x2()
                    ? QLineF(std::floor(l.x1()) + 0.5, l.y1(), std::floor(l.x2()) + 0.5, l.y2())
                    : QLineF(l.x1(), std::floor(l.y1()) + 0.5, l.x2(), std::floor(l.y2()) + 0.5));
        else
            m_lines.push_back(l);
    }
    if (runStart)
        flush(style);
}

void LinePainter::flush(const Style &style)
{
    QPainter &painter = m_tools.painter();
    if (!m_rects.empty()) {
        m_tools.noPen();
        m_tools.setBrush(style.color);
        painter.drawRects(m_rects.data(), int(m_rects.size()));
        m_rects.clear();
    }
    if (!m_lines.empty()) {
        m_tools.setPen(style.color, style.width, style.dash, style.round);
        painter.drawLines(m_lines.data(), int(m_lines.size()));
        m_lines.clear();
    }
}
