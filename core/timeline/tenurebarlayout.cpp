#include "tenurebarlayout.h"

#include "datelabels.h"
#include "model/textlanguage.h"

#include <QStringBuilder>

#include <algorithm>

namespace {
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
    const QString role = tenure.interim ? TextLanguage::translate("TimelineLayout", "interim %1")
                                              .arg(Event::shortened(tenure.role))
                                        : Event::shortened(tenure.role);
    const QString end = tenure.end ? DateLabels::display(*tenure.end)
                                   : TextLanguage::translate("TimelineLayout", "today");
    return Event::shortened(tenure.person) % QStringLiteral(" — ") % role % QStringLiteral(", ") %
           DateLabels::display(tenure.start) % QStringLiteral(" – ") % end;
}

TenureBarLayout::DaySpan TenureBarLayout::daySpanOf(const Tenure &tenure, double todayDay)
{
    // Each end is the interval of days its date stands for: "2019" is every day of 2019. The
    // tenure surely ran from the last day its start may mean to the first its end may mean.
    DaySpan span;
    span.start = double(tenure.start.firstDay().toJulianDay());
    span.solidFrom = double(tenure.start.lastDay().toJulianDay()) + 1;
    if (tenure.end) {
        span.solidTo = double(tenure.end->firstDay().toJulianDay());
        span.end = double(tenure.end->lastDay().toJulianDay()) + 1;
        if (tenure.end->precision() == PartialDate::Precision::Day)
            span.end = span.solidTo; // a known day: the successor starts on it
    } else {
        span.solidTo = span.end = std::max(todayDay, span.start);
    }
    if (tenure.start.precision() == PartialDate::Precision::Day)
        span.solidFrom = span.start;
    span.solidFrom = std::min(span.solidFrom, span.end);
    span.solidTo = std::max(span.solidTo, span.solidFrom);
    return span;
}

void TenureBarLayout::shareBoundaries(std::vector<DaySpan> &spans, const std::vector<int> &rows)
{
    // In one row a tenure follows the one before (LaneLayout puts a bar in a row only once the
    // previous one has ended by its start's first day). Where the end of one and the start of
    // the next are both uncertain, their intervals overlap: the bars meet in the middle of the
    // overlap, each fading there, so neither covers the other and neither claims an exact day.
    std::vector<std::size_t> order(spans.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return rows[a] != rows[b] ? rows[a] < rows[b] : spans[a].start < spans[b].start;
    });
    for (std::size_t k = 1; k < order.size(); ++k) {
        DaySpan &before = spans[order[k - 1]];
        DaySpan &after = spans[order[k]];
        if (rows[order[k]] < 0 || rows[order[k - 1]] != rows[order[k]] || before.end <= after.start)
            continue;
        const double from = std::max(after.start, before.solidTo);
        const double to = std::max(from, std::min(before.end, after.solidFrom));
        const double meet = (from + to) / 2;
        before.end = std::max(before.solidTo, meet);
        after.start = std::min(after.solidFrom, meet);
    }
}

void TenureBarLayout::place(Scene &scene, const LaneData &lane, const LaneLayout &layout,
                            int laneIndex, double laneTop) const
{
    if (layout.collapsed())
        return;
    std::vector<DaySpan> spans(lane.tenures.size());
    std::vector<int> rows(lane.tenures.size());
    std::vector<int> sharing(lane.tenures.size()); // a summary row's bars overlap: none shares
    for (std::size_t i = 0; i < lane.tenures.size(); ++i) {
        spans[i] = daySpanOf(lane.tenures[i], m_viewport.dayForX(m_todayX));
        rows[i] = layout.rowOf(i);
        sharing[i] = rows[i] >= 0 && layout.rows()[std::size_t(rows[i])].summary ? -1 : rows[i];
    }
    shareBoundaries(spans, sharing);
    // A fade narrower than this is drawn as the exact day it nearly is (as a marker's bracket).
    constexpr double minFade = 6;
    // Bars first, then their names row by row from left to right, so a name that does not fit
    // in its bar can take the free space beside it.
    std::vector<PlacedBar> placed;
    for (std::size_t i = 0; i < lane.tenures.size(); ++i) {
        const int row = rows[i];
        if (row < 0)
            continue;
        const double top = laneTop + layout.rowTop(row);
        const double bottom = top + m_style.rowHeight;
        if (bottom <= m_plot.top() || top >= m_plot.bottom())
            continue;
        const Tenure &tenure = lane.tenures[i];
        const DaySpan &span = spans[i];
        double start = m_viewport.xForDay(span.start);
        const double solidFrom = m_viewport.xForDay(span.solidFrom);
        const double solidTo = m_viewport.xForDay(span.solidTo);
        double end = m_viewport.xForDay(span.end);
        const bool fadesIn = solidFrom - start >= minFade;
        const bool fadesOut = !tenure.isOpen() && end - solidTo >= minFade;
        // An uncertain end too narrow to see ends on its first day, as a known day would.
        if (!fadesOut && !tenure.isOpen())
            end = solidTo;
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
        if (fadesIn)
            bar.fadeIn = {m_plot.left() + start, m_plot.left() + std::min(solidFrom, end)};
        if (fadesOut)
            bar.fadeOut = {m_plot.left() + std::max(solidTo, start), m_plot.left() + end};
        bar.color = lane.color;
        bar.interim = tenure.interim;
        bar.openEnd = tenure.isOpen();
        bar.selected = m_selected != 0 && tenure.startEventId == m_selected;
        bar.lane = laneIndex;
        bar.eventId = tenure.startEventId;
        bar.tooltip = tooltip(tenure);
        if (top >= m_plot.top() && bottom <= m_plot.bottom() && sharing[i] >= 0)
            placed.push_back({&tenure, bar.rect, solidPart(bar), row});
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

QRectF TenureBarLayout::solidPart(const SceneRect &bar)
{
    double left = bar.rect.left(), right = bar.rect.right();
    if (!bar.fadeIn.isEmpty())
        left = std::clamp(bar.fadeIn.to, left, right);
    if (!bar.fadeOut.isEmpty())
        right = std::clamp(bar.fadeOut.from, left, right);
    return QRectF(left, bar.rect.top(), right - left, bar.rect.height());
}

double TenureBarLayout::placeLabel(Scene &scene, const PlacedBar &placed, double freeLeft,
                                   double freeRight, int laneIndex) const
{
    const QRectF bar = placed.rect;
    const QRectF solid = placed.solid; // a name sits where the bar is sure, never on a fade
    const QString &name = placed.tenure->person;
    const double full = m_fonts.width(Event::shortened(name), TextRole::BarLabel);
    const auto put = [&](double left, double width, const QString &text) {
        SceneText label;
        label.role = TextRole::BarLabel;
        label.rect = QRectF(left, bar.top(), width, bar.height());
        label.text = text;
        label.alignment = SceneText::LeftMiddle;
        label.lane = laneIndex;
        label.eventId = placed.tenure->startEventId;
        scene.texts.push_back(label);
        return label.rect.right();
    };
    // The whole name inside the bar; else beside it, right then left, where the row is free; only
    // then a shorter form ("S. S. Wong", then "Wong") the same way, and last the name cut short
    // in the largest of those rooms (names are never cut while there is room next to them).
    const double inside = solid.width() - 2 * labelPadding;
    const double rightRoom = freeRight - labelPadding - (bar.right() + labelPadding);
    const double leftRoom = bar.left() - labelPadding - (freeLeft + labelPadding);
    QStringList forms{Event::shortened(name)};
    forms << shortForms(forms.front());
    for (const QString &form : forms) {
        const double width = form == forms.front() ? full : m_fonts.width(form, TextRole::BarLabel);
        if (width <= inside)
            return put(solid.left() + labelPadding, width, form);
        if (width <= rightRoom)
            return put(bar.right() + labelPadding, width, form);
        if (width <= leftRoom)
            return put(bar.left() - labelPadding - width, width, form);
    }
    const double room = std::max({inside, rightRoom, leftRoom});
    if (room <= 0)
        return bar.left();
    double width = 0;
    const QString shown = m_fonts.fitted(name, TextRole::BarLabel, room, &width);
    if (shown.isEmpty())
        return bar.left();
    if (room == inside)
        return put(solid.left() + labelPadding, width, shown);
    if (room == rightRoom)
        return put(bar.right() + labelPadding, width, shown);
    return put(bar.left() - labelPadding - width, width, shown);
}

QStringList TenureBarLayout::shortForms(const QString &name)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '));
    if (words.size() < 2)
        return {};
    QString initials;
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        if (!words[i].front().isLetter())
            return {};
        initials += words[i].front() + QStringLiteral(". ");
    }
    return {initials + words.back(), words.back()};
}
