#pragma once

#include <QColor>

// Contrast between two colours as WCAG 2.x measures it, so that the themes can be checked
// against its thresholds and text can pick the colour that reads on a fill. Alpha is ignored:
// pass colours as they look once composited.
class Contrast
{
public:
    static constexpr double textMinimum = 4.5;     // WCAG 1.4.3 (AA), text of normal size
    static constexpr double graphicsMinimum = 3.0; // WCAG 1.4.11, marks and bars one must see

    // Relative luminance: 0 for black, 1 for white.
    static double luminance(const QColor &color);
    // From 1 (the same luminance) to 21 (black on white), whichever of the two is lighter.
    static double ratio(const QColor &a, const QColor &b);
};
