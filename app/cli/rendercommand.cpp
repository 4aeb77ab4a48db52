#include "clicommand.h"
#include "commandcontext.h"
#include "export/chartbuilder.h"
#include "export/chartpreset.h"
#include "model/textlanguage.h"
#include "queryoptions.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>

#include <unistd.h>

namespace {
const QString outOption = QStringLiteral("out");
const QString chartOption = QStringLiteral("chart");
const QString widthOption = QStringLiteral("width");
const QString heightOption = QStringLiteral("height");
const QString scaleOption = QStringLiteral("scale");
const QString themeOption = QStringLiteral("theme");
const QString titleOption = QStringLiteral("title");
const QString subtitleOption = QStringLiteral("subtitle");
const QString transparentOption = QStringLiteral("transparent");
const QString noLegendOption = QStringLiteral("no-legend");
const QString leadershipOnlyOption = QStringLiteral("leadership-only");
const QString noSourcesOption = QStringLiteral("no-sources");
const QString presetOption = QStringLiteral("preset");
const QString typeScaleOption = QStringLiteral("type-scale");
const QString sourcesFileOption = QStringLiteral("sources-file");
const QString sourcesPageOption = QStringLiteral("sources-page");
const QString logScaleOption = QStringLiteral("log-scale");
const QString langOption = QStringLiteral("lang");

// "  article-720    Article column, 720 px wide (as tall as its content, type ×1.25)"
QString presetList()
{
    QString list;
    for (const ChartPreset &preset : ChartPreset::all()) {
        QString detail;
        if (preset.fitsHeight())
            detail = QCoreApplication::translate("RenderCommand", "as tall as its content");
        if (preset.typeScale != 1)
            detail += (detail.isEmpty() ? QString() : QStringLiteral(", ")) +
                      QCoreApplication::translate("RenderCommand", "type x%1")
                          .arg(QLocale().toString(preset.typeScale));
        list += QStringLiteral("\n  %1%2%3")
                    .arg(preset.name.leftJustified(14), preset.label(),
                         detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail));
    }
    return list;
}

// `render --out FILE [...]`: the timeline or funding chart as PNG, SVG or PDF, drawn by the same
// code as the viewer's screen and its export dialog. Needs no display.
class RenderCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)

public:
    QString name() const override { return QStringLiteral("render"); }
    QString summary() const override { return tr("draw a chart to a PNG, SVG or PDF file"); }
    QString description() const override
    {
        return tr("Draws the timeline (lanes, tenure bars, events, axis, legend), the funding "
                  "chart\n(rounds by amount, valuations, leadership changes; --log-scale puts "
                  "them on one\nlogarithmic axis) or the compare chart (each company's chief "
                  "executives on one\naxis) to FILE, in the "
                  "format its\nextension names: .png, .svg or .pdf. Sizes are in pixels at 96 "
                  "dpi (a PDF page of\n1123x794 is A4 landscape). Without --height the chart is "
                  "as tall as its content;\nwith a height, the content is laid out to fill it. "
                  "Without --from/--to the chart\nspans the events shown, first to last. Lanes "
                  "that do not fit are counted on the\nchart, and the footnote credits the "
                  "sources of what is drawn (outlet and date).\nIts pixels may take at most 512 "
                  "MiB (width x height x scale^2 x 4 bytes; the scale\ncounts for PNG only): "
                  "10000x10000 at scale 1 fits, as does 8000x4000 at scale 2.\nFILE is replaced "
                  "only once the chart is complete. Works with no display.\n\nPresets "
                  "(--preset NAME; --width and --height override its size):") +
               presetList();
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {outOption, tr("the file to write (.png, .svg or .pdf)"), tr("FILE")},
            {chartOption,
             tr("timeline (the default), funding, or compare (one row per company, its chief "
                "executives only; without --company the %1 companies with the most chief "
                "executives)")
                 .arg(ChartRequest().compareLimit),
             tr("KIND")},
            {logScaleOption, tr("funding: amounts and valuations on one logarithmic axis")},
            {presetOption,
             tr("a size for where the chart is read: article-720, article-1200, social, slide, "
                "full-hd, 4k, a4, letter (listed above)"),
             tr("NAME")},
            {widthOption, tr("width in pixels (default 1920)"), tr("W", "width")},
            {heightOption, tr("height in pixels (default: as tall as the content)"),
             tr("H", "height")},
            {typeScaleOption,
             tr("text and marks this many times their size, 0.5 to 4 (default 1, or the "
                "preset's)"),
             tr("S", "scale")},
            {scaleOption, tr("PNG only: pixels per unit, 1 to 4 (default 1)"), tr("S", "scale")},
            QueryOptions::from(),
            QueryOptions::to(),
            QueryOptions::company(),
            QueryOptions::type(),
            {themeOption, tr("light (the default) or dark"), tr("THEME")},
            {langOption,
             tr("the chart's language (legend, axis, notes, sources line, dates and amounts): en "
                "or es (default: the system's)"),
             tr("LANG")},
            {titleOption, tr("a title above the chart"), tr("TEXT")},
            {subtitleOption, tr("a subtitle under the title"), tr("TEXT")},
            {transparentOption, tr("PNG and SVG: no background")},
            {noLegendOption, tr("leave out the legend")},
            {leadershipOnlyOption, tr("timeline: only the chief executive, executives and chair")},
            {noSourcesOption, tr("leave out the footnote listing the sources")},
            {sourcesFileOption,
             tr("also write the full list of the sources of what is drawn to FILE (UTF-8 text)"),
             tr("FILE")},
            {sourcesPageOption, tr("PDF: add a page listing every source in full")},
        };
    }

    std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv) const override
    {
        // Painting text needs a GUI application; the offscreen platform needs no X server.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a session (ssh, cron, CI) Qt warns that XDG_RUNTIME_DIR is unset and falls back
        // to a private folder under /tmp; name that folder ourselves, so stderr carries only
        // tenure-cli's own messages.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime =
                QDir::temp().filePath(QStringLiteral("runtime-%1").arg(::getuid()));
            if (QDir().mkpath(runtime) &&
                QFile::setPermissions(runtime,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
        return std::make_unique<QGuiApplication>(argc, argv);
    }

    ExitCode run(CommandContext &context) const override
    {
        ChartRequest request;
        if (!read(context, request))
            return ExitCode::Usage;
        const QString out = context.value(outOption);
        auto store = context.openStore();
        if (!store)
            return context.fail(store.error());
        auto chart = ChartBuilder::build(store->events(), request);
        if (!chart)
            return context.fail(chart.error()); // the database's problem: exit 3
        // The file named with --out cannot or may not be written (OutputFile refuses the database
        // in use and any SQLite file): wrong usage, as for any file named on the command line,
        // not a problem of the database.
        if (auto written = ChartBuilder::write(*chart, request, out); !written) {
            context.console().error(written.error().message);
            return ExitCode::Usage;
        }
        context.console().print(tr("wrote %1").arg(QDir::toNativeSeparators(out)));
        if (chart->companiesLeftOut > 0)
            context.console().print(
                tr("%n more companies with chief executives not shown: choose them with "
                   "--company",
                   nullptr, chart->companiesLeftOut));
        if (context.isSet(sourcesFileOption)) {
            const QString sources = context.value(sourcesFileOption);
            if (auto written = ChartBuilder::writeSources(*chart, request, sources); !written) {
                context.console().error(written.error().message);
                return ExitCode::Usage;
            }
            context.console().print(tr("wrote %1").arg(QDir::toNativeSeparators(sources)));
        }
        return ExitCode::Done;
    }

private:
    static bool read(CommandContext &context, ChartRequest &request)
    {
        if (!context.isSet(outOption)) {
            context.usageError(tr("--out FILE is required"));
            return false;
        }
        if (!imageFormatForPath(context.value(outOption))) {
            context.usageError(
                tr("--out must end in .png, .svg or .pdf, not '%1'").arg(context.value(outOption)));
            return false;
        }
        const auto chart = context.choice(
            chartOption,
            {QStringLiteral("timeline"), QStringLiteral("funding"), QStringLiteral("compare")},
            QStringLiteral("timeline"));
        const auto theme =
            context.choice(themeOption, {QStringLiteral("light"), QStringLiteral("dark")},
                           QStringLiteral("light"));
        const auto language = context.choice(langOption, TextLanguage::codes(), QString());
        if (!chart || !theme || !language)
            return false;
        // Without --lang the chart speaks the program's language (QLocale's default).
        if (!language->isEmpty())
            request.locale = TextLanguage::localeFor(*language);
        request.kind = *chart == QLatin1String("funding")   ? ChartRequest::Kind::Funding
                       : *chart == QLatin1String("compare") ? ChartRequest::Kind::Compare
                                                            : ChartRequest::Kind::Timeline;
        if (context.isSet(logScaleOption) && request.kind != ChartRequest::Kind::Funding) {
            context.usageError(tr("--log-scale is for --chart funding"));
            return false;
        }
        request.logScale = context.isSet(logScaleOption);
        request.theme = *theme == QLatin1String("dark") ? Theme::Kind::Dark : Theme::Kind::Light;
        const ChartPreset *preset = nullptr;
        if (context.isSet(presetOption)) {
            preset = ChartPreset::named(context.value(presetOption).trimmed().toLower());
            if (!preset) {
                QStringList names;
                for (const ChartPreset &known : ChartPreset::all())
                    names << known.name;
                context.usageError(
                    tr("--preset must be one of %1, not '%2'")
                        .arg(names.join(QStringLiteral(", ")), context.value(presetOption)));
                return false;
            }
            preset->applyTo(request);
        } else {
            request.fitHeight = true; // without a height, as tall as the content
        }
        const auto width = context.number(widthOption, int(request.size.width()), 320, 10000);
        const auto height = context.number(heightOption, int(request.size.height()), 200, 10000);
        const auto scale = context.number(scaleOption, 1, 1, 4);
        const auto typeScale = decimal(context, typeScaleOption, request.typeScale, 0.5, 4);
        if (!width || !height || !scale || !typeScale)
            return false;
        // A preset's size as it is (A4 is not a whole number of pixels), unless overridden.
        if (context.isSet(widthOption))
            request.size.setWidth(*width);
        if (context.isSet(heightOption)) {
            request.size.setHeight(*height);
            request.fitHeight = false;
        }
        request.scale = *scale;
        request.typeScale = *typeScale;
        request.sourcesPage = context.isSet(sourcesPageOption);
        if (!QueryOptions::readDates(context, request.filter) ||
            !QueryOptions::readTypes(context, request.filter))
            return false;
        QueryOptions::readCompanies(context, request.filter);
        request.transparent = context.isSet(transparentOption);
        request.decorations.title = context.value(titleOption).trimmed();
        request.decorations.subtitle = context.value(subtitleOption).trimmed();
        request.decorations.legend = !context.isSet(noLegendOption);
        request.rows.leadershipOnly = context.isSet(leadershipOnlyOption);
        request.listSources = !context.isSet(noSourcesOption);
        // Too many pixels for the memory budget: said before the database is even opened.
        if (auto target = ChartBuilder::target(request, context.value(outOption)); !target) {
            context.usageError(target.error().message);
            return false;
        }
        return true;
    }

    // A number option within bounds; reports a usage error and returns nullopt otherwise.
    static std::optional<double> decimal(CommandContext &context, const QString &option,
                                         double fallback, double least, double most)
    {
        if (!context.isSet(option))
            return fallback;
        bool ok = false;
        const double value = context.value(option).trimmed().toDouble(&ok);
        if (!ok || !(value >= least && value <= most)) {
            context.usageError(tr("--%1 must be a number from %2 to %3, not '%4'")
                                   .arg(option)
                                   .arg(least)
                                   .arg(most)
                                   .arg(context.value(option)));
            return std::nullopt;
        }
        return value;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeRenderCommand()
{
    return std::make_unique<RenderCommand>();
}
