#pragma once

#include "theme.h"
#include "timeline/scene.h"

class QPainter;

// Paints a Scene with QPainter on whatever device the painter is open on: the timeline widget,
// a QImage for PNG, QSvgGenerator, QPdfWriter. Screen and files are drawn by this one code.
// Layers, back to front: lane bands; grid, lane separators and leadership rules; bars and
// swatches; axis, today and valuation lines; valuation polylines; markers; texts.
class SceneRenderer
{
public:
    enum class Background { Paint, Transparent };
    // `exposed`, when not null, is the part of the scene to repaint (a widget's exposed
    // rectangle): what lies wholly outside it is not drawn.
    static void paint(QPainter &painter, const Scene &scene, const Theme &theme,
                      Background background = Background::Paint, const QRectF &exposed = {});

    // Whether a primitive within `bounds` may put paint inside `area`: bounds are widened by what
    // strokes, antialiasing and selection rings add around a primitive.
    static bool touches(const QRectF &bounds, const QRectF &area);
};
