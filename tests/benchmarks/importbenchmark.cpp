#include "importbenchmark.h"

#include "benchmarkoutput.h"
#include "benchmarkrun.h"
#include "edit/importplan.h"
#include "figureline.h"
#include "io/eventfile.h"
#include "measurementprocess.h"
#include "sqliteshellimport.h"
#include "statementprofile.h"
#include "store/database.h"
#include "store/eventrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <memory>
#include <optional>

namespace {
using Out = BenchmarkOutput;
} // namespace

QString ImportFigures::line() const
{
    return QStringLiteral("rows=%1 tenure_import_ms=%2 tenure_cpu_ms=%3 peak_rss_mb=%4")
        .arg(rows)
        .arg(wallMs, 0, 'f', 1)
        .arg(cpuMs, 0, 'f', 1)
        .arg(peakRssMb);
}

Result<ImportFigures> ImportFigures::fromLine(const QString &line)
{
    FigureLine figures(line);
    ImportFigures read;
    read.rows = qint64(figures.number("rows"));
    read.wallMs = figures.number("tenure_import_ms");
    read.cpuMs = figures.number("tenure_cpu_ms");
    read.peakRssMb = qint64(figures.number("peak_rss_mb"));
    if (!figures.ok())
        return figures.error("import");
    return read;
}

Result<QString> ImportBenchmark::run(const QString &csv, bool profileStatements)
{
    // Scratch files: the imported database, the shell's copies and scripts; a few GB at 1M.
    const QString work =
        QDir::tempPath() +
        QStringLiteral("/tenure-bench/import-%1").arg(QCoreApplication::applicationPid());
    QDir(work).removeRecursively();
    if (!QDir().mkpath(work))
        return Error{Error::Kind::Io, QStringLiteral("cannot create %1").arg(work)};
    const auto cleanUp = qScopeGuard([&work]() { QDir(work).removeRecursively(); });
    const QString imported = work + QStringLiteral("/tenure.sqlite");

    QStringList arguments{QStringLiteral("--measure-import"), csv, QStringLiteral("--into"),
                          imported};
    if (profileStatements)
        arguments << QStringLiteral("--sql-profile");
    auto line = MeasurementProcess::run(arguments);
    if (!line)
        return line.error();
    auto tenure = ImportFigures::fromLine(*line);
    if (!tenure)
        return tenure.error();

    QString shellPart = QStringLiteral("sqlite3_shell_ms=none sqlite3_cpu_ms=none ratio=none");
    if (SqliteShellImport::executable().isEmpty()) {
        Out::report("the sqlite3 command-line shell is not on PATH (Debian: apt-get install "
                    "sqlite3): no baseline, no ratio\n");
    } else {
        auto shell = SqliteShellImport::measure(imported, work, tenure->rows);
        if (!shell)
            return shell.error();
        shellPart = QStringLiteral("sqlite3_shell_ms=%1 sqlite3_cpu_ms=%2 ratio=%3")
                        .arg(shell->wallMs, 0, 'f', 1)
                        .arg(shell->cpuMs, 0, 'f', 1)
                        .arg(tenure->wallMs / shell->wallMs, 0, 'f', 2);
    }
    return QStringLiteral("rows=%1 tenure_import_ms=%2 tenure_cpu_ms=%3 %4 peak_rss_mb=%5")
        .arg(tenure->rows)
        .arg(tenure->wallMs, 0, 'f', 1)
        .arg(tenure->cpuMs, 0, 'f', 1)
        .arg(shellPart)
        .arg(tenure->peakRssMb);
}

Result<ImportFigures> ImportBenchmark::measure(const QString &csv, const QString &database,
                                               bool profileStatements)
{
    // The empty database is there before, as after `tenure-cli init`: not timed.
    if (auto created = Database::open(database, Database::OpenMode::CreateNew); !created)
        return created.error();
    // The file is in the page cache, as one just exported or downloaded is.
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    {
        QFile file(csv);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Kind::Io, QStringLiteral("%1 cannot be read").arg(csv)};
        bytes = file.readAll().size();
    }
    const qint64 bytesNs = timer.nsecsElapsed();

    // What `tenure-cli import --skip-invalid FILE` does once its options are read
    // (app/cli/importcommand.cpp), bar printing the refused rows and warnings.
    const qint64 cpuStart = Out::processCpuNs();
    timer.restart();
    const ImportBatch batch = EventFile::read(csv);
    const qint64 readNs = timer.nsecsElapsed();
    if (batch.valid().empty())
        return Error{Error::Kind::InvalidData, QStringLiteral("%1 has no valid rows (%2 problems)")
                                                   .arg(csv)
                                                   .arg(batch.problemCount())};
    auto opened = Database::open(database);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(*opened);
    const qint64 openNs = timer.nsecsElapsed() - readNs;
    std::optional<StatementProfile> profile;
    if (profileStatements)
        profile.emplace(*db);
    EventRepository repository(*db);
    const auto plan = ImportPlan::make(repository, batch, csv);
    if (!plan)
        return plan.error();
    const qint64 planNs = timer.nsecsElapsed() - readNs - openNs;
    const Status written = plan->write(repository, batch);
    if (!written)
        return written.error();
    const qint64 writeNs = timer.nsecsElapsed() - readNs - openNs - planNs;
    if (profile) {
        profile->report(Out::ms(planNs + writeNs));
        profile.reset();
    }
    db.reset(); // closing checkpoints the write-ahead log into the file, as the CLI's exit does
    const qint64 totalNs = timer.nsecsElapsed();
    const qint64 cpuNs = Out::processCpuNs() - cpuStart;

    ImportFigures figures;
    figures.rows = qint64(plan->toAdd.size());
    figures.wallMs = Out::ms(totalNs);
    figures.cpuMs = Out::ms(cpuNs);
    figures.peakRssMb = BenchmarkRun::peakRssMb();
    Out::report(
        "import of %s (%lld bytes): %zu valid rows, %zu refused with %lld problems, "
        "%lld duplicates skipped, %lld warnings in the file and %lld from the plan\n",
        qPrintable(QFileInfo(csv).fileName()), static_cast<long long>(bytes), batch.valid().size(),
        batch.rejected.size(), static_cast<long long>(batch.problemCount()),
        static_cast<long long>(plan->duplicates), static_cast<long long>(batch.warnings.size()),
        static_cast<long long>(plan->warnings().size()));
    Out::report(
        "import: %.1f ms = EventFile::read (reading, parsing, checking) %.1f ms + "
        "Database::open %.1f ms + ImportPlan::make %.1f ms + the transaction "
        "(importRoleAliases, addAll, addMissing notes) %.1f ms + closing (WAL checkpoint) %.1f ms; "
        "CPU %.1f ms; reading the bytes alone %.1f ms; peak memory %lld MiB; %lld events "
        "a second\n",
        Out::ms(totalNs), Out::ms(readNs), Out::ms(openNs), Out::ms(planNs), Out::ms(writeNs),
        Out::ms(totalNs - readNs - openNs - planNs - writeNs), Out::ms(cpuNs), Out::ms(bytesNs),
        static_cast<long long>(figures.peakRssMb),
        static_cast<long long>(double(figures.rows) / (double(totalNs) / 1e9)));
    return figures;
}
