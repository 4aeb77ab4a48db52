#pragma once

#include <cstddef>
#include <span>
#include <vector>

// A marker before clustering: its centre's x and its diameter, in pixels.
struct ClusterItem
{
    double x = 0;
    double size = 0;
};

// A run of consecutive items drawn as one marker: a single item (count 1) or a counted cluster.
struct MarkerGroup
{
    std::size_t first = 0; // index of the group's first item
    int count = 1;
    double x = 0;    // centre of the marker drawn
    double size = 0; // its diameter
};

// Merges markers that would crowd each other: a greedy left-to-right sweep in which an item joins
// the group before it when its left edge comes within `gap` of that group's right edge — for two
// single markers, when their centres are closer than their size plus the gap. A cluster keeps the
// left edge of its first marker and grows to show its count, so groups never overlap. Purely a
// function of pixel distances: zooming in moves markers apart and clusters split.
class Clusterer
{
public:
    // `markerSize` is a single marker's; clusters grow with their count's digits up to `maxSize`.
    Clusterer(double gap, double markerSize, double maxSize);

    // `items` in ascending x. O(n); `groups` is cleared first (reuse it to spare allocations).
    void cluster(std::span<const ClusterItem> items, std::vector<MarkerGroup> &groups) const;
    std::vector<MarkerGroup> cluster(std::span<const ClusterItem> items) const;

    // The diameter of a cluster of `count` markers: room for its count inside.
    double clusterSize(int count) const;

private:
    double m_gap;
    double m_markerSize;
    double m_maxSize;
};
