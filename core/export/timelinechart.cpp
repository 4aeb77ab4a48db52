#include "timelinechart.h"

#include "chartexporter.h"
#include "query/timelinesource.h"
#include "sourcecredits.h"
#include "timeline/timelinelayout.h"

#include <algorithm>
#include <cmath>

namespace {
struct Pass
{
    Scene scene;
    TimelineFill fill;
    QSizeF size; // in layout units

    bool allShown() const { return fill.lanesLeftOut <= 0; }
    double freeHeight() const { return scene.plot.bottom() - fill.contentBottom; }
};

// The lanes and choices every layout of one export shares; at() lays them out at one size.
class Passes
{
public:
    Passes(std::span<const LaneData> lanes, const ChartRequest &request, QDate today,
           std::pair<QDate, QDate> extent, int totalLanes)
        : m_lanes(lanes), m_request(request)
    {
        m_view.today = today;
        m_view.collapsedCompanies = request.collapsedCompanies;
        m_view.rows = request.rows;
        m_view.print = true; // read on paper or in an article: clusters list their events
        m_view.totalLanes = totalLanes;
        m_view.decorations = request.decorations;
        // The span of days is fixed once: a viewport of width 1, widened for each size. Dates
        // given are the span exactly (the view on screen, "2019 to 2025-06"); else the data's,
        // with a small margin.
        const QDate from = request.filter.from, to = request.filter.to;
        m_days = from.isValid() && to.isValid()
                     ? Viewport(double(from.toJulianDay()),
                                double(to.toJulianDay() - from.toJulianDay() + 1), 1)
                     : Viewport::fitting(extent.first, extent.second, 1);
    }

    const TimelineView &view() const { return m_view; }
    void setSourceLines(int lines) { m_view.decorations.sourceLines = lines; }

    // The events of the first `count` lanes that the chart's span shows.
    std::vector<const Event *> eventsShown(std::size_t count) const
    {
        const QDate first = QDate::fromJulianDay(qint64(std::floor(m_days.firstDay())));
        const QDate last = QDate::fromJulianDay(qint64(std::floor(m_days.lastDay())));
        std::vector<const Event *> shown;
        for (std::size_t i = 0; i < std::min(count, m_lanes.size()); ++i) {
            for (const Event &event : m_lanes[i].events) {
                if (event.date.lastDay() >= first && event.date.firstDay() <= last)
                    shown.push_back(&event);
            }
        }
        return shown;
    }

    void setSources(std::size_t lanes)
    {
        if (m_request.listSources)
            m_view.decorations.sources = SourceCredits(eventsShown(lanes)).credits();
    }

    Pass at(QSizeF size, const ChartStyle &style, std::size_t lanes) const
    {
        TimelineView view = m_view;
        view.size = size;
        const QRectF plot = TimelineLayout::plotRect(size, view.decorations, style);
        view.viewport = m_days.withWidth(plot.width());
        Pass pass;
        pass.size = size;
        pass.scene = TimelineLayout::layout(m_lanes.first(std::min(lanes, m_lanes.size())), view,
                                            style, &pass.fill);
        return pass;
    }

private:
    std::span<const LaneData> m_lanes;
    const ChartRequest &m_request;
    TimelineView m_view;
    Viewport m_days;
};

ChartStyle stretchedRows(ChartStyle style, double factor)
{
    style.rowHeight = std::round(style.rowHeight * factor);
    style.rowGap = std::round(style.rowGap * factor);
    style.lanePadding = std::round(style.lanePadding * factor);
    style.markerRowHeight = std::round(style.markerRowHeight * factor);
    return style;
}

// The largest factor in [1, most] for which `fits` holds (it holds at 1), to within a few
// hundredths: a handful of layouts.
template <typename Fits> double largestFitting(double most, const Fits &fits)
{
    if (most <= 1.01)
        return 1;
    if (fits(most))
        return most;
    double low = 1, high = most;
    for (int step = 0; step < 6; ++step) {
        const double middle = (low + high) / 2;
        (fits(middle) ? low : high) = middle;
    }
    return low;
}
} // namespace

double TimelineChart::maxFitHeight(double width, double scale)
{
    const double pixels = double(ChartExporter::maxPixelBytes) / 4 / (scale * scale);
    return std::max(1.0, std::min(10000.0, std::floor(pixels / std::max(1.0, width))));
}

Result<BuiltChart> TimelineChart::build(TimelineSource &source, const ChartRequest &request,
                                        QDate today)
{
    const double typeScale = std::clamp(request.typeScale, 0.25, 8.0);
    const double outWidth = request.size.width();
    const double outHeight =
        request.fitHeight ? maxFitHeight(outWidth, request.scale) : request.size.height();
    const QSizeF room(outWidth / typeScale, outHeight / typeScale);

    // Only the lanes that could fit are read: an export of a large database costs what its
    // picture shows. Printed lanes are at least as tall as on screen, so these are enough.
    ChartStyle style;
    const QRectF roomiest = TimelineLayout::plotRect(room, request.decorations, style);
    auto lanes = source.lanesFilling(0, roomiest.height(), request.collapsedCompanies, style);
    if (!lanes)
        return lanes.error();
    // The chart's span is the data's, from its first event to its last, not up to today.
    auto extent = source.extent(QDate());
    if (!extent)
        return extent.error();

    Passes passes(*lanes, request, today, *extent, source.laneCount());
    style.gutterWidth = TimelineLayout::gutterFor(*lanes, passes.view(), style);
    if (request.fitHeight) {
        // The height is free: every crowd listed on a card, every source credited.
        style.calloutTiers = 6;
        passes.setSourceLines(12);
    }

    // The lanes that fit with the credits of all that might; then the credits of those alone,
    // which take no more lines, so the same lanes fit.
    passes.setSources(lanes->size());
    std::size_t shown = std::size_t(passes.at(room, style, lanes->size()).fill.lanesShown);
    passes.setSources(shown);
    Pass pass = passes.at(room, style, shown);

    if (request.fitHeight) {
        // As tall as the content: the frame below the plot kept, the free plot cut off.
        const double below = room.height() - pass.scene.plot.bottom();
        const double content =
            std::max(pass.fill.contentBottom, pass.scene.plot.top() + minPlotHeight);
        double height = std::ceil((content + below) * typeScale);
        for (int attempt = 0; attempt < 3; ++attempt, height += 1) {
            Pass fitted = passes.at(QSizeF(room.width(), height / typeScale), style, shown);
            if (fitted.fill.lanesShown >= pass.fill.lanesShown || attempt == 2) {
                pass = std::move(fitted);
                break;
            }
        }
    } else if (shown == 0 && !lanes->empty()) {
        // Not even one lane fits at this type scale: smaller type, down to three quarters of
        // the usual, rather than a chart of no lane at all.
        const double least = std::min(1.0, 0.75 / typeScale);
        passes.setSources(1); // the first lane's credits, which it must fit with
        const auto showsOne = [&](double z) {
            return passes.at(room / z, style, 1).fill.lanesShown > 0;
        };
        if (showsOne(least)) {
            double low = least, high = 1; // shows at low, not at high
            for (int step = 0; step < 6; ++step) {
                const double middle = (low + high) / 2;
                (showsOne(middle) ? low : high) = middle;
            }
            passes.setSources(lanes->size());
            shown = std::size_t(passes.at(room / low, style, lanes->size()).fill.lanesShown);
            passes.setSources(shown);
            pass = passes.at(room / low, style, shown);
        }
    } else if (pass.allShown() && pass.freeHeight() > 0.04 * pass.scene.plot.height()) {
        // A fixed size with room to spare: larger type first (as long as the layout stays wide
        // enough for the dates), then taller rows, as far as every lane still fits.
        const double zoomMost = std::min(maxFill, room.width() / minFillWidth);
        const double zoom = largestFitting(
            zoomMost, [&](double z) { return passes.at(room / z, style, shown).allShown(); });
        const double rows = largestFitting(maxFill, [&](double r) {
            return passes.at(room / zoom, stretchedRows(style, r), shown).allShown();
        });
        pass = passes.at(room / zoom, stretchedRows(style, rows), shown);
    }

    BuiltChart chart;
    chart.scene = std::move(pass.scene);
    chart.size =
        QSizeF(outWidth,
               request.fitHeight ? std::round(chart.scene.size.height() * typeScale) : outHeight);
    chart.sources = SourceCredits(passes.eventsShown(shown)).fullList();
    return chart;
}
