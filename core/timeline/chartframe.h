#pragma once

#include "chartdecorations.h"
#include "chartstyle.h"
#include "scene.h"

#include <vector>

// One sample in a chart's legend: a marker shape, a colour swatch or a line, with its label; or
// the sample of a date known only to the month or year (a bracket over a bar fading out).
struct LegendItem
{
    enum class Kind { Marker, Swatch, Line, DateSpan };
    Kind kind = Kind::Marker;
    SceneMarker::Shape shape = SceneMarker::Shape::Other;       // for markers
    SceneLine::Role lineRole = SceneLine::Role::LeadershipRule; // for lines
    bool hollow = false;
    bool interim = false;
    QColor color; // invalid: the theme's
    QString label;
};

// Lays out what frames a chart: title and subtitle on top; the legend and the sources footnote
// at the bottom. Shared by every chart kind so they look alike.
class ChartFrame
{
public:
    // The rectangle left for the chart's body inside a chart of `size`, for a legend of one
    // row (a legend that needs two rows takes more: pass its items to the overload below).
    static QRectF bodyRect(QSizeF size, const ChartDecorations &decorations,
                           const ChartStyle &style = {});
    // The same for this legend, which wraps to more rows when it does not fit in one. Agrees
    // exactly with where place() puts the decorations.
    static QRectF bodyRect(QSizeF size, const ChartDecorations &decorations,
                           const std::vector<LegendItem> &legend, const ChartStyle &style = {});
    // Adds the title, subtitle, legend and footnote texts and samples to `scene` (whose size is
    // the whole chart). Texts never overflow: long sources are shortened, with "and N more".
    static void place(Scene &scene, const ChartDecorations &decorations,
                      const std::vector<LegendItem> &legend, const ChartStyle &style = {});
};
