// tenure-bench: how fast Tenure opens, draws, exports, imports, lists and checks large databases
// (docs/performance.md).
#include "benchmarkoutput.h"
#include "benchmarkrun.h"
#include "checkbenchmark.h"
#include "guibenchmark.h"
#include "importbenchmark.h"
#include "interactionbenchmark.h"
#include "measurementprocess.h"
#include "querybenchmark.h"
#include "store/database.h"
#include "syntheticcsv.h"
#include "syntheticdata.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>
#include <optional>
#include <vector>

namespace {
using Out = BenchmarkOutput;

constexpr int defaultExportEvents = 100000;
constexpr int defaultLargeEvents = 1000000; // --import, --list and --check
const std::vector<int> defaultSizes{10000, 100000, 1000000};

// Interaction: internal, the warm half of the second line of Frames.
enum class Mode { Frames, ExportPng, Import, ImportFile, List, Check, Interaction, Gui };

std::optional<int> eventCount(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const int events = parser.value(option).toInt(&ok);
    if (!ok || events < SyntheticData::companyCount)
        return std::nullopt;
    return events;
}

// Internal: measures one cached size in this process and prints its line.
int measure(int events, Mode mode)
{
    const QString path = SyntheticData::cachePath(events);
    if (mode == Mode::ExportPng) {
        auto ms = BenchmarkRun::measureExport(path, events);
        if (!ms)
            return Out::fail(ms.error().message);
        Out::line(QStringLiteral("events=%1 export_png_%2x%3_ms=%4")
                      .arg(events)
                      .arg(BenchmarkRun::exportSize.width())
                      .arg(BenchmarkRun::exportSize.height())
                      .arg(*ms, 0, 'f', 1));
        return 0;
    }
    if (mode == Mode::Interaction) {
        auto figures = InteractionBenchmark::measure(path, events);
        if (!figures)
            return Out::fail(figures.error().message);
        Out::line(figures->line());
        return 0;
    }
    if (mode == Mode::Gui) {
        auto figures = GuiBenchmark::measure(path, events);
        if (!figures)
            return Out::fail(figures.error().message);
        Out::line(figures->line());
        return 0;
    }
    if (mode == Mode::Check) {
        auto line = CheckBenchmark::measure(path, events);
        if (!line)
            return Out::fail(line.error().message);
        Out::line(*line);
        return 0;
    }
    auto figures = BenchmarkRun::measureFrames(path, events);
    if (!figures)
        return Out::fail(figures.error().message);
    Out::line(figures->line());
    return 0;
}

// The cached database, in the current schema: a cache made before a schema change holds the same
// events, and opening it for writing upgrades it as the viewer would, so that the measurements
// that open it read-only (as tenure-cli list and the viewer's whole check do) can.
Result<QString> ensureCurrent(int events)
{
    auto cache = SyntheticData::ensure(events);
    if (!cache)
        return cache.error();
    if (auto db = Database::open(*cache); !db)
        return db.error();
    return cache;
}

// One size in the mode chosen, the measurement in a child process where memory is reported.
Result<QString> runSize(int events, Mode mode, bool profileStatements)
{
    auto cache = ensureCurrent(events);
    if (!cache)
        return cache.error();
    if (mode == Mode::Import) {
        auto csv = SyntheticCsv::ensure(events);
        if (!csv)
            return csv.error();
        return ImportBenchmark::run(*csv, profileStatements);
    }
    if (mode == Mode::List) {
        // Prints a line per filter itself.
        if (auto status = QueryBenchmark::run(*cache, events); !status)
            return status.error();
        return QString();
    }
    if (mode == Mode::Frames) {
        auto frames =
            MeasurementProcess::run({QStringLiteral("--measure"), QString::number(events)});
        if (!frames)
            return frames.error();
        Out::line(*frames); // now: the second line takes longer
        return InteractionBenchmark::run(events);
    }
    if (mode == Mode::Gui)
        return GuiBenchmark::run(events);
    const char *option = mode == Mode::ExportPng ? "--measure-export" : "--measure-check";
    return MeasurementProcess::run({QLatin1String(option), QString::number(events)});
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // --gui opens the main window
    QCoreApplication::setApplicationName(QStringLiteral("tenure-bench"));
    QLocale::setDefault(QLocale::c());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "Measures how fast Tenure opens, draws, filters, edits, searches, exports, imports, "
            "lists and checks large databases (see docs/performance.md).\n\n"
            "Without options, measures 10000, 100000 and 1000000 events and prints two lines per "
            "size:\n"
            "  events=N open_first_frame_ms=X frame_median_ms=Y frame_p95_ms=Z peak_rss_mb=W\n"
            "  events=N filtered_fit_ms=A edit_to_frame_ms=B search_ms=C funding_export_ms=D "
            "filtered_export_ms=E cold_open_first_frame_ms=G cold_frame_p95_ms=H "
            "bytes_per_event=I peak_rss_mb=F\n"
            "open_first_frame_ms: opening the file up to the first 1920x1080 frame painted;\n"
            "frame_median_ms, frame_p95_ms: the frames of 100 zoom, pan and scroll steps;\n"
            "filtered_fit_ms: one event type unticked (other), then fit all, to its first frame;\n"
            "edit_to_frame_ms: an event added through the undo history, the lanes it touched "
            "read again and the next frame drawn (on a copy of the database);\n"
            "search_ms: a full-text search for \"ceo\" as the filter, fitted, to its first "
            "frame;\n"
            "funding_export_ms, filtered_export_ms: a 1920x1080 PNG of the funding chart and of "
            "the timeline with that type unticked;\n"
            "cold_open_first_frame_ms, cold_frame_p95_ms: open, first frame and frame p95 in a new "
            "process after the page cache is dropped (needs root; n/a otherwise);\n"
            "bytes_per_event: the file and its write-ahead log on disk, per event;\n"
            "the figures of the second line are medians of 5 runs but the cold ones;\n"
            "peak_rss_mb: the peak resident memory (VmHWM, MiB) of the process that measured "
            "(the warm figures, on the second line).\n\n"
            "With --export-png, writes a 3840x2160 PNG of the whole timeline with ChartBuilder and "
            "prints:\n"
            "  events=N export_png_3840x2160_ms=X\n\n"
            "With --import (or --import-file FILE.csv), times tenure-cli import's work on the "
            "synthetic database exported to CSV (1000000 events unless --events) into a new "
            "database, then the sqlite3 shell inserting the same rows in one transaction:\n"
            "  rows=N tenure_import_ms=X tenure_cpu_ms=C sqlite3_shell_ms=Y sqlite3_cpu_ms=D "
            "ratio=Z peak_rss_mb=W\n\n"
            "With --list, times tenure-cli list --company and --search end to end and the query "
            "alone, one line per filter:\n"
            "  events=N list=KIND matches=M cli_list_ms=X query_ms=Y\n\n"
            "With --check, times the data check over every company and after one company's "
            "edit:\n"
            "  events=N check_all_ms=X check_one_company_ms=Y contradictions=C guesses=G\n\n"
            "With --gui, opens the real main window offscreen, with all its panels, on the "
            "database (1000000 events unless --events), drives it through the same 100 steps with "
            "wheel, drag and key events, then pages through every lane:\n"
            "  gui_events=N open_first_paint_ms=A frame_p95_ms=B cpu_per_step_ms=C peak_rss_mb=D\n"
            "open_first_paint_ms: opening the file to the timeline's first paint; frame_p95_ms: "
            "input to repaint; cpu_per_step_ms: CPU of the whole process a step, the panels "
            "catching up included; peak_rss_mb: after paging through every lane.\n\n"
            "The synthetic databases (1000 companies, 1976-2025) are generated once and cached in "
            "%1, with their CSV; delete them to regenerate. A breakdown by stage goes to stderr.")
            .arg(QFileInfo(SyntheticData::cachePath(0)).path()));
    parser.addHelpOption();
    const QCommandLineOption eventsOption(
        QStringLiteral("events"),
        QStringLiteral("Measure one size only: N events (at least 1000)."), QStringLiteral("N"));
    const QCommandLineOption exportOption(
        QStringLiteral("export-png"),
        QStringLiteral("Time a 4K PNG export instead (of 100000 events unless --events)."));
    const QCommandLineOption importOption(
        QStringLiteral("import"),
        QStringLiteral("Time an import of the synthetic CSV against the sqlite3 shell (1000000 "
                       "events unless --events)."));
    const QCommandLineOption importFileOption(
        QStringLiteral("import-file"),
        QStringLiteral("Time an import of FILE.csv, its valid rows (as --skip-invalid), against "
                       "the sqlite3 shell."),
        QStringLiteral("FILE"));
    const QCommandLineOption listOption(
        QStringLiteral("list"),
        QStringLiteral("Time tenure-cli list with a company or text filter (1000000 events unless "
                       "--events)."));
    const QCommandLineOption checkOption(
        QStringLiteral("check"),
        QStringLiteral("Time the whole data check and one company's (1000000 events unless "
                       "--events)."));
    const QCommandLineOption guiOption(
        QStringLiteral("gui"),
        QStringLiteral("Drive the real main window offscreen (1000000 events unless --events)."));
    const QCommandLineOption sqlProfileOption(
        QStringLiteral("sql-profile"),
        QStringLiteral("With --import or --import-file: also report SQLite's time by statement "
                       "(slows the import by up to 15 %: not for the figures)."));
    QCommandLineOption measureOption(
        QStringLiteral("measure"), QStringLiteral("Internal: measure frames of N in this process."),
        QStringLiteral("N"));
    QCommandLineOption measureExportOption(
        QStringLiteral("measure-export"),
        QStringLiteral("Internal: measure an export of N in this process."), QStringLiteral("N"));
    QCommandLineOption measureInteractionOption(
        QStringLiteral("measure-interaction"),
        QStringLiteral("Internal: measure filtering, an edit, a search and exports of N in this "
                       "process."),
        QStringLiteral("N"));
    QCommandLineOption measureCheckOption(
        QStringLiteral("measure-check"),
        QStringLiteral("Internal: measure the data check of N in this process."),
        QStringLiteral("N"));
    QCommandLineOption measureGuiOption(
        QStringLiteral("measure-gui"),
        QStringLiteral("Internal: drive the main window on N in this process."),
        QStringLiteral("N"));
    QCommandLineOption measureImportOption(
        QStringLiteral("measure-import"),
        QStringLiteral("Internal: import FILE in this process (into --into)."),
        QStringLiteral("FILE"));
    QCommandLineOption intoOption(
        QStringLiteral("into"),
        QStringLiteral("Internal: the new database --measure-import makes."), QStringLiteral("DB"));
    for (QCommandLineOption *internal :
         {&measureOption, &measureExportOption, &measureInteractionOption, &measureCheckOption,
          &measureGuiOption, &measureImportOption, &intoOption})
        internal->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({eventsOption, exportOption, importOption, importFileOption, listOption,
                       checkOption, guiOption, sqlProfileOption, measureOption, measureExportOption,
                       measureInteractionOption, measureCheckOption, measureGuiOption,
                       measureImportOption, intoOption});
    parser.process(app);

    if (parser.isSet(measureImportOption)) {
        if (parser.value(intoOption).isEmpty())
            return Out::fail(QStringLiteral("--measure-import needs --into DB"));
        auto figures =
            ImportBenchmark::measure(parser.value(measureImportOption), parser.value(intoOption),
                                     parser.isSet(sqlProfileOption));
        if (!figures)
            return Out::fail(figures.error().message);
        Out::line(figures->line());
        return 0;
    }
    for (const auto &[internal, mode] :
         {std::pair{&measureOption, Mode::Frames}, std::pair{&measureExportOption, Mode::ExportPng},
          std::pair{&measureInteractionOption, Mode::Interaction},
          std::pair{&measureCheckOption, Mode::Check}, std::pair{&measureGuiOption, Mode::Gui}}) {
        if (parser.isSet(*internal)) {
            const auto events = eventCount(parser, *internal);
            if (!events)
                return Out::fail(
                    QStringLiteral("--%1 needs a number of events").arg(internal->names().front()));
            return measure(*events, mode);
        }
    }

    std::vector<Mode> modes;
    for (const auto &[option, mode] :
         {std::pair{&exportOption, Mode::ExportPng}, std::pair{&importOption, Mode::Import},
          std::pair{&importFileOption, Mode::ImportFile}, std::pair{&listOption, Mode::List},
          std::pair{&checkOption, Mode::Check}, std::pair{&guiOption, Mode::Gui}}) {
        if (parser.isSet(*option))
            modes.push_back(mode);
    }
    if (modes.size() > 1) {
        std::fprintf(stderr, "tenure-bench: choose one of --export-png, --import, --import-file, "
                             "--list, --check and --gui\n");
        return 2;
    }
    const Mode mode = modes.empty() ? Mode::Frames : modes.front();
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "tenure-bench: unexpected argument '%s'; see --help\n",
                     qPrintable(parser.positionalArguments().front()));
        return 2;
    }

    if (mode == Mode::ImportFile) {
        if (parser.isSet(eventsOption)) {
            std::fprintf(stderr, "tenure-bench: --import-file imports the file given; --events "
                                 "does not apply\n");
            return 2;
        }
        const QString file = parser.value(importFileOption);
        if (!QFileInfo(file).isFile()) {
            std::fprintf(stderr, "tenure-bench: %s: there is no such file\n", qPrintable(file));
            return 2;
        }
        auto line = ImportBenchmark::run(QFileInfo(file).absoluteFilePath(),
                                         parser.isSet(sqlProfileOption));
        if (!line)
            return Out::fail(line.error().message);
        Out::line(*line);
        return 0;
    }

    std::vector<int> sizes = mode == Mode::Frames      ? defaultSizes
                             : mode == Mode::ExportPng ? std::vector<int>{defaultExportEvents}
                                                       : std::vector<int>{defaultLargeEvents};
    if (parser.isSet(eventsOption)) {
        const auto events = eventCount(parser, eventsOption);
        if (!events) {
            std::fprintf(stderr, "tenure-bench: --events needs a whole number of at least %d\n",
                         SyntheticData::companyCount);
            return 2;
        }
        sizes = {*events};
    }
    for (const int events : sizes) {
        auto line = runSize(events, mode, parser.isSet(sqlProfileOption));
        if (!line)
            return Out::fail(line.error().message);
        if (!line->isEmpty())
            Out::line(*line);
    }
    return 0;
}
