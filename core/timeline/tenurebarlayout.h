#pragma once

#include "chartfonts.h"
#include "lanelayout.h"
#include "scene.h"
#include "timelinedata.h"
#include "viewport.h"

// Puts one lane's tenure bars into a scene, in the rows LaneLayout gave them: the part of each
// bar in view, in the lane's colour, with the person's name inside where it fits and a tooltip.
class TenureBarLayout
{
public:
    TenureBarLayout(const Viewport &viewport, QRectF plot, QDate today, EventId selected,
                    const ChartStyle &style, const ChartFonts &fonts);

    void place(Scene &scene, const LaneData &lane, const LaneLayout &layout, int laneIndex,
               double laneTop) const;

    // "Emad Mostaque — CEO, 2019 – March 2024"
    static QString tooltip(const Tenure &tenure);

private:
    void placeLabel(Scene &scene, const Tenure &tenure, QRectF bar, int laneIndex) const;

    Viewport m_viewport;
    QRectF m_plot;
    double m_todayX; // where open tenures end, in the viewport
    EventId m_selected;
    const ChartStyle &m_style;
    const ChartFonts &m_fonts;
};
