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
            placeLabel(scene, tenure, bar.rect, laneIndex);
        scene.rects.push_back(std::move(bar));
    }
}

void TenureBarLayout::placeLabel(Scene &scene, const Tenure &tenure, QRectF bar,
                                 int laneIndex) const
{
    // The visible part of the bar: a bar begun left of the plot is labelled where it appears.
    const double room = bar.width() - 2 * labelPadding;
    if (room <= 0)
        return;
    double width = 0;
    const QString shown = m_fonts.fitted(tenure.person, TextRole::BarLabel, room, &width);
    if (shown.isEmpty())
        return;
    SceneText label;
    label.role = TextRole::BarLabel;
    label.rect = QRectF(bar.left() + labelPadding, bar.top(), width, bar.height());
    label.text = shown;
    label.alignment = alignLeftVCenter;
    label.lane = laneIndex;
    label.eventId = tenure.startEventId;
    scene.texts.push_back(std::move(label));
}
