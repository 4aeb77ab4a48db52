#include "chartbuilder.h"

#include "files/outputfile.h"
#include "model/textfolding.h"
#include "model/textlanguage.h"
#include "query/companypalette.h"
#include "query/timelinesource.h"
#include "render/scenerenderer.h"
#include "sourcecredits.h"
#include "store/eventrepository.h"
#include "timeline/comparechartlayout.h"
#include "timeline/fundingchartlayout.h"
#include "timelinechart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {
std::vector<const Event *> eventsWithin(std::span<const LaneData> lanes, QDate first, QDate last)
{
    std::vector<const Event *> shown;
    for (const LaneData &lane : lanes) {
        for (const Event &event : lane.events) {
            if (event.date.lastDay() >= first && event.date.firstDay() <= last)
                shown.push_back(&event);
        }
    }
    return shown;
}

// The lanes of the funding chart's companies (`read.companies`, in that order): their events
// only, one company at a time through its index. Unlike TimelineSource::allLanes, no tenures
// are derived and no notes read: the chart draws neither.
Result<std::vector<LaneData>> fundingLanes(EventStore &repository, const EventQuery &read,
                                           const std::stop_token &stop)
{
    auto stored = repository.companies(read.companies);
    if (!stored)
        return stored.error();
    // The company's own colour, else one picked for it, as the timeline's lanes have it.
    const auto colorOf = [&stored](const QString &name) {
        const QString key = TextFolding::caseless(name);
        const auto own = std::find_if(stored->begin(), stored->end(), [&](const Company &c) {
            return TextFolding::caseless(c.name) == key;
        });
        return own != stored->end() && own->color.isValid() ? own->color
                                                            : CompanyPalette::colorFor(name);
    };
    std::vector<LaneData> lanes;
    for (const QString &name : read.companies) {
        if (stop.stop_requested())
            return ChartExporter::cancelled();
        EventQuery one = read;
        one.companies = {name};
        one.limit = -1;
        auto events = repository.query(one);
        if (!events)
            return events.error();
        lanes.push_back(LaneData{name, colorOf(name), std::move(*events), {}, {}});
    }
    return lanes;
}

// A funding chart fitted to its content has the proportions of a screen.
constexpr double fundingAspect = 9.0 / 16.0;

// The compare chart's companies: those asked for, else the ones with the most chief-executive
// tenures (the most changes at the top), at most `limit` of them. Stopped, it returns early.
std::vector<LaneData> compareCompanies(std::span<const LaneData> lanes, bool chosen, int limit,
                                       const std::stop_token &stop)
{
    std::vector<LaneData> companies;
    for (const LaneData &lane : lanes) {
        if (stop.stop_requested())
            return {};
        LaneData company = lane;
        company.tenures = CompareChartLayout::chiefExecutiveTenures(lane);
        if (chosen || !company.tenures.empty())
            companies.push_back(std::move(company));
    }
    if (!chosen) {
        std::stable_sort(companies.begin(), companies.end(),
                         [](const LaneData &a, const LaneData &b) {
                             return a.tenures.size() > b.tenures.size();
                         });
        if (companies.size() > size_t(std::max(1, limit)))
            companies.resize(size_t(std::max(1, limit)));
    }
    return companies;
}
} // namespace

Result<BuiltChart> ChartBuilder::buildCompare(TimelineSource &source, const ChartRequest &request,
                                              QDate today, const std::stop_token &stop)
{
    auto lanes = source.allLanes();
    if (!lanes)
        return lanes.error();
    const bool chosen = !request.filter.companies.isEmpty();
    const std::vector<LaneData> companies =
        compareCompanies(*lanes, chosen, request.compareLimit, stop);
    if (stop.stop_requested())
        return ChartExporter::cancelled();
    int withChiefs = 0;
    for (const LaneData &lane : *lanes)
        withChiefs += CompareChartLayout::chiefExecutiveTenures(lane).empty() ? 0 : 1;
    const double typeScale = std::clamp(request.typeScale, 0.25, 8.0);
    CompareChartOptions options;
    options.size = request.size / typeScale;
    options.fitHeight = request.fitHeight;
    options.from = request.filter.from;
    options.to = request.filter.to;
    options.today = today;
    options.decorations = request.decorations;
    options.leftOut = chosen ? 0 : withChiefs - int(companies.size());
    if (options.decorations.title.trimmed().isEmpty())
        options.decorations.title =
            CompareChartLayout::defaultTitle(companies, options.from, options.to, today);
    // The footnote credits the events behind the tenures drawn: their appointments and ends.
    std::vector<const Event *> shown;
    for (const LaneData &company : companies) {
        if (stop.stop_requested())
            return ChartExporter::cancelled();
        for (const Event &event : company.events) {
            const bool behind = std::any_of(
                company.tenures.begin(), company.tenures.end(), [&](const Tenure &tenure) {
                    return event.id != 0 &&
                           (tenure.startEventId == event.id || tenure.endEventId == event.id);
                });
            if (behind)
                shown.push_back(&event);
        }
    }
    const SourceCredits credits(shown);
    if (request.listSources)
        options.decorations.sources = credits.credits();
    BuiltChart chart;
    chart.scene = CompareChartLayout::layout(companies, options);
    chart.size = QSizeF(request.size.width(), request.fitHeight
                                                  ? std::ceil(chart.scene.size.height() * typeScale)
                                                  : request.size.height());
    chart.sources = credits.fullList();
    chart.companiesLeftOut = options.leftOut;
    return chart;
}

Result<BuiltChart> ChartBuilder::build(Database &db, const ChartRequest &request,
                                       const std::stop_token &stop)
{
    EventRepository events(db);
    return build(events, request, stop);
}

Result<BuiltChart> ChartBuilder::build(EventStore &events, const ChartRequest &request,
                                       const std::stop_token &stop)
{
    if (stop.stop_requested())
        return ChartExporter::cancelled();
    // The layout's texts, dates and amounts in the chart's language, on this thread only.
    const TextLanguage::Scope language(request.locale);
    const QDate today = request.today.isValid() ? request.today : QDate::currentDate();
    auto chart = [&]() -> Result<BuiltChart> {
        if (request.kind == ChartRequest::Kind::Funding)
            return buildFunding(events, request, today, stop);
        TimelineSource source(events);
        if (auto status = source.setFilter(request.filter); !status)
            return status.error();
        if (stop.stop_requested())
            return ChartExporter::cancelled();
        if (request.kind == ChartRequest::Kind::Timeline)
            return TimelineChart::build(source, request, today);
        return buildCompare(source, request, today, stop);
    }();
    // Laid out but not painted yet: painting is the dearer half, not done for a stopped chart.
    if (chart && stop.stop_requested())
        return ChartExporter::cancelled();
    return chart;
}

Result<BuiltChart> ChartBuilder::buildFunding(EventStore &events, const ChartRequest &request,
                                              QDate today, const std::stop_token &stop)
{
    const double typeScale = std::clamp(request.typeScale, 0.25, 8.0);
    BuiltChart chart;
    chart.size = request.size;
    if (request.fitHeight)
        chart.size.setHeight(std::round(request.size.width() * fundingAspect));
    FundingChartOptions options;
    options.size = chart.size / typeScale;
    options.from = request.filter.from;
    options.to = request.filter.to;
    options.decorations = request.decorations;
    options.logScale = request.logScale;

    // The chart's companies are those with a round the filter lets through (with any matching
    // event when the filter leaves rounds out), found by the index, in the lanes' order.
    EventQuery charted = request.filter;
    if (charted.types.isEmpty() || charted.types.contains(EventType::Funding))
        charted.types = {EventType::Funding};
    auto companies = events.companiesMatching(charted);
    if (!companies)
        return companies.error();
    if (stop.stop_requested())
        return ChartExporter::cancelled();
    std::sort(companies->begin(), companies->end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    // Only the companies that could get a panel are read; the rest are counted by name.
    const auto drawn = std::min<qsizetype>(
        companies->size(), qsizetype(FundingChartLayout::mostPanels(options.size.height())));
    std::vector<LaneData> lanes;
    QDate first, last;
    if (drawn > 0) {
        EventQuery read = request.filter;
        read.companies = companies->first(drawn);
        auto loaded = fundingLanes(events, read, stop);
        if (!loaded)
            return loaded.error();
        lanes = std::move(*loaded);
        if (stop.stop_requested())
            return ChartExporter::cancelled();
        // The span the credits look at, as the timeline has it; the source's lanes stay unread.
        TimelineSource source(events);
        if (auto status = source.setFilter(read); !status)
            return status.error();
        auto extent = source.extent(today);
        if (!extent)
            return extent.error();
        std::tie(first, last) = *extent;
    }
    for (qsizetype i = drawn; i < companies->size(); ++i)
        lanes.push_back(
            LaneData{companies->at(i), CompanyPalette::colorFor(companies->at(i)), {}, {}, {}});

    const std::vector<const Event *> shown = eventsWithin(lanes, first, last);
    const SourceCredits credits(shown);
    if (request.listSources)
        options.decorations.sources = credits.credits();
    chart.scene = FundingChartLayout::layout(lanes, options);
    chart.sources = credits.fullList();
    return chart;
}

Result<Scene> ChartBuilder::scene(Database &db, const ChartRequest &request)
{
    auto built = build(db, request);
    if (!built)
        return built.error();
    return std::move(built->scene);
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
        return invalidData(QCoreApplication::translate(
                               "ChartBuilder", "%1: the file name must end in .png, .svg or .pdf")
                               .arg(path));
    ExportTarget target;
    target.path = path;
    target.format = *format;
    // A height fitted to the content is not known yet: the width alone is checked here, the
    // content's height is kept within the budget by the layout.
    target.size = request.fitHeight ? QSizeF(request.size.width(), 1) : request.size;
    target.scale = request.scale;
    target.transparent = request.transparent && *format != ImageFormat::Pdf;
    target.title = request.decorations.title;
    if (auto size = ChartExporter::checkSize(target); !size)
        return size.error();
    return target;
}

Status ChartBuilder::write(Database &db, const ChartRequest &request, const QString &path,
                           const std::stop_token &stop)
{
    // Refused before the query and the layout, which would be wasted on it.
    if (auto checked = target(request, path); !checked)
        return checked.error();
    auto built = build(db, request, stop);
    if (!built)
        return built.error();
    return write(*built, request, path, stop);
}

Status ChartBuilder::write(const BuiltChart &chart, const ChartRequest &request,
                           const QString &path, const std::stop_token &stop)
{
    auto checked = target(request, path);
    if (!checked)
        return checked.error();
    checked->size = chart.size;
    if (checked->format == ImageFormat::Pdf && request.sourcesPage)
        checked->appendix = sourcesText(chart, request);
    return ChartExporter::write(*checked, drawing(chart.scene, request), stop);
}

QStringList ChartBuilder::sourcesText(const BuiltChart &chart, const ChartRequest &request)
{
    const TextLanguage::Scope language(request.locale);
    const QString title = request.decorations.title.trimmed();
    QStringList lines;
    lines
        << (title.isEmpty()
                ? TextLanguage::translate("ChartBuilder", "Sources of the chart")
                : TextLanguage::translate("ChartBuilder", "Sources of the chart “%1”").arg(title));
    lines << QString();
    if (chart.sources.isEmpty())
        lines << TextLanguage::translate("ChartBuilder", "The events drawn cite no sources.");
    lines << chart.sources;
    return lines;
}

Status ChartBuilder::writeSources(const BuiltChart &chart, const ChartRequest &request,
                                  const QString &path, const std::stop_token &stop)
{
    if (stop.stop_requested())
        return ChartExporter::cancelled();
    OutputFile file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    const QString text = sourcesText(chart, request).join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (auto written = file.write(text.toUtf8()); !written) {
        file.cancel();
        return written;
    }
    if (stop.stop_requested()) {
        file.cancel();
        return ChartExporter::cancelled();
    }
    return file.commit();
}

QString ChartBuilder::sourcesPathFor(const QString &chartPath)
{
    const QFileInfo info(chartPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-sources.txt"));
}

Result<QImage> ChartBuilder::image(Database &db, const ChartRequest &request)
{
    // Refused before the query and the layout, which would be wasted on it.
    const QSizeF least = request.fitHeight ? QSizeF(request.size.width(), 1) : request.size;
    if (auto budget = ChartExporter::checkPixelBudget(least, request.scale); !budget)
        return budget.error();
    auto built = build(db, request);
    if (!built)
        return built.error();
    QImage image = ChartExporter::toImage(built->size, request.scale, request.transparent,
                                          drawing(built->scene, request));
    if (image.isNull())
        return Error{Error::Kind::Io,
                     QCoreApplication::translate(
                         "ChartBuilder", "there is not enough memory for a chart of that size")};
    return image;
}
