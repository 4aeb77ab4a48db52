#include "fundingpanel.h"

#include "chartfonts.h"
#include "daynumber.h"
#include "fundingrulelabels.h"
#include "model/currencytotals.h"
#include "model/money.h"
#include "model/textlanguage.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

namespace {

bool isShown(const Event &event, const Viewport &viewport)
{
    const double day = DayNumber::dayOf(event);
    return event.date.isValid() && day >= viewport.firstDay() && day <= viewport.lastDay();
}

// The currency a panel draws: the one most of the shown rounds with money are in.
QString chartCurrency(const LaneData &company, const Viewport &viewport)
{
    CurrencyTotals totals;
    for (const Event &event : company.events) {
        if (event.type == EventType::Funding && isShown(event, viewport) &&
            (event.amountUsd || event.valuationUsd))
            totals.add(event.currency, event.amountUsd.value_or(0));
    }
    return totals.main();
}

// Whether a round belongs on a panel in `currency`: one without amounts belongs on any.
bool inCurrency(const Event &round, const QString &currency)
{
    return round.currency == currency || (!round.amountUsd && !round.valuationUsd);
}

// "Emad Mostaque", "Shan Shan Wong, Christian Laforte", "Robin Rombach +2"; each name cut to a
// label's length.
QString namesOf(const QStringList &people)
{
    if (people.size() <= 2) {
        QStringList names;
        for (const QString &name : people)
            names << Event::shortened(name);
        return names.join(QStringLiteral(", "));
    }
    return QStringLiteral("%1 +%2").arg(Event::shortened(people.front())).arg(people.size() - 1);
}

// One label per date, kind and people: "Emad Mostaque (CEO, Board member)".
std::vector<FundingRuleLabel> ruleLabels(const std::vector<const Event *> &changes,
                                         const FundingPanelFrame &frame)
{
    struct Group
    {
        const Event *first = nullptr;
        QStringList roles;
        QStringList summaries;
        bool interim = false;
        bool prominent = false;
    };
    std::vector<Group> groups;
    for (const Event *event : changes) {
        auto same = std::find_if(groups.begin(), groups.end(), [&](const Group &g) {
            return g.first->date == event->date && g.first->type == event->type &&
                   g.first->people == event->people;
        });
        if (same == groups.end()) {
            groups.push_back({event, {}, {}, false, false});
            same = groups.end() - 1;
        }
        const QString role = event->interim ? TextLanguage::translate("FundingPanel", "interim %1")
                                                  .arg(Event::shortened(event->role.trimmed()))
                                            : Event::shortened(event->role.trimmed());
        if (!event->role.trimmed().isEmpty() && !same->roles.contains(role))
            same->roles << role;
        same->summaries << event->summary();
        same->interim = same->interim || event->interim;
        same->prominent = same->prominent || isSoleRole(event->role) ||
                          event->role.contains(QLatin1String("CEO"), Qt::CaseInsensitive);
    }
    std::vector<FundingRuleLabel> labels;
    for (const Group &g : groups) {
        const bool appointment = g.first->type == EventType::Appointment;
        FundingRuleLabel label;
        label.x = frame.plotLeft + frame.viewport.xForDay(DayNumber::dayOf(*g.first));
        QString text = namesOf(g.first->people);
        const QString roles = g.roles.join(QStringLiteral(", "));
        if (text.isEmpty())
            text = roles.isEmpty() ? toString(g.first->type) : roles;
        else if (!roles.isEmpty())
            text += QStringLiteral(" (%1)").arg(roles);
        label.text = text;
        label.shortText = namesOf(g.first->people);
        label.tooltip = g.summaries.join(QLatin1Char('\n'));
        label.shape = appointment ? SceneMarker::Shape::Appointment : SceneMarker::Shape::Departure;
        label.interim = g.interim;
        label.prominent = g.prominent;
        label.eventId = g.first->id;
        labels.push_back(label);
    }
    return labels;
}
} // namespace

FundingPanel::FundingPanel(const LaneData &company, int lane, const ChartStyle &style)
    : m_company(company), m_lane(lane), m_style(style)
{}

double FundingPanel::layout(Scene &scene, const FundingPanelFrame &frame) const
{
    const QRectF &box = frame.area;
    FundingPlotArea area;
    area.left = frame.plotLeft;
    area.right = frame.plotRight;
    area.baseline = std::floor(box.bottom() - m_style.lineHeight(TextRole::AxisMinor) / 2 - 1);
    const double titleHeight =
        std::max(m_style.laneTitleHeight, m_style.lineHeight(TextRole::LaneTitle));
    layoutTitle(scene, frame);
    const size_t firstText = scene.texts.size();
    std::vector<QRectF> blocked;
    std::vector<std::pair<double, double>> rules;
    area.barsTop = layoutRules(scene, frame, box.top() + titleHeight + 2, blocked, rules);

    // One currency per panel: the rounds in others are left out, and the summary says so.
    area.currency = chartCurrency(m_company, frame.viewport);
    std::vector<const Event *> rounds;
    double maxAmount = 0, maxValuation = 0;
    double leastValue = 0; // the least amount or valuation, for a logarithmic scale's bottom
    for (const Event &event : m_company.events) {
        if (event.type != EventType::Funding || !isShown(event, frame.viewport) ||
            !inCurrency(event, area.currency))
            continue;
        rounds.push_back(&event);
        for (const auto &value : {event.amountUsd, event.valuationUsd}) {
            if (value.value_or(0) > 0)
                leastValue = leastValue > 0 ? std::min(leastValue, double(*value)) : double(*value);
        }
        maxAmount = std::max(maxAmount, double(event.amountUsd.value_or(0)));
        maxValuation = std::max(maxValuation, double(event.valuationUsd.value_or(0)));
    }
    std::stable_sort(rounds.begin(), rounds.end(),
                     [](const Event *a, const Event *b) { return a->date < b->date; });

    fitScales(area, maxAmount, maxValuation, leastValue, frame.logScale);
    layoutScales(scene, frame, area, blocked);
    FundingRounds::layout(scene, rounds, area, frame.viewport, m_company.color, m_lane, blocked,
                          m_style);
    if (rounds.empty()) {
        SceneText notice;
        notice.role = TextRole::Notice;
        const double height = m_style.lineHeight(TextRole::Notice);
        const QFontMetricsF fm(m_style.font(TextRole::Notice));
        notice.text =
            fm.elidedText(TextLanguage::translate("FundingPanel", "No funding rounds recorded"),
                          Qt::ElideRight, area.right - area.left - 2);
        const double width = std::ceil(fm.horizontalAdvance(notice.text)) + 2;
        notice.rect =
            QRectF(std::round((area.left + area.right - width) / 2),
                   std::round((area.barsTop + area.baseline - height) / 2), width, height);
        notice.alignment = SceneText::CentreMiddle;
        notice.lane = m_lane;
        if (notice.rect.bottom() <= area.baseline && notice.rect.top() >= area.barsTop)
            scene.texts.push_back(notice);
    }
    addRules(scene, rules, area.baseline, firstText);
    return area.baseline;
}

void FundingPanel::fitScales(FundingPlotArea &area, double maxAmount, double maxValuation,
                             double leastValue, bool logScale) const
{
    // Room above a band's top value for the label of what reaches it; grid lines far enough
    // apart for their labels.
    const double labelRoom = m_style.lineHeight(TextRole::Value) + 6;
    const double tickRoom = 2.2 * m_style.lineHeight(TextRole::AxisMinor);
    const auto intervals = [&](double top, double bottom) {
        return std::clamp(int((bottom - top) / tickRoom), 1, 5);
    };
    area.scaleTop = std::min(area.barsTop + labelRoom, area.baseline - 20);
    area.valuationTop = area.scaleTop;
    area.valuationBaseline = area.baseline;
    if (logScale) {
        area.amounts = FundingScale::logarithmic(leastValue, std::max(maxAmount, maxValuation));
        area.valuations = area.amounts;
        return;
    }
    area.amounts = FundingScale::fitting(maxAmount, intervals(area.scaleTop, area.baseline));
    if (maxValuation <= 0)
        return;
    if (maxAmount > 0) {
        // The valuations' band above the bars' band, a third of the height, a gap between.
        const double bandGap = m_style.lineHeight(TextRole::AxisMinor) + 4;
        const double height = area.baseline - area.barsTop;
        area.valuationBaseline = std::round(area.barsTop + height * 0.36);
        area.scaleTop = std::min(area.valuationBaseline + bandGap + labelRoom, area.baseline - 20);
        area.amounts = FundingScale::fitting(maxAmount, intervals(area.scaleTop, area.baseline));
        area.valuationTop = std::min(area.barsTop + labelRoom, area.valuationBaseline - 10);
    }
    area.valuations =
        FundingScale::fitting(maxValuation, intervals(area.valuationTop, area.valuationBaseline));
}

void FundingPanel::layoutScales(Scene &scene, const FundingPanelFrame &frame,
                                const FundingPlotArea &area, std::vector<QRectF> &blocked) const
{
    const auto addLine = [&](SceneLine::Role role, QLineF line) {
        SceneLine l;
        l.role = role;
        l.line = line;
        scene.lines.push_back(l);
    };
    // Vertical grid: years strong, the finer steps faint.
    std::vector<double> majors;
    for (const AxisTick &tick : frame.ticks.major.ticks) {
        if (tick.x >= 0) {
            majors.push_back(tick.x);
            addLine(SceneLine::Role::GridMajor,
                    QLineF(area.left + tick.x, area.barsTop, area.left + tick.x, area.baseline));
        }
    }
    for (const AxisTick &tick : frame.ticks.minor.ticks) {
        const bool onMajor = std::any_of(majors.begin(), majors.end(),
                                         [&](double x) { return std::abs(x - tick.x) < 0.5; });
        if (tick.x >= 0 && !onMajor)
            addLine(SceneLine::Role::GridMinor,
                    QLineF(area.left + tick.x, area.barsTop, area.left + tick.x, area.baseline));
    }
    addLine(SceneLine::Role::Axis, QLineF(area.left, area.baseline, area.right, area.baseline));

    // One money axis at the left: the bars' scale, and the valuations' in their own band when
    // they have one, each band named at its top left.
    const double height = m_style.lineHeight(TextRole::AxisMinor);
    // Labels go bottom-up, the bars' band then the valuations': one that would touch the one
    // below it is left out.
    double lastLabel = std::numeric_limits<double>::infinity();
    const auto addScale = [&](const FundingScale &scale, double bottom, double top) {
        for (int i = 0; i <= scale.intervals(); ++i) {
            const double y = bottom - scale.fraction(scale.tick(i)) * (bottom - top);
            if (i > 0)
                addLine(SceneLine::Role::GridMinor, QLineF(area.left, y, area.right, y));
            SceneText text;
            text.role = TextRole::AxisMinor;
            text.rect = QRectF(frame.area.left(), y - height / 2, area.left - 6 - frame.area.left(),
                               height);
            text.text = Money::formatShort(qint64(std::llround(scale.tick(i))), area.currency);
            text.alignment = SceneText::RightMiddle;
            text.lane = m_lane;
            // Logarithmic decades too close for every label keep every other.
            if (text.rect.width() > 0 && text.rect.top() >= frame.area.top() &&
                text.rect.bottom() <= lastLabel) {
                scene.texts.push_back(text);
                lastLabel = text.rect.top();
            }
        }
    };
    const auto addCaption = [&](const QString &caption, double top) {
        const QFontMetricsF fm(m_style.font(TextRole::AxisMinor));
        SceneText text;
        text.role = TextRole::AxisMinor;
        text.rect =
            QRectF(area.left + 4, top, std::ceil(fm.horizontalAdvance(caption)) + 2, height);
        text.text = caption;
        text.alignment = SceneText::LeftMiddle;
        text.lane = m_lane;
        scene.texts.push_back(text);
        blocked.push_back(text.rect.adjusted(-2, 0, 2, 0));
    };
    if (area.amounts.isValid())
        addScale(area.amounts, area.baseline, area.scaleTop);
    const bool ownBand = area.valuations.isValid() && area.valuationBaseline < area.baseline;
    if (area.valuations.isValid() && (ownBand || !area.amounts.isValid()))
        addScale(area.valuations, area.valuationBaseline, area.valuationTop);
    if (ownBand) {
        addLine(SceneLine::Role::Axis,
                QLineF(area.left, area.valuationBaseline, area.right, area.valuationBaseline));
        addCaption(TextLanguage::translate("FundingPanel", "Valuation"), area.barsTop);
        addCaption(TextLanguage::translate("FundingPanel", "Amount raised"),
                   area.valuationBaseline + 3);
    } else if (area.amounts.isLogarithmic()) {
        addCaption(
            TextLanguage::translate("FundingPanel", "Amount raised and valuation, log scale"),
            area.barsTop);
    }
}

// A rule runs from its marker down to the baseline and breaks off behind any text in its way
// (a name of a lower row in a crowd, a value label).
void FundingPanel::addRules(Scene &scene, const std::vector<std::pair<double, double>> &rules,
                            double baseline, size_t firstText) const
{
    std::vector<QRectF> texts;
    for (size_t i = firstText; i < scene.texts.size(); ++i)
        texts.push_back(scene.texts[i].rect.adjusted(-2, 0, 2, 0));
    std::sort(texts.begin(), texts.end(),
              [](const QRectF &a, const QRectF &b) { return a.top() < b.top(); });
    for (const auto &[x, start] : rules) {
        double from = start;
        const auto add = [&, x = x](double to) {
            if (to - from < 1)
                return;
            SceneLine rule;
            rule.role = SceneLine::Role::LeadershipRule;
            rule.line = QLineF(x, from, x, to);
            scene.lines.push_back(rule);
        };
        for (const QRectF &text : texts) {
            if (text.left() <= x && x <= text.right() && text.bottom() > from &&
                text.top() < baseline) {
                add(text.top());
                from = std::max(from, text.bottom());
            }
        }
        add(baseline);
    }
}

void FundingPanel::layoutTitle(Scene &scene, const FundingPanelFrame &frame) const
{
    const QRectF &area = frame.area;
    const double height =
        std::max(m_style.laneTitleHeight, m_style.lineHeight(TextRole::LaneTitle));
    const double swatch = 10;
    SceneRect sample;
    sample.role = SceneRect::Role::LegendSwatch;
    sample.rect = QRectF(area.left(), area.top() + (height - swatch) / 2, swatch, swatch);
    sample.color = m_company.color;
    sample.lane = m_lane;
    scene.rects.push_back(sample);

    const QFontMetricsF fm(m_style.font(TextRole::LaneTitle));
    SceneText title;
    title.role = TextRole::LaneTitle;
    const QString name = fm.elidedText(ChartFonts::showable(m_company.company, area.width()),
                                       Qt::ElideRight, area.width() * 0.6);
    title.rect = QRectF(area.left() + swatch + 6, area.top(),
                        std::ceil(fm.horizontalAdvance(name)) + 2, height);
    title.text = name;
    title.alignment = SceneText::LeftMiddle;
    title.lane = m_lane;
    scene.texts.push_back(title);

    // "Raised $181M in 3 rounds; last valued at $1B", right-aligned where there is room. Only
    // the panel's currency is summed; rounds in another are counted apart, never added.
    const QString currency = chartCurrency(m_company, frame.viewport);
    qint64 raised = 0, lastValuation = 0;
    int completed = 0, disclosed = 0, elsewhere = 0;
    QStringList otherCurrencies;
    for (const Event &event : m_company.events) {
        if (event.type != EventType::Funding || event.status != FundingStatus::Completed ||
            !isShown(event, frame.viewport))
            continue;
        if (!inCurrency(event, currency)) {
            ++elsewhere;
            if (!otherCurrencies.contains(event.currency))
                otherCurrencies << event.currency;
            continue;
        }
        ++completed;
        if (event.amountUsd.value_or(0) > 0)
            ++disclosed;
        raised += event.amountUsd.value_or(0);
        lastValuation = event.valuationUsd.value_or(lastValuation);
    }
    if (completed == 0 && elsewhere == 0)
        return;
    QString summary;
    // A total that leaves out undisclosed amounts says so: "$181M disclosed in 2 of 4 rounds".
    if (raised > 0 && disclosed < completed)
        summary = TextLanguage::translate("FundingPanel", "%1 disclosed in %2 of %n rounds",
                                          nullptr, completed)
                      .arg(Money::formatShort(raised, currency))
                      .arg(disclosed);
    else if (raised > 0)
        summary =
            TextLanguage::translate("FundingPanel", "Raised %1 in %n rounds", nullptr, completed)
                .arg(Money::formatShort(raised, currency));
    else
        summary =
            TextLanguage::translate("FundingPanel", "%n completed rounds", nullptr, completed);
    if (lastValuation > 0)
        summary += TextLanguage::translate("FundingPanel", "; last valued at %1")
                       .arg(Money::formatShort(lastValuation, currency));
    if (elsewhere > 0) {
        otherCurrencies.sort();
        const QString others = otherCurrencies.join(QStringLiteral(", "));
        summary +=
            TextLanguage::translate("FundingPanel", "; in %1 only, %n rounds in %2 not shown",
                                    nullptr, elsewhere)
                .arg(currency, others);
    }
    const QFontMetricsF small(m_style.font(TextRole::RowLabel));
    const double width = std::ceil(small.horizontalAdvance(summary)) + 2;
    if (area.right() - width < title.rect.right() + 24)
        return;
    SceneText text;
    text.role = TextRole::RowLabel;
    text.rect = QRectF(area.right() - width, area.top(), width, height);
    text.text = summary;
    text.alignment = SceneText::RightMiddle;
    text.lane = m_lane;
    scene.texts.push_back(text);
}

double FundingPanel::layoutRules(Scene &scene, const FundingPanelFrame &frame, double top,
                                 std::vector<QRectF> &blocked,
                                 std::vector<std::pair<double, double>> &rules) const
{
    std::vector<const Event *> changes;
    for (const Event &event : m_company.events) {
        if ((event.type == EventType::Appointment || event.type == EventType::Departure) &&
            isShown(event, frame.viewport))
            changes.push_back(&event);
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const Event *a, const Event *b) { return a->date < b->date; });
    std::vector<FundingRuleLabel> labels = ruleLabels(changes, frame);

    const QFontMetricsF fm(m_style.font(TextRole::MarkerLabel));
    const double rowHeight = std::ceil(fm.height()) + 3;
    // The names may take up to a third of the panel, the bars keep the rest.
    const int maxRows = std::clamp(int(frame.area.height() * 0.33 / rowHeight), 0, 8);
    const double maxWidth = std::clamp((frame.plotRight - frame.plotLeft) * 0.3, 120.0, 320.0);
    const int rows = FundingRuleLabels::place(labels, frame.plotLeft, frame.plotRight, maxRows,
                                              ruleMarkerSize, maxWidth, fm);
    const double barsTop = top + rows * rowHeight + (rows > 0 ? 4 : 0);

    std::map<double, double> ruleTops; // x -> where its rule starts
    for (const FundingRuleLabel &label : labels) {
        SceneMarker marker;
        marker.shape = label.shape;
        marker.size = ruleMarkerSize;
        marker.interim = label.interim;
        marker.lane = m_lane;
        marker.eventId = label.eventId;
        marker.tooltip = label.tooltip;
        if (label.row >= 0) {
            const double rowTop = top + label.row * rowHeight;
            marker.center = QPointF(label.x, rowTop + rowHeight / 2);
            SceneText text;
            text.role = TextRole::MarkerLabel;
            text.rect = QRectF(label.textLeft, rowTop, label.textWidth, rowHeight);
            text.text = label.shownText;
            text.alignment = SceneText::LeftMiddle;
            text.lane = m_lane;
            text.eventId = label.eventId;
            scene.texts.push_back(text);
        } else {
            marker.center = QPointF(label.x, barsTop + ruleMarkerSize / 2 + 1);
            blocked.push_back(marker.bounds().adjusted(-2, -2, 2, 2));
        }
        const double start = marker.center.y() + ruleMarkerSize / 2;
        auto [it, added] = ruleTops.emplace(label.x, start);
        if (!added)
            it->second = std::min(it->second, start);
        scene.markers.push_back(marker);
    }
    for (const auto &[x, start] : ruleTops)
        rules.emplace_back(x, start);
    return barsTop;
}
