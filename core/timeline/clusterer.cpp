#include "clusterer.h"

#include <algorithm>

Clusterer::Clusterer(double gap, double markerSize, double maxSize)
    : m_gap(gap), m_markerSize(markerSize), m_maxSize(std::max(markerSize, maxSize))
{}

double Clusterer::clusterSize(int count) const
{
    int digits = 1;
    for (int n = count; n >= 10; n /= 10)
        ++digits;
    // About 6.5 px per digit of the 10 px bold count font, plus a rim.
    return std::min(m_maxSize, std::max(m_markerSize + 4, 6.5 * digits + 8));
}

void Clusterer::cluster(std::span<const ClusterItem> items, std::vector<MarkerGroup> &groups) const
{
    groups.clear();
    if (items.empty())
        return;
    double left = 0;    // the current group's left edge: its first item's
    double size = 0;    // its diameter as drawn
    double largest = 0; // its largest item
    MarkerGroup current;
    const auto finish = [&] {
        current.x = left + size / 2;
        current.size = size;
        groups.push_back(current);
    };
    for (std::size_t i = 0; i < items.size(); ++i) {
        const ClusterItem &item = items[i];
        if (i > 0 && item.x - item.size / 2 < left + size + m_gap) {
            ++current.count;
            largest = std::max(largest, item.size);
            size = std::max(largest, clusterSize(current.count));
            continue;
        }
        if (i > 0)
            finish();
        current = MarkerGroup{i, 1, 0, 0};
        left = item.x - item.size / 2;
        size = largest = item.size;
    }
    finish();
}

std::vector<MarkerGroup> Clusterer::cluster(std::span<const ClusterItem> items) const
{
    std::vector<MarkerGroup> groups;
    groups.reserve(items.size() / 2 + 1);
    cluster(items, groups);
    return groups;
}
