#pragma once

#include "render/theme.h"
#include "store/eventquery.h"
#include "timeline/chartdecorations.h"
#include "timeline/lanelayout.h"

#include <QDate>
#include <QLocale>
#include <QSet>
#include <QSizeF>

// Everything that decides what an exported chart shows and how: the GUI's export dialog and
// `tenure-cli render` both fill one of these, so the same choices give the same picture.
struct ChartRequest
{
    // Compare: one row per company, its chief executives only, on one axis.
    enum class Kind { Timeline, Funding, Compare };
    Kind kind = Kind::Timeline;
    QSizeF size{1920, 1080}; // device-independent pixels (1/96 inch)
    double scale = 1;        // PNG only
    // The chart is as tall as its content (title, lanes, axis, legend, notes, sources) and
    // size.height() is not used; otherwise the content is laid out to fill the size.
    bool fitHeight = false;
    // Text and marks this many times their usual size, for a chart shown smaller than it is
    // (an article column, a social card): laid out at size / typeScale, drawn scaled up.
    double typeScale = 1;
    EventQuery filter; // dates, companies, types, person, text; empty: everything
    Theme::Kind theme = Theme::Kind::Light;
    bool transparent = false; // PNG and SVG
    ChartDecorations decorations;
    bool listSources = true;  // fill decorations.sources from the events shown
    bool sourcesPage = false; // PDF only: a second page lists every source of the chart in full
    QDate today;              // invalid: the current date
    QSet<QString> collapsedCompanies;
    RowOptions rows;       // collapsed role groups; leadership only (`render --leadership-only`)
    bool logScale = false; // funding: amounts and valuations on one logarithmic axis
    // Compare without chosen companies: the companies with the most chief-executive tenures,
    // this many at most; the rest are counted on the chart.
    int compareLimit = 8;
    // The language of the chart's legend, axis, notes and sources line, and the locale of its
    // dates and amounts, whatever the program's language: by default the program's (QLocale's
    // default, which tenure and tenure-cli set to the language they speak).
    QLocale locale;
};
