#include "labelplacer.h"

#include <algorithm>
#include <cmath>

LabelPlacer::LabelPlacer(QRectF area, double padding) : m_padding(padding)
{
    reset(area);
}

void LabelPlacer::reset(QRectF area)
{
    m_area = area;
    m_rects.clear();
    m_placed.clear();
    for (std::size_t i = 0; i < m_stripsInUse; ++i)
        m_strips[i].clear();
    const double strips = std::ceil(std::max(0.0, area.width()) / stripWidth);
    m_stripsInUse = std::size_t(std::clamp(strips, 1.0, 100000.0));
    if (m_strips.size() < m_stripsInUse)
        m_strips.resize(m_stripsInUse);
}

std::pair<int, int> LabelPlacer::stripsOf(const QRectF &rect) const
{
    const int last = int(m_stripsInUse) - 1;
    const auto strip = [&](double x) {
        return std::clamp(int(std::floor((x - m_area.left()) / stripWidth)), 0, last);
    };
    return {strip(rect.left() - m_padding), strip(rect.right() + m_padding)};
}

void LabelPlacer::add(const QRectF &rect)
{
    const int index = int(m_rects.size());
    m_rects.push_back(rect);
    const auto [first, last] = stripsOf(rect);
    for (int s = first; s <= last; ++s)
        m_strips[std::size_t(s)].push_back(index);
}

void LabelPlacer::addObstacle(const QRectF &rect)
{
    add(rect);
}

bool LabelPlacer::isFree(const QRectF &rect) const
{
    if (!m_area.contains(rect))
        return false;
    // Labels sit in rows: they need room from their neighbours, not from what is above or below.
    const QRectF padded = rect.adjusted(-m_padding, 0, m_padding, 0);
    const auto [first, last] = stripsOf(rect);
    for (int s = first; s <= last; ++s) {
        for (int index : m_strips[std::size_t(s)]) {
            if (padded.intersects(m_rects[std::size_t(index)]))
                return false;
        }
    }
    return true;
}

std::optional<QRectF> LabelPlacer::place(std::initializer_list<QRectF> candidates)
{
    for (const QRectF &candidate : candidates) {
        if (candidate.isValid() && isFree(candidate)) {
            add(candidate);
            m_placed.push_back(candidate);
            return candidate;
        }
    }
    return std::nullopt;
}
