#include "scenerenderer.h"

#include "linepainter.h"
#include "markerpainter.h"
#include "paintertools.h"
#include "rectpainter.h"

#include <QPaintEngine>
#include <QPainter>

namespace {
// A name on a tenure bar reads dark on a light bar and light on a dark one, unless the layout
// chose its colour.
QColor textColor(const SceneText &text, const Scene &scene, const Theme &theme,
                 const RectPainter &rects, bool transparent)
{
    if (text.color.isValid())
        return text.color;
    if (text.role == TextRole::BarLabel) {
        const QPointF centre = text.rect.center();
        for (auto bar = scene.rects.rbegin(); bar != scene.rects.rend(); ++bar) {
            if (bar->role == SceneRect::Role::TenureBar && bar->rect.contains(centre)) {
                const QColor fill = rects.fillOf(*bar);
                // A see-through tint shows the page: white in the light theme, dark in the dark.
                return fill.alpha() < 200 && transparent ? theme.text : theme.textOn(fill);
            }
        }
    }
    return theme.color(text.role);
}
} // namespace

bool SceneRenderer::touches(const QRectF &bounds, const QRectF &area)
{
    // A selection ring stands 5.75 pixels outside a marker; pens and antialiasing less.
    constexpr double margin = 8;
    return bounds.adjusted(-margin, -margin, margin, margin).intersects(area);
}

void SceneRenderer::paint(QPainter &painter, const Scene &scene, const Theme &theme,
                          Background background, const QRectF &exposed)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const QRectF bounds(QPointF(0, 0), scene.size);
    // Null: everything; else only what touches the exposed part, clipped to it.
    const QRectF area = exposed.isNull() ? QRectF() : exposed.intersected(bounds);
    painter.setClipRect(area.isNull() ? bounds : area, Qt::IntersectClip);
    const auto seen = [&area](const QRectF &primitive) {
        return area.isNull() || touches(primitive, area);
    };
    const bool transparent = background == Background::Transparent;
    if (!transparent)
        painter.fillRect(bounds, theme.background);

    // The screen and PNGs are raster devices, SVG and PDF vector ones.
    const QPaintEngine *engine = painter.paintEngine();
    const bool raster = engine && engine->type() == QPaintEngine::Raster;
    PainterTools tools(painter, scene.style);
    RectPainter rects(tools, theme, transparent, raster);
    LinePainter lines(tools, theme, raster);
    lines.setExposed(area);
    MarkerPainter markers(tools, theme, transparent);

    // Lane bands, then the periods notes highlight, under the grid.
    for (const SceneRect::Role under : {SceneRect::Role::LaneBand, SceneRect::Role::NoteBand}) {
        for (const SceneRect &rect : scene.rects) {
            if (rect.role == under && seen(rect.rect))
                rects.paint(rect);
        }
    }
    lines.paint(scene.lines, true);
    for (const SceneRect &rect : scene.rects) {
        if (rect.role != SceneRect::Role::LaneBand && rect.role != SceneRect::Role::Callout &&
            rect.role != SceneRect::Role::NoteBand && seen(rect.rect))
            rects.paint(rect);
    }
    lines.paint(scene.lines, false);
    // Callout cards over every line (today's included), under the markers and texts.
    for (const SceneRect &rect : scene.rects) {
        if (rect.role == SceneRect::Role::Callout && seen(rect.rect))
            rects.paint(rect);
    }

    if (!scene.valuationLines.empty()) {
        tools.setPen(theme.valuation, 2, PainterTools::Dash::Solid, true);
        tools.noBrush();
        for (const QPolygonF &polyline : scene.valuationLines)
            painter.drawPolyline(polyline);
    }

    for (const SceneMarker &marker : scene.markers) {
        if (seen(marker.bounds()))
            markers.paint(marker);
    }

    for (const SceneText &text : scene.texts) {
        if (text.text.isEmpty() || !seen(text.rect))
            continue;
        tools.setFont(text.role);
        tools.setPen(textColor(text, scene, theme, rects, transparent));
        painter.drawText(text.rect, text.alignment, text.text);
    }
    painter.restore();
}
