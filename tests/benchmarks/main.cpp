// tenure-bench: how fast Tenure opens, draws and exports large databases (docs/performance.md).
#include "benchmarkrun.h"
#include "syntheticdata.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QProcess>

#include <cstdio>
#include <optional>
#include <vector>

namespace {
constexpr int defaultExportEvents = 100000;
const std::vector<int> defaultSizes{10000, 100000, 1000000};

void printLine(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "tenure-bench: %s\n", qPrintable(message));
    return 1;
}

// Each size is measured in a process of its own, so its peak memory is its own and neither
// the generator nor a previous size leaves anything behind in the heap.
Result<QString> runChild(const QString &option, int events)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {option, QString::number(events)});
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit ||
        child.exitCode() != 0)
        return Error{Error::Kind::Io, QStringLiteral("the measurement of %1 events failed (%2)")
                                          .arg(events)
                                          .arg(child.errorString())};
    return QString::fromUtf8(child.readAllStandardOutput()).trimmed();
}

std::optional<int> eventCount(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const int events = parser.value(option).toInt(&ok);
    if (!ok || events < SyntheticData::companyCount)
        return std::nullopt;
    return events;
}

// Internal: measures one cached size in this process and prints its line.
int measure(int events, bool exportPng)
{
    const QString path = SyntheticData::cachePath(events);
    if (exportPng) {
        auto ms = BenchmarkRun::measureExport(path, events);
        if (!ms)
            return fail(ms.error().message);
        printLine(QStringLiteral("events=%1 export_png_%2x%3_ms=%4")
                      .arg(events)
                      .arg(BenchmarkRun::exportSize.width())
                      .arg(BenchmarkRun::exportSize.height())
                      .arg(*ms, 0, 'f', 1));
        return 0;
    }
    auto figures = BenchmarkRun::measureFrames(path, events);
    if (!figures)
        return fail(figures.error().message);
    printLine(figures->line());
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tenure-bench"));
    QLocale::setDefault(QLocale::c());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "Measures how fast Tenure opens, draws and exports large databases (see "
            "docs/performance.md).\n\n"
            "Without options, measures 10000, 100000 and 1000000 events and prints one line per "
            "size:\n"
            "  events=N open_first_frame_ms=X frame_median_ms=Y frame_p95_ms=Z peak_rss_mb=W\n"
            "open_first_frame_ms: opening the file up to the first 1920x1080 frame painted;\n"
            "frame_median_ms, frame_p95_ms: the frames of 100 zoom, pan and scroll steps;\n"
            "peak_rss_mb: the peak resident memory (VmHWM, MiB) of the process that measured.\n\n"
            "With --export-png, writes a 3840x2160 PNG of the whole timeline with ChartBuilder and "
            "prints:\n"
            "  events=N export_png_3840x2160_ms=X\n\n"
            "The synthetic databases (1000 companies, 1976-2025) are generated once and cached in "
            "%1; delete them to regenerate. A breakdown by stage goes to stderr.")
            .arg(QFileInfo(SyntheticData::cachePath(0)).path()));
    parser.addHelpOption();
    const QCommandLineOption eventsOption(
        QStringLiteral("events"),
        QStringLiteral("Measure one size only: N events (at least 1000)."), QStringLiteral("N"));
    const QCommandLineOption exportOption(
        QStringLiteral("export-png"),
        QStringLiteral("Time a 4K PNG export instead (of 100000 events unless --events)."));
    QCommandLineOption measureOption(
        QStringLiteral("measure"), QStringLiteral("Internal: measure frames of N in this process."),
        QStringLiteral("N"));
    QCommandLineOption measureExportOption(
        QStringLiteral("measure-export"),
        QStringLiteral("Internal: measure an export of N in this process."), QStringLiteral("N"));
    measureOption.setFlags(QCommandLineOption::HiddenFromHelp);
    measureExportOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({eventsOption, exportOption, measureOption, measureExportOption});
    parser.process(app);

    for (const QCommandLineOption *internal : {&measureOption, &measureExportOption}) {
        if (parser.isSet(*internal)) {
            const auto events = eventCount(parser, *internal);
            if (!events)
                return fail(
                    QStringLiteral("--%1 needs a number of events").arg(internal->names().front()));
            return measure(*events, internal == &measureExportOption);
        }
    }

    const bool exportPng = parser.isSet(exportOption);
    std::vector<int> sizes = exportPng ? std::vector<int>{defaultExportEvents} : defaultSizes;
    if (parser.isSet(eventsOption)) {
        const auto events = eventCount(parser, eventsOption);
        if (!events) {
            std::fprintf(stderr, "tenure-bench: --events needs a whole number of at least %d\n",
                         SyntheticData::companyCount);
            return 2;
        }
        sizes = {*events};
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "tenure-bench: unexpected argument '%s'; see --help\n",
                     qPrintable(parser.positionalArguments().front()));
        return 2;
    }

    for (const int events : sizes) {
        auto cache = SyntheticData::ensure(events);
        if (!cache)
            return fail(cache.error().message);
        auto line = runChild(
            exportPng ? QStringLiteral("--measure-export") : QStringLiteral("--measure"), events);
        if (!line)
            return fail(line.error().message);
        printLine(*line);
    }
    return 0;
}
