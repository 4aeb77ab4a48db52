#pragma once

#include "chartfonts.h"
#include "model/annotation.h"
#include "scene.h"
#include "viewport.h"

#include <span>

// A lane's notes (Annotation): a period is a shaded band across the lane with its text at its
// start; a note at a date or on an event is its text in a box with a leader down from the
// marker row. The texts sit in the lane's note band (LaneLayout::noteBand), under the markers,
// in up to `tiers` rows, left to right, none over another: a text with no room is shortened, and
// one with no room at all is left to its band's or leader's tooltip.
class NoteLayout
{
public:
    static constexpr int tiers = 2;
    static constexpr double maxTextWidth = 300;
    static constexpr double padding = 4;

    NoteLayout(const Viewport &viewport, QRectF plot, const ChartFonts &fonts);

    // The height of the band a lane with notes keeps for their texts.
    static double bandHeight(const ChartFonts &fonts);
    // `lane` spans [laneTop, laneBottom]; `markerRow` is its marker row and `band` the note
    // band under it.
    void place(Scene &scene, std::span<const Annotation> notes, int laneIndex, QRectF markerRow,
               QRectF band, double laneBottom) const;

private:
    double xForDay(double day) const;

    Viewport m_viewport;
    QRectF m_plot;
    const ChartFonts &m_fonts;
};
