#pragma once

#include "chartstyle.h"

#include <QFontMetricsF>
#include <QString>

// The metrics of a chart's text roles and the widths of the texts measured with them. Shaping a
// text costs far more than laying out its bar, and the same names come back frame after frame,
// so fonts and widths are kept per thread (for the style last used) across layouts. The results
// are exactly what measuring afresh would give; only the time differs.
class ChartFonts
{
public:
    explicit ChartFonts(const ChartStyle &style);

    const QFontMetricsF &metrics(TextRole role) const;
    double height(TextRole role) const { return metrics(role).height(); }
    // The text's advance, as QFontMetricsF::horizontalAdvance gives it.
    double width(const QString &text, TextRole role) const;

    // `whole` if it fits in `width`, else cut short with an ellipsis; empty when the room would
    // show little more than the ellipsis. *fittedWidth (if given) receives the width it needs.
    // Measures only what could show (see showable), so a text of megabytes costs what a line does.
    QString fitted(const QString &whole, TextRole role, double width,
                   double *fittedWidth = nullptr) const;

    // As much of `text` as could show in `width` pixels, an ellipsis in place of the rest:
    // ⌈width⌉ + 1 characters, as a character of a chart's fonts is at least a pixel wide (a text
    // of zero-width ones is cut sooner, and its ellipsis still says so). What is left out could
    // never be seen, and measuring it — shaping is the costly part of a layout — would be
    // wasted: call this before QFontMetrics on any text that comes from the data.
    static QString showable(const QString &text, double width);

    struct Cache;

private:
    double charWidth(char16_t c, TextRole role) const;
    Cache &m_cache;
};
