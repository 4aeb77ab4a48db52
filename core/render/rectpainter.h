#pragma once

#include "theme.h"
#include "timeline/scene.h"

class PainterTools;

// Paints a Scene's rectangles: lane bands, tenure bars (rounded; interim lighter and hatched;
// an open end fading out), funding bars (hollow for failed or rumored rounds), legend swatches
// and the overview's window. Only plain shapes, lines and gradients, so SVG and PDF stay vector;
// on a raster device the hatching is a pattern brush, which is faster.
class RectPainter
{
public:
    RectPainter(PainterTools &tools, const Theme &theme, bool transparent, bool raster);
    void paint(const SceneRect &rect);
    // The colour a bar's body is filled with: its own or the theme's, tinted when hollow or
    // interim. Labels on it pick their text colour by it.
    QColor fillOf(const SceneRect &rect) const;

private:
    void paintBar(const SceneRect &rect, double radius);
    void hatch(const QRectF &area, const QColor &color);

    PainterTools &m_tools;
    const Theme &m_theme;
    bool m_transparent;
    bool m_raster;
};
