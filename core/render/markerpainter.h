#pragma once

#include "theme.h"
#include "timeline/scene.h"

class PainterTools;

// Paints event markers, each type its own shape so colour is never the only cue: appointments
// an upward triangle, departures a downward one, funding a circle, other events a square,
// valuations a small diamond, clusters a circle with their count. Hollow markers are outlines,
// interim ones get a ring and the selected one a halo.
class MarkerPainter
{
public:
    MarkerPainter(PainterTools &tools, const Theme &theme, bool transparent);
    void paint(const SceneMarker &marker);

private:
    void paintShape(SceneMarker::Shape shape, QPointF center, double half);

    PainterTools &m_tools;
    const Theme &m_theme;
    bool m_transparent;
};
