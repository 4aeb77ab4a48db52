#pragma once

#include "export/chartrequest.h"
#include "model/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>
#include <stop_token>

class QProgressDialog;
class QWidget;

// One chart export run off the GUI thread: the chart read, laid out and written to its file
// through a read-only connection of its own, so the window keeps answering. When it takes longer
// than progressDelayMs a progress dialog offers Cancel, which stops it for real: no file is left
// behind and a file already at that path is left as it was.
class ChartExportJob : public QObject
{
    Q_OBJECT
public:
    // `window` holds the progress dialog.
    explicit ChartExportJob(QWidget *window);
    ~ChartExportJob() override; // stops a running export and waits for it to end

    // Writes `request` to `file`, and the list of its sources to `sourcesFile` unless it is
    // empty; finished() follows.
    void start(const QString &databasePath, const ChartRequest &request, const QString &file,
               const QString &sourcesFile);
    // From start() until finished() is emitted (the work itself may have ended a moment before).
    bool isRunning() const { return m_running; }
    // Stops the running export at its next step.
    void cancel();
    bool isCancelled() const { return m_stop.stop_requested(); }
    // Why the last export wrote nothing; none when it was written.
    std::optional<Error> error() const { return m_error; }

    // The whole export, on the calling thread. Once the chart is in place it is no longer
    // stopped: its sources file follows it in a moment, and a chart is never left without it.
    static Status run(const QString &databasePath, const ChartRequest &request, const QString &file,
                      const QString &sourcesFile, std::stop_token stop);

    static constexpr int progressDelayMs = 500;

signals:
    void finished();

private:
    void showProgress();
    void collect();

    QWidget *m_window;
    QFutureWatcher<std::optional<Error>> m_watcher;
    std::stop_source m_stop;
    std::optional<Error> m_error;
    bool m_running = false;
    QTimer m_progressDelay;
    QPointer<QProgressDialog> m_progress;
};
