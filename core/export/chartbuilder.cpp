#include "chartbuilder.h"

#include "query/timelinesource.h"
#include "render/scenerenderer.h"
#include "timeline/fundingchartlayout.h"
#include "timeline/timelinelayout.h"

#include <QPainter>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace {
// "Sources: …" names each source once, in date order: its title, else the site it is on.
QStringList sourcesOf(std::span<const LaneData> lanes, QDate first, QDate last)
{
    std::vector<const Event *> shown;
    for (const LaneData &lane : lanes) {
        for (const Event &event : lane.events) {
            if (event.date.lastDay() >= first && event.date.firstDay() <= last)
                shown.push_back(&event);
        }
    }
    std::stable_sort(shown.begin(), shown.end(),
                     [](const Event *a, const Event *b) { return a->date < b->date; });
    QStringList sources;
    QSet<QString> seen; // a chart of many events must not compare each source with every other
    for (const Event *event : shown) {
        for (const EventSource &cited : event->sources) {
            QString source = cited.title.trimmed();
            if (source.isEmpty() && !cited.url.isEmpty())
                source = QUrl(cited.url).host();
            if (source.isEmpty())
                source = cited.outlet;
            if (!source.isEmpty() && !seen.contains(source)) {
                seen.insert(source);
                sources << source;
            }
        }
    }
    return sources;
}
} // namespace

Result<Scene> ChartBuilder::scene(Database &db, const ChartRequest &request)
{
    TimelineSource source(db);
    if (auto status = source.setFilter(request.filter); !status)
        return status.error();
    const QDate today = request.today.isValid() ? request.today : QDate::currentDate();

    if (request.kind == ChartRequest::Kind::Funding) {
        auto lanes = source.allLanes();
        auto extent = source.extent(today);
        if (!lanes)
            return lanes.error();
        if (!extent)
            return extent.error();
        const auto [first, last] = *extent;
        FundingChartOptions options;
        options.size = request.size;
        options.from = request.filter.from;
        options.to = request.filter.to;
        options.decorations = request.decorations;
        if (request.listSources)
            options.decorations.sources = sourcesOf(*lanes, first, last);
        return FundingChartLayout::layout(*lanes, options);
    }

    // The timeline shows the lanes that fit, so only those are read: an export of a large
    // database costs what its picture shows.
    TimelineView view;
    view.size = request.size;
    view.today = today;
    view.decorations = request.decorations;
    view.collapsedCompanies = request.collapsedCompanies;
    view.rows = request.rows;
    view.print = true; // a file is read on paper or in an article: clusters list their events
    const QRectF roomiest = TimelineLayout::plotRect(view.size, view.decorations);
    auto lanes = source.lanesFilling(0, roomiest.height(), view.collapsedCompanies);
    if (!lanes)
        return lanes.error();

    auto extent = source.extent(today);
    if (!extent)
        return extent.error();
    const auto [first, last] = *extent;
    if (request.listSources)
        view.decorations.sources = sourcesOf(*lanes, first, last);
    const QRectF plot = TimelineLayout::plotRect(view.size, view.decorations);
    view.viewport =
        request.filter.from.isValid() && request.filter.to.isValid()
            ? Viewport(double(first.toJulianDay()),
                       double(last.toJulianDay() - first.toJulianDay() + 1), plot.width())
            : Viewport::fitting(first, last, plot.width());
    return TimelineLayout::layout(*lanes, view);
}

ChartExporter::Draw ChartBuilder::drawing(const Scene &scene, const ChartRequest &request)
{
    const Theme theme = Theme::of(request.theme);
    const auto background = request.transparent ? SceneRenderer::Background::Transparent
                                                : SceneRenderer::Background::Paint;
    return [scene, theme, background](QPainter &painter, const QRectF &area) {
        // The scene was laid out for the request's size; a device of another size scales it.
        painter.save();
        if (scene.size.width() > 0 && scene.size.height() > 0)
            painter.scale(area.width() / scene.size.width(), area.height() / scene.size.height());
        SceneRenderer::paint(painter, scene, theme, background);
        painter.restore();
    };
}

Result<ExportTarget> ChartBuilder::target(const ChartRequest &request, const QString &path)
{
    const auto format = imageFormatForPath(path);
    if (!format)
        return invalidData(
            QStringLiteral("%1: the file name must end in .png, .svg or .pdf").arg(path));
    ExportTarget target;
    target.path = path;
    target.format = *format;
    target.size = request.size;
    target.scale = request.scale;
    target.transparent = request.transparent && *format != ImageFormat::Pdf;
    target.title = request.decorations.title;
    if (auto size = ChartExporter::checkSize(target); !size)
        return size.error();
    return target;
}

Status ChartBuilder::write(Database &db, const ChartRequest &request, const QString &path)
{
    // Refused before the query and the layout, which would be wasted on it.
    if (auto checked = target(request, path); !checked)
        return checked.error();
    auto built = scene(db, request);
    if (!built)
        return built.error();
    return write(*built, request, path);
}

Status ChartBuilder::write(const Scene &scene, const ChartRequest &request, const QString &path)
{
    auto checked = target(request, path);
    if (!checked)
        return checked.error();
    return ChartExporter::write(*checked, drawing(scene, request));
}

Result<QImage> ChartBuilder::image(Database &db, const ChartRequest &request)
{
    // Refused before the query and the layout, which would be wasted on it.
    if (auto budget = ChartExporter::checkPixelBudget(request.size, request.scale); !budget)
        return budget.error();
    auto built = scene(db, request);
    if (!built)
        return built.error();
    QImage image = ChartExporter::toImage(request.size, request.scale, request.transparent,
                                          drawing(*built, request));
    if (image.isNull())
        return Error{Error::Kind::Io,
                     QStringLiteral("there is not enough memory for a chart of that size")};
    return image;
}
