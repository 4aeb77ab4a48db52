#include "clusterer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

struct Clusterer::Run
{
    MarkerGroup group;  // its first item and count so far
    double left = 0;    // its left edge: its first item's
    double size = 0;    // its diameter as drawn
    double largest = 0; // its largest item

    double right() const { return left + size; }
    MarkerGroup finished() const
    {
        MarkerGroup done = group;
        done.x = left + size / 2;
        done.size = size;
        return done;
    }
};

namespace {
// Per level of the marker row, the right edge of the rightmost marker that reaches it. A marker
// of size s reaches the levels whose centres are closer than s to its own. Two markers can touch
// only when their levels are closer than the larger one's size, so the larger always reaches the
// other's level: comparing with these edges finds every collision.
class LevelFrontiers
{
public:
    LevelFrontiers(int levels, double pitch, double gap)
        : m_right(std::size_t(levels), -std::numeric_limits<double>::infinity()), m_saved(m_right),
          m_pitch(pitch), m_gap(gap)
    {}

    int count() const { return int(m_right.size()); }

    bool fits(int level, double left, double size) const
    {
        const auto [first, last] = reach(level, size);
        for (int j = first; j <= last; ++j) {
            if (left < m_right[std::size_t(j)] + m_gap)
                return false;
        }
        return true;
    }
    void occupy(int level, double right, double size)
    {
        const auto [first, last] = reach(level, size);
        for (int j = first; j <= last; ++j)
            m_right[std::size_t(j)] = std::max(m_right[std::size_t(j)], right);
    }
    void save() { std::copy(m_right.begin(), m_right.end(), m_saved.begin()); }
    void restore() { std::copy(m_saved.begin(), m_saved.end(), m_right.begin()); }

private:
    std::pair<int, int> reach(int level, double size) const
    {
        const int levels = int(std::max(0.0, std::ceil(size / m_pitch) - 1));
        return {std::max(0, level - levels), std::min(count() - 1, level + levels)};
    }

    std::vector<double> m_right;
    std::vector<double> m_saved;
    double m_pitch;
    double m_gap;
};

// Puts each item of [begin, end) on the lowest level it fits, as a single marker. False, with
// `groups` and `frontiers` as they were, when an item fits on no level.
bool stackCrowd(std::span<const ClusterItem> items, std::size_t begin, std::size_t end,
                LevelFrontiers &frontiers, std::vector<MarkerGroup> &groups)
{
    const std::size_t firstGroup = groups.size();
    frontiers.save();
    for (std::size_t i = begin; i < end; ++i) {
        const ClusterItem &item = items[i];
        int level = 0;
        while (level < frontiers.count() &&
               !frontiers.fits(level, item.x - item.size / 2, item.size))
            ++level;
        if (level == frontiers.count()) {
            groups.resize(firstGroup);
            frontiers.restore();
            return false;
        }
        frontiers.occupy(level, item.x + item.size / 2, item.size);
        groups.push_back(MarkerGroup{i, 1, item.x, item.size, level});
    }
    return true;
}
} // namespace

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

void Clusterer::startRun(Run &run, std::size_t index, const ClusterItem &item) const
{
    run.group = MarkerGroup{index, 1, 0, 0, 0};
    run.left = item.x - item.size / 2;
    run.size = run.largest = item.size;
}

bool Clusterer::joinRun(Run &run, const ClusterItem &item) const
{
    if (item.x - item.size / 2 >= run.right() + m_gap)
        return false;
    ++run.group.count;
    run.largest = std::max(run.largest, item.size);
    run.size = std::max(run.largest, clusterSize(run.group.count));
    return true;
}

std::size_t Clusterer::crowdEnd(std::span<const ClusterItem> items, std::size_t begin) const
{
    // A crowd ends where the next item is clear both of its markers, wherever they are stacked,
    // and of the clusters they would merge into: either way it is drawn, it overlaps no other.
    Run run;
    startRun(run, begin, items[begin]);
    double right = items[begin].x + items[begin].size / 2;
    for (std::size_t i = begin + 1; i < items.size(); ++i) {
        const ClusterItem &item = items[i];
        if (item.x - item.size / 2 >= std::max(right, run.right()) + m_gap)
            return i;
        right = std::max(right, item.x + item.size / 2);
        if (!joinRun(run, item))
            startRun(run, i, item);
    }
    return items.size();
}

void Clusterer::appendClusters(std::span<const ClusterItem> items, std::size_t begin,
                               std::size_t end, std::vector<MarkerGroup> &groups) const
{
    if (begin == end)
        return;
    Run run;
    startRun(run, begin, items[begin]);
    for (std::size_t i = begin + 1; i < end; ++i) {
        if (joinRun(run, items[i]))
            continue;
        groups.push_back(run.finished());
        startRun(run, i, items[i]);
    }
    groups.push_back(run.finished());
}

void Clusterer::cluster(std::span<const ClusterItem> items, std::vector<MarkerGroup> &groups) const
{
    groups.clear();
    appendClusters(items, 0, items.size(), groups);
}

std::vector<MarkerGroup> Clusterer::cluster(std::span<const ClusterItem> items) const
{
    std::vector<MarkerGroup> groups;
    groups.reserve(items.size() / 2 + 1);
    cluster(items, groups);
    return groups;
}

void Clusterer::stack(std::span<const ClusterItem> items, int levels, double pitch,
                      std::vector<MarkerGroup> &groups) const
{
    if (levels <= 1 || pitch <= 0) {
        cluster(items, groups);
        return;
    }
    groups.clear();
    LevelFrontiers frontiers(levels, pitch, m_gap);
    for (std::size_t begin = 0; begin < items.size();) {
        const std::size_t end = crowdEnd(items, begin);
        if (!stackCrowd(items, begin, end, frontiers, groups)) {
            const std::size_t firstGroup = groups.size();
            appendClusters(items, begin, end, groups);
            for (std::size_t g = firstGroup; g < groups.size(); ++g)
                frontiers.occupy(0, groups[g].x + groups[g].size / 2, groups[g].size);
        }
        begin = end;
    }
}
