#include "chartexportjob.h"

#include "export/chartbuilder.h"
#include "store/database.h"
#include "workerpool.h"

#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

ChartExportJob::ChartExportJob(QWidget *window) : QObject(window), m_window(window)
{
    m_progressDelay.setSingleShot(true);
    m_progressDelay.setInterval(progressDelayMs);
    connect(&m_progressDelay, &QTimer::timeout, this, &ChartExportJob::showProgress);
    connect(&m_watcher, &QFutureWatcher<std::optional<Error>>::finished, this,
            &ChartExportJob::collect);
}

ChartExportJob::~ChartExportJob()
{
    // The export holds nothing of ours, but it must not paint on after the application ends.
    m_stop.request_stop();
    m_watcher.waitForFinished();
}

Status ChartExportJob::run(const QString &databasePath, const ChartRequest &request,
                           const QString &file, const QString &sourcesFile, std::stop_token stop)
{
    // A file name or size that will not do is refused before the query and the layout.
    if (auto target = ChartBuilder::target(request, file); !target)
        return target.error();
    auto db = Database::open(databasePath, Database::OpenMode::ReadOnly);
    if (!db)
        return db.error();
    auto built = ChartBuilder::build(**db, request, stop);
    if (!built)
        return built.error();
    if (auto written = ChartBuilder::write(*built, request, file, stop); !written)
        return written;
    if (!sourcesFile.isEmpty())
        return ChartBuilder::writeSources(*built, request, sourcesFile);
    return Done{};
}

void ChartExportJob::start(const QString &databasePath, const ChartRequest &request,
                           const QString &file, const QString &sourcesFile)
{
    m_stop = std::stop_source();
    m_error.reset();
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run(
        workerPool(),
        [databasePath, request, file, sourcesFile,
         stop = m_stop.get_token()]() -> std::optional<Error> {
            if (auto written = run(databasePath, request, file, sourcesFile, stop); !written)
                return written.error();
            return std::nullopt;
        }));
    m_progressDelay.start();
}

void ChartExportJob::cancel()
{
    m_stop.request_stop();
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling the export…"));
}

void ChartExportJob::showProgress()
{
    if (!isRunning() || m_progress)
        return;
    m_progress = new QProgressDialog(tr("Exporting the chart…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Export Chart"));
    m_progress->setWindowModality(Qt::WindowModal);
    // Shown now, closed by collect(): the dialog's own timing and closing are not used.
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ChartExportJob::cancel);
    m_progress->show();
}

void ChartExportJob::collect()
{
    m_progressDelay.stop();
    if (m_progress)
        m_progress->deleteLater();
    m_progress = nullptr;
    m_error = m_watcher.result();
    m_running = false;
    emit finished();
}
