#pragma once

#include "timeline/chartstyle.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <array>
#include <optional>

class QPainter;

// Sets pens, brushes and fonts on a painter only when they change, and makes each role's font
// once per paint: painting a thousand primitives then costs little more than drawing them.
class PainterTools
{
public:
    enum class Dash { Solid, Dashed, Dotted };

    PainterTools(QPainter &painter, const ChartStyle &style);

    QPainter &painter() { return m_painter; }

    void setPen(const QColor &color, double width = 1, Dash dash = Dash::Solid, bool round = false);
    void noPen();
    void setBrush(const QColor &color);
    void setBrush(const QBrush &brush); // a gradient: set every time
    void noBrush();
    void setFont(TextRole role);

private:
    struct PenKey
    {
        QRgba64 color;
        double width = -1;
        Dash dash = Dash::Solid;
        bool round = false;
        bool none = false;
        bool operator==(const PenKey &other) const = default;
    };

    QPainter &m_painter;
    const ChartStyle &m_style;
    std::optional<PenKey> m_pen;
    std::optional<QRgba64> m_brush; // nullopt: unknown; transparent black: no brush
    bool m_noBrush = false;
    static constexpr int roleCount = int(TextRole::Notice) + 1;
    std::array<std::optional<QFont>, roleCount> m_fonts;
    int m_fontRole = -1;
};
