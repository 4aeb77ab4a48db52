#include "lanelayout.h"

#include "model/textlanguage.h"

#include <QHash>
#include <QStringBuilder>
#include <queue>

#include <algorithm>
#include <array>
#include <limits>

namespace {
using Vocabulary = RoleVocabulary;

// A row group: a post for a known role (the chief executive's rows hold the CEOs and co-CEOs,
// whatever their titles said), else a title of its own, as normalised. Ranked by the role's group
// (chief executive, executives, chair and board, founders, others), then by the role.
struct RowKind
{
    QString key;
    QString label;
    int rank = 0;
    std::optional<Vocabulary::Role> post;
};

RowKind rowKindOf(const Tenure &t)
{
    if (t.canonicalRole) {
        const Vocabulary::Role post = Vocabulary::postOf(*t.canonicalRole);
        return {QStringLiteral("r%1").arg(int(post)), Vocabulary::rowLabel(post),
                int(Vocabulary::groupOf(post)) * 100 + int(post), post};
    }
    return {QStringLiteral("t:") + Vocabulary::normalise(t.role), t.role.trimmed(),
            int(Vocabulary::Group::Others) * 100 + 99, std::nullopt};
}

// A collapsed group's row: "Board · 13".
QString summaryLabel(Vocabulary::Group group, int people)
{
    const char *name = "Others";
    switch (group) {
    case Vocabulary::Group::ChiefExecutive:
        name = QT_TRANSLATE_NOOP("TimelineLayout", "CEO");
        break;
    case Vocabulary::Group::Executives:
        name = QT_TRANSLATE_NOOP("TimelineLayout", "Executives");
        break;
    case Vocabulary::Group::ChairAndBoard:
        name = QT_TRANSLATE_NOOP("TimelineLayout", "Board");
        break;
    case Vocabulary::Group::Founders:
        name = QT_TRANSLATE_NOOP("TimelineLayout", "Founders");
        break;
    case Vocabulary::Group::Others:
        name = QT_TRANSLATE_NOOP("TimelineLayout", "Others");
        break;
    }
    return TextLanguage::translate("TimelineLayout", name) % QStringLiteral(" · ") %
           QString::number(people);
}

struct RoleGroup
{
    QString role; // the row label
    int rank = 0;
    std::optional<Vocabulary::Role> post;
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

// Where a stacked row of one post stands: its last tenure, and the days of free row before that
// tenure's bar (from the end of the bar before it; the most there are when it opened the row).
struct StackRow
{
    std::size_t last = 0;
    qint64 roomBefore = std::numeric_limits<qint64>::max();
};

// Of the free rows (a heap by index), the one a new tenure should take: the one whose last bar
// has the most free row before it, ties to the lowest. The new bar closes in that last bar on its
// right, so its person's name, when too long for the bar, can still stand on its left; a bar
// that directly follows another (an interim between two chiefs) keeps the room on its right.
// The choice depends on dates only, never on the zoom, so bars keep their rows as the user
// zooms; the number of rows is the same whichever free row is taken. Looks at a few rows only.
template <typename FreeRows>
int roomiestFreeRow(FreeRows &freeRows, const std::vector<StackRow> &rows)
{
    constexpr std::size_t considered = 8;
    std::array<int, considered> candidates{};
    std::size_t count = 0;
    while (!freeRows.empty() && count < considered) {
        candidates[count++] = freeRows.top();
        freeRows.pop();
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < count; ++i) {
        if (rows[std::size_t(candidates[i])].roomBefore >
            rows[std::size_t(candidates[best])].roomBefore)
            best = i;
    }
    for (std::size_t i = 0; i < count; ++i) {
        if (i != best)
            freeRows.push(candidates[i]);
    }
    return candidates[best];
}
} // namespace

bool RowOptions::isLeadership(RoleVocabulary::Group group, std::optional<RoleVocabulary::Role> post)
{
    using G = RoleVocabulary::Group;
    return group == G::ChiefExecutive || group == G::Executives ||
           (group == G::ChairAndBoard && post &&
            RoleVocabulary::postOf(*post) == RoleVocabulary::Role::Chair);
}

LaneLayout::LaneLayout(std::span<const Tenure> tenures, bool collapsed, const ChartStyle &style,
                       const RowOptions &options)
    : m_style(style), m_collapsed(collapsed)
{
    if (collapsed)
        return;
    // Every step below is a hash lookup or a heap operation, so a lane whose one event appointed
    // hundreds of thousands of people lays out in a blink, not in minutes.
    std::vector<RoleGroup> groups;
    QHash<QString, std::size_t> bySpelling; // the role as written, and its canonical role
    QHash<QString, std::size_t> byKind;     // the row kind's key
    std::vector<qint64> starts(tenures.size()), ends(tenures.size());
    for (std::size_t i = 0; i < tenures.size(); ++i) {
        const Tenure &t = tenures[i];
        starts[i] = startDay(t);
        ends[i] = endDay(t);
        const QString spelling =
            QString::number(t.canonicalRole ? int(*t.canonicalRole) : -1) + QChar(u'\x1f') + t.role;
        auto found = bySpelling.constFind(spelling);
        if (found == bySpelling.cend()) {
            const RowKind kind = rowKindOf(t);
            found = byKind.constFind(kind.key);
            if (found == byKind.cend()) {
                groups.push_back({kind.label, kind.rank, kind.post, starts[i], i, {}});
                found = byKind.insert(kind.key, groups.size() - 1);
            }
            bySpelling.insert(spelling, *found);
        }
        RoleGroup &group = groups[*found];
        group.firstStart = std::min(group.firstStart, starts[i]);
        group.tenures.push_back(i);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const RoleGroup &a, const RoleGroup &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.firstStart != b.firstStart)
            return a.firstStart < b.firstStart;
        return a.firstSeen < b.firstSeen;
    });

    m_rowOfTenure.assign(tenures.size(), -1);
    // Greedy interval partitioning: each tenure, in order of start, takes the lowest stacked row
    // of its role that is free by its start, or a new row. Starts only grow, so a row once free
    // stays free until taken: busy rows wait in a heap by end, free ones in a heap by index.
    using Busy = std::pair<qint64, int>; // when the row's last bar ends, the row's stack
    std::priority_queue<Busy, std::vector<Busy>, std::greater<>> busyRows;
    std::priority_queue<int, std::vector<int>, std::greater<>> freeRows;
    std::vector<StackRow> stackRows;
    int summaryRow = -1; // the row of the collapsed group being filled
    QSet<QString> summaryPeople;
    for (RoleGroup &group : groups) {
        const auto roleGroup = Vocabulary::Group(group.rank / 100);
        if (options.leadershipOnly && !RowOptions::isLeadership(roleGroup, group.post))
            continue;
        if (options.collapsedGroups.contains(roleGroup)) {
            // The whole group in one row, its bars over each other: the summary says how many.
            if (summaryRow < 0 || m_rows[std::size_t(summaryRow)].group != roleGroup) {
                summaryRow = int(m_rows.size());
                summaryPeople.clear();
                m_rows.push_back({QString(), 0, true, 0, roleGroup});
            }
            TenureRow &row = m_rows[std::size_t(summaryRow)];
            for (std::size_t index : group.tenures) {
                m_rowOfTenure[index] = summaryRow;
                summaryPeople.insert(tenures[index].person);
            }
            row.people = int(summaryPeople.size());
            row.role = summaryLabel(roleGroup, row.people);
            continue;
        }
        std::stable_sort(group.tenures.begin(), group.tenures.end(),
                         [&](std::size_t a, std::size_t b) { return starts[a] < starts[b]; });
        const int firstRow = int(m_rows.size());
        busyRows = {};
        freeRows = {};
        stackRows.clear();
        int stacks = 0;
        for (std::size_t index : group.tenures) {
            while (!busyRows.empty() && busyRows.top().first <= starts[index]) {
                freeRows.push(busyRows.top().second);
                busyRows.pop();
            }
            int stack = stacks;
            if (freeRows.empty()) {
                m_rows.push_back({group.role, stacks++, false, 0, roleGroup});
                stackRows.push_back({index});
            } else {
                stack = roomiestFreeRow(freeRows, stackRows);
                StackRow &row = stackRows[std::size_t(stack)];
                row.roomBefore = starts[index] - ends[row.last];
                row.last = index;
            }
            busyRows.push({ends[index], stack});
            m_rowOfTenure[index] = firstRow + stack;
        }
    }
}

int LaneLayout::rowOf(std::size_t index) const
{
    return index < m_rowOfTenure.size() ? m_rowOfTenure[index] : -1;
}

double LaneLayout::rowTop(int row) const
{
    return markerRowHeight(m_style) + m_noteBand + m_calloutBand +
           row * (m_style.rowHeight + m_style.rowGap);
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
