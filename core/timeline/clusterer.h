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
    int level = 0;   // the level of the marker row it stands on, 0 at the top
};

// Keeps crowded markers apart. `cluster` merges them: a greedy left-to-right sweep in which an
// item joins the group before it when its left edge comes within `gap` of that group's right edge
// — for two single markers, when their centres are closer than their size plus the gap. A cluster
// keeps the left edge of its first marker and grows to show its count, so groups never overlap.
// `stack` first tries to stack each crowd — a run of markers that would touch — on levels one
// above the other, so events of the same day stay visible; a crowd that needs more levels than
// there are merges as `cluster` would merge it. Purely a function of pixel distances: zooming in
// moves markers apart, crowds break up and clusters split.
class Clusterer
{
public:
    // `markerSize` is a single marker's; clusters grow with their count's digits up to `maxSize`.
    Clusterer(double gap, double markerSize, double maxSize);

    // `items` in ascending x. O(n); `groups` is cleared first (reuse it to spare allocations).
    void cluster(std::span<const ClusterItem> items, std::vector<MarkerGroup> &groups) const;
    std::vector<MarkerGroup> cluster(std::span<const ClusterItem> items) const;

    // Like `cluster`, but a crowd that fits on `levels` levels `pitch` pixels apart is stacked
    // instead: each marker goes on the lowest level where it is `gap` clear of everything on that
    // level and of anything tall enough to reach it from a neighbouring level. A crowd that does
    // not fit is merged into clusters on level 0. O(n · levels).
    void stack(std::span<const ClusterItem> items, int levels, double pitch,
               std::vector<MarkerGroup> &groups) const;

    // The diameter of a cluster of `count` markers: room for its count inside.
    double clusterSize(int count) const;

private:
    struct Run; // the group a sweep is growing

    void startRun(Run &run, std::size_t index, const ClusterItem &item) const;
    bool joinRun(Run &run, const ClusterItem &item) const;
    // Where the crowd starting at `begin` ends: the first item clear of it, however it is drawn.
    std::size_t crowdEnd(std::span<const ClusterItem> items, std::size_t begin) const;
    void appendClusters(std::span<const ClusterItem> items, std::size_t begin, std::size_t end,
                        std::vector<MarkerGroup> &groups) const;

    double m_gap;
    double m_markerSize;
    double m_maxSize;
};
