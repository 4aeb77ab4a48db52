#pragma once

#include "chartstyle.h"
#include "model/tenure.h"

#include <QString>

#include <span>
#include <vector>

// One row of tenure bars in a lane.
struct TenureRow
{
    QString role;  // the row's label: the post ("Chief executive") or a title of its own
    int stack = 0; // 0 for a role's first row; 1, 2... for tenures overlapping in it (co-CEOs)
};

// The rows of one company's lane and where they sit: a marker row (the company's name beside it
// in the gutter), then one row of tenure bars per post (RoleVocabulary), ranked by group — the
// chief executive first (CEOs and co-CEOs, whatever their titles), then executives, chair and
// board, founders, and titles the vocabulary does not know, each in the order first held.
// Tenures of a post that overlap in time stack in extra rows of it, so co-CEOs appear one above
// the other and a board takes as many rows as seats held at once. A collapsed lane has the
// marker row only.
class LaneLayout
{
public:
    LaneLayout(std::span<const Tenure> tenures, bool collapsed, const ChartStyle &style = {});

    const std::vector<TenureRow> &rows() const { return m_rows; }
    // The row of tenures[index], or -1 in a collapsed lane.
    int rowOf(std::size_t index) const;
    bool collapsed() const { return m_collapsed; }

    // Offsets from the lane's top.
    double markerRowHeight() const { return markerRowHeight(m_style); }
    double rowTop(int row) const;
    double height() const { return height(int(m_rows.size()), m_style); }

    // The marker row: style.markerRowHeight for the top level of markers and their labels, and a
    // level pitch more for each further level; as tall as the company's name needs, if that is
    // more.
    static double markerRowHeight(const ChartStyle &style);
    // Levels in the marker row (at least one) and the distance between their centres: a marker
    // and the one below it are as far apart as two markers side by side must be.
    static int markerLevels(const ChartStyle &style);
    static double markerLevelPitch(const ChartStyle &style);
    static double height(int rowCount, const ChartStyle &style);

private:
    ChartStyle m_style;
    bool m_collapsed = false;
    std::vector<TenureRow> m_rows;
    std::vector<int> m_rowOfTenure;
};
