#pragma once

#include "theme.h"
#include "timeline/scene.h"

class PainterTools;

// Paints a Scene's lines in runs that share a style. On a raster device (the screen, a PNG) a
// horizontal or vertical line is filled as a pixel-aligned rectangle, and its dashes as a row of
// them: crisper, and many times faster than Qt's antialiased line stroker. Vector devices (SVG,
// PDF) get true lines with dash patterns.
class LinePainter
{
public:
    LinePainter(PainterTools &tools, const Theme &theme, bool raster);
    // Backdrop lines (grid, lane separators, leadership rules) go behind the bars, the others
    // (axis, today, valuation segments) in front.
    void paint(const std::vector<SceneLine> &lines, bool backdrop);
    // Lines wholly outside `area` are skipped (a widget repainting part of itself); a null
    // rectangle, the default, paints every line.
    void setExposed(const QRectF &area) { m_exposed = area; }

    static bool isBackdrop(SceneLine::Role role);

private:
    struct Style;
    Style styleOf(SceneLine::Role role, const QColor &color) const;
    void flush(const Style &style);

    PainterTools &m_tools;
    const Theme &m_theme;
    bool m_raster;
    QRectF m_exposed;
    std::vector<QLineF> m_lines; // the run being collected: strokes
    std::vector<QRectF> m_rects; // ...and, on a raster device, filled rectangles
};
