#pragma once

#include "chartstyle.h"
#include "model/tenure.h"

#include <QSet>
#include <QString>

#include <algorithm>
#include <optional>
#include <span>
#include <vector>

// One row of tenure bars in a lane.
struct TenureRow
{
    QString role;  // the row's label: the post ("CEO"), a title of its own, or "Board · 13"
    int stack = 0; // 0 for a role's first row; 1, 2... for tenures overlapping in it (co-CEOs)
    // A collapsed role group's one row: its tenures overlap in it, unnamed; `people` held them.
    bool summary = false;
    int people = 0;
    RoleVocabulary::Group group = RoleVocabulary::Group::Others;
};

// Which tenure rows a lane shows: every post, or some role groups each collapsed to one summary
// row, or the leadership only (chief executive, executives and chair; no board, founders or
// others).
struct RowOptions
{
    QSet<RoleVocabulary::Group> collapsedGroups;
    bool leadershipOnly = false;

    bool operator==(const RowOptions &other) const = default;
    // Whether a tenure of this group and post (nullopt: a title the vocabulary does not know)
    // shows in the leadership-only view.
    static bool isLeadership(RoleVocabulary::Group group, std::optional<RoleVocabulary::Role> post);
};

// The rows of one company's lane and where they sit: a marker row (the company's name beside it
// in the gutter), then one row of tenure bars per post (RoleVocabulary), ranked by group — the
// chief executive first (CEOs and co-CEOs, whatever their titles), then executives, chair and
// board, founders, and titles the vocabulary does not know, each in the order first held.
// Tenures of a post that overlap in time stack in extra rows of it, so co-CEOs appear one above
// the other and a board takes as many rows as seats held at once: holders whose tenures do not
// overlap share a row, so a board of 13 takes as many rows as seats were ever held at once.
// Of several free rows a tenure takes the one whose last bar has the most room before it, so a
// short bar between two others (an interim chief) keeps room on its right for its name.
// A collapsed lane has the marker row only; RowOptions collapse role groups or hide all but the
// leadership. In print a band for the clusters' cards (CalloutLayout) may sit under the markers.
class LaneLayout
{
public:
    LaneLayout(std::span<const Tenure> tenures, bool collapsed, const ChartStyle &style = {},
               const RowOptions &options = {});

    const std::vector<TenureRow> &rows() const { return m_rows; }
    // The row of tenures[index], or -1 in a collapsed lane.
    int rowOf(std::size_t index) const;
    bool collapsed() const { return m_collapsed; }

    // Offsets from the lane's top.
    double markerRowHeight() const { return markerRowHeight(m_style); }
    double rowTop(int row) const;
    double height() const
    {
        return height(int(m_rows.size()), m_style) + m_noteBand + m_calloutBand;
    }
    // The band for the texts of the lane's notes (NoteLayout), under the marker row.
    void setNoteBand(double height) { m_noteBand = std::max(0.0, height); }
    double noteBand() const { return m_noteBand; }
    // The band for printed clusters' cards, between the note band and the tenure rows.
    void setCalloutBand(double height) { m_calloutBand = std::max(0.0, height); }
    double calloutBand() const { return m_calloutBand; }

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
    double m_calloutBand = 0;
    double m_noteBand = 0;
    std::vector<TenureRow> m_rows;
    std::vector<int> m_rowOfTenure;
};
