#include "contrast.h"

#include <algorithm>
#include <array>
#include <cmath>

double Contrast::luminance(const QColor &color)
{
    // The sRGB curve is tabulated: every primitive with a colour of its own asks, so this must
    // be cheap. (WCAG 2.0 put the knee at 0.03928, sRGB at 0.04045; no 8-bit value lies between.)
    static const auto linear = [] {
        std::array<double, 256> table{};
        for (size_t i = 0; i < table.size(); ++i) {
            const double c = double(i) / 255;
            table[i] = c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        }
        return table;
    }();
    const QRgb rgb = color.rgb();
    return 0.2126 * linear[size_t(qRed(rgb))] + 0.7152 * linear[size_t(qGreen(rgb))] +
           0.0722 * linear[size_t(qBlue(rgb))];
}

double Contrast::ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
