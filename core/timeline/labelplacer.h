#pragma once

#include <QRectF>

#include <initializer_list>
#include <optional>
#include <vector>

// Places labels only where they collide with nothing: inside the area, clear of every obstacle (a
// marker) and every label placed before, by at least `padding` to either side. Rectangles are filed
// in vertical strips of the area, so each test looks at its neighbours only and placing stays about
// linear.
class LabelPlacer
{
public:
    explicit LabelPlacer(QRectF area = {}, double padding = 2);

    // Starts over in a new area, keeping the memory for the next lane.
    void reset(QRectF area);
    void addObstacle(const QRectF &rect);

    bool isFree(const QRectF &rect) const;
    // Places the first free candidate and returns it; nullopt when none is free.
    std::optional<QRectF> place(std::initializer_list<QRectF> candidates);

    const std::vector<QRectF> &placed() const { return m_placed; }

private:
    void add(const QRectF &rect);
    std::pair<int, int> stripsOf(const QRectF &rect) const;

    static constexpr double stripWidth = 48;
    QRectF m_area;
    double m_padding;
    std::vector<QRectF> m_rects; // obstacles and placed labels
    std::vector<QRectF> m_placed;
    std::vector<std::vector<int>> m_strips; // per strip: indexes into m_rects
    std::size_t m_stripsInUse = 0;
};
