#include "chartstyle.h"

#include <QFontMetricsF>

#include <algorithm>

QFont ChartStyle::font(TextRole role) const
{
    int pixels = int(baseFontPx);
    bool bold = false;
    switch (role) {
    case TextRole::AxisMajor:
        bold = true;
        break;
    case TextRole::AxisMinor:
    case TextRole::RowLabel:
    case TextRole::BarLabel:
    case TextRole::MarkerLabel:
    case TextRole::Legend:
        pixels = int(baseFontPx) - 1;
        break;
    case TextRole::LaneTitle:
        pixels = int(baseFontPx) + 1;
        bold = true;
        break;
    case TextRole::ClusterCount:
        pixels = int(baseFontPx) - 2;
        bold = true;
        break;
    case TextRole::Title:
        pixels = int(baseFontPx) + 10;
        bold = true;
        break;
    case TextRole::Subtitle:
    case TextRole::Notice:
        pixels = int(baseFontPx) + 2;
        break;
    case TextRole::Footnote:
    case TextRole::Value:
        pixels = int(baseFontPx) - 2;
        break;
    }
    QFont font(fontFamily);
    font.setPixelSize(std::max(1, pixels));
    font.setBold(bold);
    // Unhinted, antialiased glyphs measure the same on a screen, in a PNG, an SVG and a PDF.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

double ChartStyle::lineHeight(TextRole role) const
{
    return std::ceil(QFontMetricsF(font(role)).height());
}
