#pragma once

#include "builtchart.h"
#include "chartrequest.h"
#include "model/result.h"

class TimelineSource;

// Lays out the timeline of an export: only whole lanes, those that do not fit counted on the
// chart ("12 more companies not shown"); a footnote crediting the sources of the events drawn,
// and of no others; as tall as its content when the request fits the height, or else filling
// its fixed size, with larger type and then taller rows, rather than leaving it half empty.
class TimelineChart
{
public:
    // `source` has the request's filter set.
    static Result<BuiltChart> build(TimelineSource &source, const ChartRequest &request,
                                    QDate today);

    // The tallest a chart fitted to its content may be: 10000 px, or less when its pixels would
    // pass ChartExporter::maxPixelBytes at this width and scale.
    static double maxFitHeight(double width, double scale);

    static constexpr double maxFill = 1.6;       // the most filling enlarges type, then rows
    static constexpr double minFillWidth = 1000; // filling never lays out narrower than this
    static constexpr double minPlotHeight = 120; // a fitted chart with no lanes keeps this
};
