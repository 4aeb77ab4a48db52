#include "tenurebarlayout.h"

#include "datelabels.h"

#include <QCoreApplication>
#include <QStringBuilder>

#include <algorithm>

namespace {
constexpr int alignLeftVCenter = 0x0081; // Qt::AlignLeft | Qt::AlignVCenter
constexpr double labelPadding = 4;
constexpr double minBarWidth = 2; // a tenure begun and ended on one date still shows
} // namespace

TenureBarLayout::TenureBarLayout(const Viewport &viewport, QRectF plot, QDate today,
                                 EventId selected, const ChartStyle &style, const ChartFonts &fonts)
    : m_viewport(viewport), m_plot(plot),
      m_todayX(today.isValid() ? viewport.xForDate(today) : viewport.width()), m_selected(selected),
      m_style(style), m_fonts(fonts)
{}

QString TenureBarLayout::tooltip(const Tenure &tenure)
{
    // Names and roles cut to a line's length, as in every label and tooltip.
    const QString role = tenure.interim
                             ? QCoreApplication::translate("TimelineLayout", "interim %1")
                                   .arg(Event::shortened(tenure.role))
                             : Event::shortened(tenure.role);
    const QString end = tenure.end ? DateLabels::display(*tenure.end)
                                   : QCoreApplication::translate("TimelineLayout", "today");
    return Event::shortened(tenure.person) % QStringLiteral(" — ") % role % QStringLiteral(", ") %
           DateLabels::display(tenure.start) % QStringLiteral(" – ") % end;
}

void TenureBarLayout::place(Scene &scene, const LaneData &lane, const LaneLayout &layout,
                            int laneIndex, double laneTop) const
{
    if (layout.collapsed())
        return;
    // Bars first, then their names row by row from left to right, so a name that does not fit
    // in its bar can take the free space beside it.
    std::vector<PlacedBar> placed;
    for (std::size_t i = 0; i < lane.tenures.size(); ++i) {
        const int row = layout.rowOf(i);
        if (row < 0)
            continue;
        const double top = laneTop + layout.rowTop(row);
        const double bottom = top + m_style.rowHeight;
        if (bottom <= m_plot.top() || top >= m_plot.bottom())
            continue;
        const Tenure &tenure = lane.tenures[i];
        // A bar runs from the first day of its start date to the first day of its end date (a
        // month-precise date means the 1st), like the markers; an open one runs to today.
        const double start = m_viewport.xForDate(tenure.start.firstDay());
        double end = tenure.end ? m_viewport.xForDate(tenure.end->firstDay()) : m_todayX;
        end = std::max(end, start + minBarWidth);
        const double left = std::max(start, 0.0);
        const double right = std::min(end, m_viewport.width());
        if (right <= left)
            continue;
        SceneRect bar;
        bar.role = SceneRect::Role::TenureBar;
        // Clipped to the plot, so a bar scrolled under the axis is cut where the lanes begin.
        bar.rect = QRectF(m_plot.left() + left, std::max(top, m_plot.top()), right - left,
                          std::min(bottom, m_plot.bottom()) - std::max(top, m_plot.top()));
        bar.color = lane.color;
        bar.interim = tenure.interim;
        bar.openEnd = tenure.isOpen();
        bar.selected = m_selected != 0 && tenure.startEventId == m_selected;
        bar.lane = laneIndex;
        bar.eventId = tenure.startEventId;
        bar.tooltip = tooltip(tenure);
        if (top >= m_plot.top() && bottom <= m_plot.bottom())
            placed.push_back({&tenure, bar.rect, row});
        scene.rects.push_back(std::move(bar));
    }
    std::stable_sort(placed.begin(), placed.end(), [](const PlacedBar &a, const PlacedBar &b) {
        return a.row != b.row ? a.row < b.row : a.rect.left() < b.rect.left();
    });
    double rowTaken = m_plot.left(); // how far the row's bars and names reach so far
    for (std::size_t i = 0; i < placed.size(); ++i) {
        const bool sameRowBefore = i > 0 && placed[i - 1].row == placed[i].row;
        const bool sameRowAfter = i + 1 < placed.size() && placed[i + 1].row == placed[i].row;
        if (!sameRowBefore)
            rowTaken = m_plot.left();
        const double freeRight = sameRowAfter ? placed[i + 1].rect.left() : m_plot.right();
        const double labelEnd = placeLabel(scene, placed[i], rowTaken, freeRight, laneIndex);
        rowTaken = std::max({rowTaken, placed[i].rect.right(), labelEnd});
    }
}

double TenureBarLayout::placeLabel(Scene &scene, const PlacedBar &placed, double freeLeft,
                                   double freeRight, int laneIndex) const
{
    const QRectF bar = placed.rect;
    const QString &name = placed.tenure->person;
    const double full = m_fonts.width(Event::shortened(name), TextRole::BarLabel);
    const auto put = [&](double left, double width, const QString &text) {
        SceneText label;
        label.role = TextRole::BarLabel;
        label.rect = QRectF(left, bar.top(), width, bar.height());
        label.text = text;
        label.alignment = alignLeftVCenter;
        label.lane = laneIndex;
        label.eventId = placed.tenure->startEventId;
        scene.texts.push_back(label);
        return label.rect.right();
    };
    // The whole name inside the bar; else beside it, right then left, where the row is free; only
    // then cut short inside the bar (names are never cut while there is room next to them).
    const double inside = bar.width() - 2 * labelPadding;
    if (full <= inside)
        return put(bar.left() + labelPadding, full, Event::shortened(name));
    if (bar.right() + labelPadding + full <= freeRight - labelPadding)
        return put(bar.right() + labelPadding, full, Event::shortened(name));
    if (bar.left() - labelPadding - full >= freeLeft + labelPadding)
        return put(bar.left() - labelPadding - full, full, Event::shortened(name));
    if (inside <= 0)
        return bar.left();
    double width = 0;
    const QString shown = m_fonts.fitted(name, TextRole::BarLabel, inside, &width);
    return shown.isEmpty() ? bar.left() : put(bar.left() + labelPadding, width, shown);
}
