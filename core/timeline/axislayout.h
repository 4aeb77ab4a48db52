#pragma once

#include "chartfonts.h"
#include "scene.h"
#include "tickgenerator.h"
#include "viewport.h"

// Puts the date axis into a scene: two tiers of labels in the band above the plot, the axis
// line, grid lines down through the plot (major from the top tier, minor from the lower one), and
// today's line with a small "Today" label when today is in view.
class AxisLayout
{
public:
    static void place(Scene &scene, const AxisTicks &ticks, const Viewport &viewport, QRectF plot,
                      QDate today, const ChartStyle &style, const ChartFonts &fonts);
};
