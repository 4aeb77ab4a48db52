#include "markerpainter.h"

#include "paintertools.h"

#include <QPainter>

#include <algorithm>

MarkerPainter::MarkerPainter(PainterTools &tools, const Theme &theme, bool transparent)
    : m_tools(tools), m_theme(theme), m_transparent(transparent)
{}

void MarkerPainter::paint(const SceneMarker &marker)
{
    if (marker.size <= 0)
        return;
    QPainter &painter = m_tools.painter();
    const QPointF c = marker.center;
    const double half = marker.size / 2;
    const QColor color =
        marker.color.isValid() ? m_theme.contrasted(marker.color) : m_theme.color(marker.shape);

    if (marker.selected) {
        QColor halo = m_theme.selection;
        halo.setAlpha(70);
        m_tools.setPen(m_theme.selection, 1.5);
        m_tools.setBrush(halo);
        painter.drawEllipse(c, half + 5, half + 5);
    }

    double inset = 0;
    if (marker.hollow) {
        // An outline of the marker's own size: the stroke sits inside the shape's bounds.
        const double width = std::max(1.5, marker.size / 8);
        inset = width / 2;
        m_tools.setPen(color, width);
        if (m_transparent)
            m_tools.noBrush();
        else
            m_tools.setBrush(m_theme.background);
    } else {
        m_tools.noPen();
        m_tools.setBrush(color);
    }
    paintShape(marker.shape, c, half - inset);

    if (marker.interim) {
        m_tools.setPen(color, 1);
        m_tools.noBrush();
        painter.drawEllipse(c, half + 2.5, half + 2.5);
    }

    if (marker.shape == SceneMarker::Shape::Cluster && marker.count > 1 && !marker.callout) {
        m_tools.setFont(TextRole::ClusterCount);
        m_tools.setPen(marker.hollow ? color : m_theme.color(TextRole::ClusterCount));
        painter.drawText(marker.bounds(), Qt::AlignCenter, QString::number(marker.count));
    }
}

void MarkerPainter::paintShape(SceneMarker::Shape shape, QPointF c, double h)
{
    QPainter &painter = m_tools.painter();
    const double x = c.x(), y = c.y();
    switch (shape) {
    case SceneMarker::Shape::Funding:
    case SceneMarker::Shape::Cluster:
        painter.drawEllipse(c, h, h);
        return;
    case SceneMarker::Shape::Appointment: {
        // The base sits a little below centre so the triangle's weight looks centred.
        const QPointF points[] = {{x, y - h}, {x + h, y + 0.78 * h}, {x - h, y + 0.78 * h}};
        painter.drawPolygon(points, 3);
        return;
    }
    case SceneMarker::Shape::Departure: {
        const QPointF points[] = {{x - h, y - 0.78 * h}, {x + h, y - 0.78 * h}, {x, y + h}};
        painter.drawPolygon(points, 3);
        return;
    }
    case SceneMarker::Shape::Other: {
        const double s = 0.82 * h;
        painter.drawRect(QRectF(x - s, y - s, 2 * s, 2 * s));
        return;
    }
    case SceneMarker::Shape::Acquisition: {
        // A hexagon: unlike every other marker, so a company's sale stands out on its lane.
        const double w = 0.87 * h;
        const QPointF points[] = {{x, y - h}, {x + w, y - h / 2}, {x + w, y + h / 2},
                                  {x, y + h}, {x - w, y + h / 2}, {x - w, y - h / 2}};
        painter.drawPolygon(points, 6);
        return;
    }
    case SceneMarker::Shape::ValuationPoint: {
        const QPointF points[] = {{x, y - h}, {x + h, y}, {x, y + h}, {x - h, y}};
        painter.drawPolygon(points, 4);
        return;
    }
    }
}
