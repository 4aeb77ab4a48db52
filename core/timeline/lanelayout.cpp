#include "lanelayout.h"

#include <algorithm>
#include <limits>

namespace {
// Role names match whatever their case or surrounding spaces, as in the tenure rules.
bool sameRole(const QString &a, const QString &b)
{
    return QStringView(a).trimmed().compare(QStringView(b).trimmed(), Qt::CaseInsensitive) == 0;
}

// CEO first, then Co-CEO, then everything else by when it was first held.
int rank(const QString &role)
{
    if (sameRole(role, QStringLiteral("CEO")))
        return 0;
    if (sameRole(role, QStringLiteral("Co-CEO")))
        return 1;
    return 2;
}

struct RoleGroup
{
    QString role;     // trimmed, for the row label
    QString spelling; // as first written, to match most tenures without a case-blind compare
    int rank = 2;
    qint64 firstStart = 0;
    std::size_t firstSeen = 0;
    std::vector<std::size_t> tenures;
};

// A tenure spans [start, end): one ending on the day its successor starts does not overlap it.
qint64 startDay(const Tenure &t)
{
    return t.start.firstDay().toJulianDay();
}

qint64 endDay(const Tenure &t)
{
    return t.end ? t.end->firstDay().toJulianDay() : std::numeric_limits<qint64>::max();
}
} // namespace

LaneLayout::LaneLayout(std::span<const Tenure> tenures, bool collapsed, const ChartStyle &style)
    : m_style(style), m_collapsed(collapsed)
{
    if (collapsed)
        return;
    std::vector<RoleGroup> groups;
    std::vector<qint64> starts(tenures.size()), ends(tenures.size());
    for (std::size_t i = 0; i < tenures.size(); ++i) {
        const Tenure &t = tenures[i];
        starts[i] = startDay(t);
        ends[i] = endDay(t);
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&](const RoleGroup &g) { return g.spelling == t.role; });
        if (group == groups.end())
            group = std::find_if(groups.begin(), groups.end(),
                                 [&](const RoleGroup &g) { return sameRole(g.role, t.role); });
        if (group == groups.end()) {
            groups.push_back({t.role.trimmed(), t.role, rank(t.role), starts[i], i, {}});
            group = groups.end() - 1;
        }
        group->firstStart = std::min(group->firstStart, starts[i]);
        group->tenures.push_back(i);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const RoleGroup &a, const RoleGroup &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.firstStart != b.firstStart)
            return a.firstStart < b.firstStart;
        return a.firstSeen < b.firstSeen;
    });

    m_rowOfTenure.assign(tenures.size(), -1);
    std::vector<qint64> stackEnds; // per stacked row of the current role: when its last bar ends
    for (RoleGroup &group : groups) {
        std::stable_sort(group.tenures.begin(), group.tenures.end(),
                         [&](std::size_t a, std::size_t b) { return starts[a] < starts[b]; });
        const int firstRow = int(m_rows.size());
        stackEnds.clear();
        for (std::size_t index : group.tenures) {
            // Greedy interval partitioning: the first stacked row free by this tenure's start.
            auto free = std::find_if(stackEnds.begin(), stackEnds.end(),
                                     [&](qint64 end) { return end <= starts[index]; });
            if (free == stackEnds.end()) {
                m_rows.push_back({group.role, int(stackEnds.size())});
                stackEnds.push_back(ends[index]);
                m_rowOfTenure[index] = firstRow + int(stackEnds.size()) - 1;
            } else {
                *free = ends[index];
                m_rowOfTenure[index] = firstRow + int(free - stackEnds.begin());
            }
        }
    }
}

int LaneLayout::rowOf(std::size_t index) const
{
    return index < m_rowOfTenure.size() ? m_rowOfTenure[index] : -1;
}

double LaneLayout::rowTop(int row) const
{
    return markerRowHeight(m_style) + row * (m_style.rowHeight + m_style.rowGap);
}

double LaneLayout::markerRowHeight(const ChartStyle &style)
{
    // The same height for every lane, whatever its events: the view scrolls by lane heights, so
    // they must not change as the user zooms and markers stack or spread.
    const double levels =
        style.markerRowHeight + (markerLevels(style) - 1) * markerLevelPitch(style);
    return std::max(levels, style.laneTitleHeight);
}

int LaneLayout::markerLevels(const ChartStyle &style)
{
    return std::clamp(style.markerLevels, 1, 16);
}

double LaneLayout::markerLevelPitch(const ChartStyle &style)
{
    return style.markerSize + style.clusterGap;
}

double LaneLayout::height(int rowCount, const ChartStyle &style)
{
    return markerRowHeight(style) + rowCount * (style.rowHeight + style.rowGap) + style.lanePadding;
}
