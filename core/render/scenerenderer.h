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
    static void paint(QPainter &painter, const Scene &scene, const Theme &theme,
                      Background background = Background::Paint);
};
