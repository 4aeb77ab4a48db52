#include "fundingchartlayout.h"

#include "chartframe.h"
#include "fundingpanel.h"
#include "model/money.h"
#include "model/textlanguage.h"
#include "tickgenerator.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double panelGap = 16;
constexpr double minPanelPlot = 70; // the least plot height under a panel's title

bool isCharted(const Event &event)
{
    return event.date.isValid() &&
           (event.type == EventType::Funding || event.type == EventType::Appointment ||
            event.type == EventType::Departure);
}

std::vector<LegendItem> legendFor(std::span<const LaneData> companies)
{
    // With one company the samples take its colour; with several each panel's name shows it.
    const QColor color = companies.size() == 1 ? companies.front().color : QColor();
    std::vector<LegendItem> items;
    const auto add = [&](LegendItem::Kind kind, const QString &label) -> LegendItem & {
        LegendItem item;
        item.kind = kind;
        item.label = label;
        items.push_back(item);
        return items.back();
    };
    add(LegendItem::Kind::Swatch, TextLanguage::translate("FundingChartLayout", "Funding round"))
        .color = color;
    LegendItem &hollow = add(LegendItem::Kind::Swatch,
                             TextLanguage::translate("FundingChartLayout", "Failed or rumored"));
    hollow.hollow = true;
    hollow.color = color;
    add(LegendItem::Kind::Marker, TextLanguage::translate("FundingChartLayout", "Valuation"))
        .shape = SceneMarker::Shape::ValuationPoint;
    add(LegendItem::Kind::Line, TextLanguage::translate("FundingChartLayout", "Leadership change"))
        .lineRole = SceneLine::Role::LeadershipRule;
    add(LegendItem::Kind::Marker, TextLanguage::translate("FundingChartLayout", "Appointment"))
        .shape = SceneMarker::Shape::Appointment;
    add(LegendItem::Kind::Marker, TextLanguage::translate("FundingChartLayout", "Departure"))
        .shape = SceneMarker::Shape::Departure;
    return items;
}

// The days shown: the options' dates, else from the first round (no empty years of leadership
// changes before the money starts) to the last event, with a margin that leaves room for a bar
// and its label at either end. Without rounds, the events' own span.
std::pair<double, double> dayRange(std::span<const LaneData> companies,
                                   const FundingChartOptions &options, double plotWidth)
{
    double first = std::numeric_limits<double>::max();
    double firstRound = first;
    double last = std::numeric_limits<double>::lowest();
    for (const LaneData &company : companies) {
        for (const Event &event : company.events) {
            if (!isCharted(event))
                continue;
            const auto day = double(event.date.firstDay().toJulianDay());
            first = std::min(first, day);
            last = std::max(last, day);
            if (event.type == EventType::Funding)
                firstRound = std::min(firstRound, day);
        }
    }
    if (firstRound <= last)
        first = firstRound;
    const bool hasData = first <= last;
    if (!hasData) {
        first = double(QDate(2000, 1, 1).toJulianDay());
        last = first + 365;
    }
    const double span = std::max(30.0, last - first);
    const double margin = std::max(span * 0.04, 36 * span / std::max(1.0, plotWidth));
    if (options.from.isValid())
        first = double(options.from.toJulianDay());
    else if (hasData)
        first -= margin;
    if (options.to.isValid())
        last = double(options.to.toJulianDay()) + 1;
    else if (hasData)
        last += margin;
    if (last <= first)
        last = first + 30;
    return {first, last};
}

void addTimeAxis(Scene &scene, const AxisTicks &ticks, double plotLeft, double baseline,
                 const ChartStyle &style)
{
    const double minorHeight = style.lineHeight(TextRole::AxisMinor);
    const double minorTop = baseline + 5;
    const double majorTop = minorTop + minorHeight + 1;
    const auto add = [&](const AxisTier &tier, TextRole role, double top, double tickLength) {
        for (const AxisTick &tick : tier.ticks) {
            const double x = plotLeft + std::max(0.0, tick.x);
            if (tick.x >= 0) {
                SceneLine mark;
                mark.role = SceneLine::Role::Axis;
                mark.line = QLineF(x, baseline, x, baseline + tickLength);
                scene.lines.push_back(mark);
            }
            if (tick.label.isEmpty())
                continue;
            SceneText text;
            text.role = role;
            text.rect = QRectF(plotLeft + tick.labelRect.left(), top, tick.labelRect.width(),
                               std::ceil(tick.labelRect.height()));
            text.text = tick.label;
            text.alignment = SceneText::LeftMiddle;
            scene.texts.push_back(text);
        }
    };
    add(ticks.minor, TextRole::AxisMinor, minorTop, 4);
    add(ticks.major, TextRole::AxisMajor, majorTop, majorTop - baseline);
}
} // namespace

std::size_t FundingChartLayout::mostPanels(double height)
{
    return std::max<std::size_t>(1, std::size_t((height + panelGap) / (minPanelPlot + panelGap)));
}

Scene FundingChartLayout::layout(std::span<const LaneData> companies,
                                 const FundingChartOptions &options, const ChartStyle &style)
{
    Scene scene;
    scene.size = options.size;
    scene.style = style;
    const std::vector<LegendItem> legend = legendFor(companies);
    const ChartDecorations &decorations = options.decorations;
    const QRectF body = ChartFrame::bodyRect(options.size, decorations, legend, style);

    // The money axis's labels sit left of the time axis.
    const QFontMetricsF axisMetrics(style.font(TextRole::AxisMinor));
    // The widest a label may be, in the chart's language: "$000M", "000 millones US$".
    const double labelWidth =
        std::ceil(std::max(axisMetrics.horizontalAdvance(Money::formatShort(qint64(800e6))),
                           axisMetrics.horizontalAdvance(Money::formatShort(qint64(800e9)))));
    const double plotLeft = body.left() + labelWidth + 8;
    const double plotRight = body.right() - 8; // one money axis, at the left
    const double axisHeight =
        style.lineHeight(TextRole::AxisMinor) + style.lineHeight(TextRole::AxisMajor) + 10;
    const double panelsTop = body.top();
    double panelsBottom = body.bottom() - axisHeight;

    // Panels too short to read are left out; a line under the axis says how many.
    const double minPanelHeight =
        std::max(style.laneTitleHeight, style.lineHeight(TextRole::LaneTitle)) + minPanelPlot;
    const double noticeHeight = style.lineHeight(TextRole::Notice);
    size_t shown = companies.size();
    while (shown > 1 && (panelsBottom - panelsTop - noticeHeight - panelGap * double(shown - 1)) /
                                double(shown) <
                            minPanelHeight)
        --shown;
    if (shown < companies.size()) {
        panelsBottom -= noticeHeight;
        SceneText more;
        more.role = TextRole::Notice;
        more.rect =
            QRectF(plotLeft, body.bottom() - noticeHeight, plotRight - plotLeft, noticeHeight);
        more.text =
            QFontMetricsF(style.font(TextRole::Notice))
                .elidedText(TextLanguage::translate("FundingChartLayout",
                                                    "%n more companies not shown: filter, or make "
                                                    "the chart taller",
                                                    nullptr, int(companies.size() - shown)),
                            Qt::ElideRight, more.rect.width() - 2);
        more.alignment = SceneText::CentreMiddle;
        scene.texts.push_back(more);
    }

    const auto [first, last] = dayRange(companies, options, plotRight - plotLeft);
    FundingPanelFrame frame;
    frame.plotLeft = plotLeft;
    frame.plotRight = plotRight;
    frame.viewport = Viewport(first, last - first, std::max(1.0, plotRight - plotLeft));
    frame.ticks = TickGenerator(style).generate(frame.viewport);
    frame.logScale = options.logScale;
    scene.plot = QRectF(plotLeft, panelsTop, plotRight - plotLeft, panelsBottom - panelsTop);

    const auto count = double(shown);
    const double panelHeight =
        count > 0 ? (panelsBottom - panelsTop - panelGap * (count - 1)) / count : 0;
    if (companies.empty() || panelHeight <= 0 || plotRight <= plotLeft) {
        SceneText notice;
        notice.role = TextRole::Notice;
        notice.rect = QRectF(body.left(), body.center().y() - 12, body.width(), 24);
        notice.text =
            QFontMetricsF(style.font(TextRole::Notice))
                .elidedText(
                    companies.empty()
                        ? TextLanguage::translate("FundingChartLayout", "No companies to show")
                        : TextLanguage::translate("FundingChartLayout",
                                                  "Too little room for the chart"),
                    Qt::ElideRight, std::max(0.0, body.width() - 2));
        notice.alignment = SceneText::CentreMiddle;
        if (body.height() >= 24)
            scene.texts.push_back(notice);
        ChartFrame::place(scene, decorations, legend, style);
        return scene;
    }

    double baseline = panelsBottom;
    for (size_t i = 0; i < shown; ++i) {
        const double top = panelsTop + double(i) * (panelHeight + panelGap);
        frame.area = QRectF(body.left(), top, body.width(), panelHeight);
        baseline = FundingPanel(companies[i], int(i), style).layout(scene, frame);
        if (i + 1 < shown) {
            SceneLine separator;
            separator.role = SceneLine::Role::LaneSeparator;
            const double y = std::round(top + panelHeight + panelGap / 2);
            separator.line = QLineF(body.left(), y, body.right(), y);
            scene.lines.push_back(separator);
        }
    }
    addTimeAxis(scene, frame.ticks, plotLeft, baseline, style);
    scene.plot.setBottom(baseline);
    ChartFrame::place(scene, decorations, legend, style);
    return scene;
}
