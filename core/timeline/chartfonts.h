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

    // `text` if it fits in `width`, else cut short with an ellipsis; empty when the room would
    // show little more than the ellipsis. *fittedWidth (if given) receives the width it needs.
    QString fitted(const QString &text, TextRole role, double width,
                   double *fittedWidth = nullptr) const;

    struct Cache;

private:
    double charWidth(char16_t c, TextRole role) const;
    Cache &m_cache;
};
