#include "fundingpanel.h"

#include "chartfonts.h"
#include "fundingrulelabels.h"
#include "model/currencytotals.h"
#include "model/money.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FundingPanel", text);
}

constexpr int alignLeft = int(Qt::AlignLeft | Qt::AlignVCenter);

double lineHeight(const ChartStyle &style, TextRole role)
{
    return std::ceil(QFontMetricsF(style.font(role)).height());
}

double dayOf(const Event &event)
{
    return double(event.date.firstDay().toJulianDay());
}

bool isShown(const Event &event, const Viewport &viewport)
{
    const double day = dayOf(event);
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
        const QString role =
            (event->interim ? tr("interim ") : QString()) + Event::shortened(event->role.trimmed());
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
        label.x = frame.plotLeft + frame.viewport.xForDay(dayOf(*g.first));
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
    area.baseline = std::floor(box.bottom() - lineHeight(m_style, TextRole::AxisMinor) / 2 - 1);
    const double titleHeight =
        std::max(m_style.laneTitleHeight, lineHeight(m_style, TextRole::LaneTitle));
    layoutTitle(scene, frame);
    const size_t firstText = scene.texts.size();
    std::vector<QRectF> blocked;
    std::vector<std::pair<double, double>> rules;
    area.barsTop = layoutRules(scene, frame, box.top() + titleHeight + 2, blocked, rules);

    // One currency per panel: the rounds in others are left out, and the summary says so.
    area.currency = chartCurrency(m_company, frame.viewport);
    std::vector<const Event *> rounds;
    double maxAmount = 0, maxValuation = 0;
    for (const Event &event : m_company.events) {
        if (event.type != EventType::Funding || !isShown(event, frame.viewport) ||
            !inCurrency(event, area.currency))
            continue;
        rounds.push_back(&event);
        maxAmount = std::max(maxAmount, double(event.amountUsd.value_or(0)));
        maxValuation = std::max(maxValuation, double(event.valuationUsd.value_or(0)));
    }
    std::stable_sort(rounds.begin(), rounds.end(),
                     [](const Event *a, const Event *b) { return a->date < b->date; });

    // Room above the tallest bar for its label; grid lines far enough apart for theirs.
    area.scaleTop =
        std::min(area.barsTop + lineHeight(m_style, TextRole::Value) + 6, area.baseline - 20);
    const double tickRoom = 2.2 * lineHeight(m_style, TextRole::AxisMinor);
    const int maxIntervals = std::clamp(int((area.baseline - area.scaleTop) / tickRoom), 1, 5);
    std::tie(area.amounts, area.valuations) =
        FundingScale::sharingGrid(maxAmount, maxValuation, maxIntervals);

    layoutScales(scene, frame, area);
    FundingRounds::layout(scene, rounds, area, frame.viewport, m_company.color, m_lane, blocked,
                          m_style);
    if (rounds.empty()) {
        SceneText notice;
        notice.role = TextRole::Notice;
        const double height = lineHeight(m_style, TextRole::Notice);
        const QFontMetricsF fm(m_style.font(TextRole::Notice));
        notice.text = fm.elidedText(tr("No funding rounds recorded"), Qt::ElideRight,
                                    area.right - area.left - 2);
        const double width = std::ceil(fm.horizontalAdvance(notice.text)) + 2;
        notice.rect =
            QRectF(std::round((area.left + area.right - width) / 2),
                   std::round((area.barsTop + area.baseline - height) / 2), width, height);
        notice.alignment = int(Qt::AlignCenter);
        notice.lane = m_lane;
        if (notice.rect.bottom() <= area.baseline && notice.rect.top() >= area.barsTop)
            scene.texts.push_back(notice);
    }
    addRules(scene, rules, area.baseline, firstText);
    return area.baseline;
}

void FundingPanel::layoutScales(Scene &scene, const FundingPanelFrame &frame,
                                const FundingPlotArea &area) const
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

    const FundingScale &grid = area.amounts.isValid() ? area.amounts : area.valuations;
    if (!grid.isValid())
        return;
    const double height = lineHeight(m_style, TextRole::AxisMinor);
    const auto addLabel = [&](double left, double right, double y, qint64 value, int align) {
        SceneText text;
        text.role = TextRole::AxisMinor;
        text.rect = QRectF(left, y - height / 2, right - left, height);
        text.text = Money::formatShort(value, area.currency);
        text.alignment = align | int(Qt::AlignVCenter);
        text.lane = m_lane;
        if (text.rect.width() > 0)
            scene.texts.push_back(text);
    };
    for (int i = 0; i <= grid.intervals(); ++i) {
        const double y = area.y(grid, grid.step() * i);
        if (i > 0)
            addLine(SceneLine::Role::GridMinor, QLineF(area.left, y, area.right, y));
        if (area.amounts.isValid())
            addLabel(frame.area.left(), area.left - 6, y, qint64(area.amounts.step() * i),
                     int(Qt::AlignRight));
        if (area.valuations.isValid())
            addLabel(area.right + 6, frame.area.right(), y, qint64(area.valuations.step() * i),
                     int(Qt::AlignLeft));
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
        std::max(m_style.laneTitleHeight, lineHeight(m_style, TextRole::LaneTitle));
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
    title.alignment = alignLeft;
    title.lane = m_lane;
    scene.texts.push_back(title);

    // "Raised $181M in 3 rounds; last valued at $1B", right-aligned where there is room. Only
    // the panel's currency is summed; rounds in another are counted apart, never added.
    const QString currency = chartCurrency(m_company, frame.viewport);
    qint64 raised = 0, lastValuation = 0;
    int completed = 0, elsewhere = 0;
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
        raised += event.amountUsd.value_or(0);
        lastValuation = event.valuationUsd.value_or(lastValuation);
    }
    if (completed == 0 && elsewhere == 0)
        return;
    QString summary;
    if (raised > 0)
        summary = completed == 1
                      ? tr("Raised %1 in 1 round").arg(Money::formatShort(raised, currency))
                      : tr("Raised %1 in %2 rounds")
                            .arg(Money::formatShort(raised, currency))
                            .arg(completed);
    else
        summary =
            completed == 1 ? tr("1 completed round") : tr("%1 completed rounds").arg(completed);
    if (lastValuation > 0)
        summary += tr("; last valued at %1").arg(Money::formatShort(lastValuation, currency));
    if (elsewhere > 0) {
        otherCurrencies.sort();
        const QString others = otherCurrencies.join(QStringLiteral(", "));
        summary += elsewhere == 1
                       ? tr("; in %1 only, 1 round in %2 not shown").arg(currency, others)
                       : tr("; in %1 only, %2 rounds in %3 not shown")
                             .arg(currency, QString::number(elsewhere), others);
    }
    const QFontMetricsF small(m_style.font(TextRole::RowLabel));
    const double width = std::ceil(small.horizontalAdvance(summary)) + 2;
    if (area.right() - width < title.rect.right() + 24)
        return;
    SceneText text;
    text.role = TextRole::RowLabel;
    text.rect = QRectF(area.right() - width, area.top(), width, height);
    text.text = summary;
    text.alignment = int(Qt::AlignRight | Qt::AlignVCenter);
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
            text.alignment = alignLeft;
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
        rules.push_back({x, start});
    return barsTop;
}
