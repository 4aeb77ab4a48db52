#include "comparechartlayout.h"

#include "axislayout.h"
#include "chartfonts.h"
#include "chartframe.h"
#include "lanelayout.h"
#include "model/textlanguage.h"
#include "tenurebarlayout.h"
#include "tickgenerator.h"
#include "viewport.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace {

constexpr double swatchSize = 10;

bool isChiefExecutive(const Tenure &tenure)
{
    return tenure.canonicalRole &&
           RoleVocabulary::postOf(*tenure.canonicalRole) == RoleVocabulary::Role::ChiefExecutive;
}

std::vector<LegendItem> legendItems()
{
    std::vector<LegendItem> items(3);
    items[0].kind = LegendItem::Kind::Swatch;
    items[0].label = TextLanguage::translate("CompareChartLayout",
                                             "Chief executive (co-CEOs one above the other)");
    items[1].kind = LegendItem::Kind::Swatch;
    items[1].interim = true;
    items[1].label = TextLanguage::translate("CompareChartLayout", "Interim");
    items[2].kind = LegendItem::Kind::DateSpan;
    items[2].label = TextLanguage::translate("CompareChartLayout",
                                             "Date known only to the month or year (fade)");
    return items;
}

// The days the chief executives' tenures span (open ones to today); first > last for none.
std::pair<double, double> tenureDays(std::span<const LaneData> companies, QDate today)
{
    double first = std::numeric_limits<double>::max();
    double last = std::numeric_limits<double>::lowest();
    const auto todayDay = double(today.toJulianDay());
    for (const LaneData &company : companies) {
        for (const Tenure &tenure : company.tenures) {
            if (!isChiefExecutive(tenure))
                continue;
            first = std::min(first, double(tenure.start.firstDay().toJulianDay()));
            last = std::max(last, tenure.end ? double(tenure.end->lastDay().toJulianDay()) + 1
                                             : std::max(todayDay, first));
        }
    }
    return {first, last};
}

// The days shown: the options' dates, else the tenures' span with a small margin, so no empty
// years stand before the first chief executive.
std::pair<double, double> dayRange(std::span<const LaneData> companies, QDate from, QDate to,
                                   QDate today)
{
    auto [first, last] = tenureDays(companies, today);
    const auto todayDay = double(today.toJulianDay());
    const bool hasData = first <= last;
    if (!hasData) {
        first = todayDay - 365;
        last = todayDay;
    }
    const double margin = std::max(30.0, (last - first) * 0.02);
    first = from.isValid() ? double(from.toJulianDay()) : first - (hasData ? margin : 0);
    last = to.isValid() ? double(to.toJulianDay()) + 1 : last + (hasData ? margin : 0);
    if (last <= first)
        last = first + 30;
    return {first, last};
}

struct Row
{
    LaneData lane; // the company with its chief executives' tenures only
    LaneLayout layout;
    int rows = 1;
};

double blockHeight(int rows, const ChartStyle &style, double padding)
{
    return rows * style.rowHeight + (rows - 1) * style.rowGap + 2 * padding;
}
} // namespace

std::vector<Tenure> CompareChartLayout::chiefExecutiveTenures(const LaneData &company)
{
    std::vector<Tenure> tenures;
    std::copy_if(company.tenures.begin(), company.tenures.end(), std::back_inserter(tenures),
                 isChiefExecutive);
    return tenures;
}

QString CompareChartLayout::defaultTitle(std::span<const LaneData> companies, QDate from, QDate to,
                                         QDate today)
{
    // The years of the dates the tenures reach, not of the margin around them.
    auto [first, last] = tenureDays(companies, today);
    if (first > last)
        first = last = double(today.toJulianDay());
    const int firstYear = from.isValid() ? from.year() : QDate::fromJulianDay(qint64(first)).year();
    const int lastYear = to.isValid() ? to.year() : QDate::fromJulianDay(qint64(last) - 1).year();
    if (firstYear >= lastYear)
        return TextLanguage::translate("CompareChartLayout", "Chief executives, %1").arg(firstYear);
    return TextLanguage::translate("CompareChartLayout", "Chief executives, %1–%2")
        .arg(firstYear)
        .arg(lastYear);
}

Scene CompareChartLayout::layout(std::span<const LaneData> companies,
                                 const CompareChartOptions &options, const ChartStyle &baseStyle)
{
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const std::vector<LegendItem> legend = legendItems();
    const ChartDecorations &decorations = options.decorations;
    ChartStyle style = baseStyle;
    const ChartFonts fonts(baseStyle);
    const double padding = style.lanePadding + 4;

    std::vector<Row> rows;
    rows.reserve(companies.size());
    int totalRows = 0;
    double needed = 0; // the rows' height at the style's row height
    for (const LaneData &company : companies) {
        LaneData lane;
        lane.company = company.company;
        lane.color = company.color;
        lane.tenures = chiefExecutiveTenures(company);
        LaneLayout layout(lane.tenures, false, baseStyle);
        const int count = std::max(1, int(layout.rows().size()));
        rows.push_back({std::move(lane), std::move(layout), count});
        totalRows += count;
        needed += blockHeight(count, baseStyle, padding);
    }
    const double noticeHeight = std::ceil(fonts.height(TextRole::Notice)) + 6;

    Scene scene;
    scene.size = options.size;
    if (options.fitHeight) {
        // As tall as the rows: what the frame takes around the body, plus axis and rows.
        const double notice = options.leftOut > 0 ? noticeHeight : 0;
        scene.size.setHeight(10000);
        for (int pass = 0; pass < 2; ++pass) {
            const QRectF body = ChartFrame::bodyRect(scene.size, decorations, legend, style);
            const double overhead = scene.size.height() - body.height();
            scene.size.setHeight(std::ceil(overhead + style.axisHeight + needed + notice));
        }
    }
    const QRectF body = ChartFrame::bodyRect(scene.size, decorations, legend, style);

    // The company names in a gutter as wide as the longest needs, within reason.
    double gutter = 80;
    for (const Row &row : rows)
        gutter = std::max(gutter, fonts.width(ChartFonts::showable(row.lane.company, body.width()),
                                              TextRole::LaneTitle) +
                                      swatchSize + 20);
    gutter = std::min(std::ceil(gutter), std::max(80.0, body.width() * 0.3));
    QRectF plot(body.left() + gutter, body.top() + style.axisHeight,
                std::max(1.0, body.width() - gutter - 8),
                std::max(0.0, body.height() - style.axisHeight));

    // Companies that do not fit are left out and counted; a chart with room to spare gives its
    // rows more height (up to 1.8 times) and the companies more space between them.
    size_t shown = rows.size();
    int leftOut = options.leftOut;
    const auto reserved = [&](size_t count) {
        return (count < rows.size() || leftOut > 0) ? noticeHeight : 0.0;
    };
    double used = needed;
    while (shown > 1 && used + reserved(shown) > plot.height() + 0.5) {
        --shown;
        used -= blockHeight(rows[shown].rows, baseStyle, padding);
        totalRows -= rows[shown].rows;
    }
    leftOut += int(rows.size() - shown);
    double rowPadding = padding;
    const double spare = plot.height() - reserved(shown) - used;
    if (!options.fitHeight && spare > 0 && totalRows > 0 && shown > 0) {
        const double grow = std::min(spare / totalRows, style.rowHeight * 0.8);
        style.rowHeight = std::floor(style.rowHeight + grow);
        double left = plot.height() - reserved(shown);
        for (size_t i = 0; i < shown; ++i)
            left -= blockHeight(rows[i].rows, style, padding);
        rowPadding += std::clamp(left / (2.0 * double(shown)), 0.0, style.rowHeight);
    }
    scene.style = style;
    // The rows as tall as they are now drawn.
    for (size_t i = 0; i < shown; ++i)
        rows[i].layout = LaneLayout(rows[i].lane.tenures, false, style);

    const auto [first, last] = dayRange(companies, options.from, options.to, today);
    const Viewport viewport(first, last - first, plot.width());
    const TenureBarLayout bars(viewport, plot, today, 0, style, fonts);

    double y = plot.top();
    for (size_t i = 0; i < shown; ++i) {
        const Row &row = rows[i];
        const double height = blockHeight(row.rows, style, rowPadding);
        const int lane = int(i);
        if (i % 2 == 1) {
            SceneRect band;
            band.role = SceneRect::Role::LaneBand;
            band.rect = QRectF(body.left(), y, plot.right() - body.left(), height);
            band.lane = lane;
            scene.rects.push_back(band);
        }
        const double titleHeight = std::ceil(fonts.height(TextRole::LaneTitle));
        const double titleTop = std::round(y + rowPadding + (style.rowHeight - titleHeight) / 2);
        SceneRect swatch;
        swatch.role = SceneRect::Role::LegendSwatch;
        swatch.rect =
            QRectF(body.left(), titleTop + (titleHeight - swatchSize) / 2, swatchSize, swatchSize);
        swatch.color = row.lane.color;
        swatch.lane = lane;
        scene.rects.push_back(swatch);
        SceneText name;
        name.role = TextRole::LaneTitle;
        double nameWidth = 0;
        name.text = fonts.fitted(row.lane.company, TextRole::LaneTitle, gutter - swatchSize - 14,
                                 &nameWidth);
        name.rect =
            QRectF(body.left() + swatchSize + 6, titleTop, std::ceil(nameWidth) + 2, titleHeight);
        name.alignment = SceneText::LeftMiddle;
        name.lane = lane;
        if (!name.text.isEmpty())
            scene.texts.push_back(name);

        // The lane's tenure rows start at its layout's first row; this block has no marker row.
        bars.place(scene, row.lane, row.layout, lane, y + rowPadding - row.layout.rowTop(0));
        if (row.lane.tenures.empty()) {
            SceneText none;
            none.role = TextRole::RowLabel;
            none.text = fonts.fitted(
                TextLanguage::translate("CompareChartLayout", "No chief executive on record"),
                TextRole::RowLabel, plot.width() - 8, &nameWidth);
            none.rect =
                QRectF(plot.left() + 4, y + rowPadding, std::ceil(nameWidth) + 2, style.rowHeight);
            none.alignment = SceneText::LeftMiddle;
            none.lane = lane;
            if (!none.text.isEmpty())
                scene.texts.push_back(none);
        }
        y += height;
        if (i + 1 < shown) {
            SceneLine separator;
            separator.role = SceneLine::Role::LaneSeparator;
            separator.line = QLineF(body.left(), std::round(y), plot.right(), std::round(y));
            scene.lines.push_back(separator);
        }
    }
    plot.setBottom(std::max(plot.top(), y));
    AxisLayout::place(scene, TickGenerator(style).generate(viewport), viewport, plot, today, style,
                      fonts);
    scene.plot = plot;

    if (leftOut > 0) {
        SceneText more;
        more.role = TextRole::Notice;
        double width = 0;
        more.text =
            fonts.fitted(TextLanguage::translate("CompareChartLayout",
                                                 "%n more companies not shown", nullptr, leftOut),
                         TextRole::Notice, body.width() - 2, &width);
        more.rect = QRectF(body.left(), y + 4, body.width(), noticeHeight - 6);
        more.alignment = SceneText::CentreMiddle;
        if (!more.text.isEmpty() && more.rect.bottom() <= body.bottom() + 0.5)
            scene.texts.push_back(more);
    }
    if (rows.empty()) {
        SceneText notice;
        notice.role = TextRole::Notice;
        notice.text = TextLanguage::translate("CompareChartLayout", "No companies to show");
        notice.rect = QRectF(body.left(), body.top(), body.width(), noticeHeight);
        notice.alignment = SceneText::CentreMiddle;
        scene.texts.push_back(notice);
    }
    ChartFrame::place(scene, decorations, legend, style);
    return scene;
}
