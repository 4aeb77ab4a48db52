#pragma once

#include "model/result.h"
#include "query/overviewdensity.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

class Database;

// The overview strip's events per slice of time. Counting every company's (opening a file, or
// after another program's change) is a pass over the whole company index — a third of a second
// at a million events — so it runs on a worker with a read-only connection of its own while the
// window paints; an edit counts only the companies it touched, on the window's connection, and
// one made while the whole count runs is counted again once it is in.
class OverviewCounter : public QObject
{
    Q_OBJECT
public:
    explicit OverviewCounter(QObject *parent = nullptr);

    // Every company of `db`'s file, over the span from the first event to the last or today,
    // in `buckets` slices; counted() follows. Asked again while a count runs, the newer one
    // starts when that ends, and only its result is kept.
    void recountAll(Database &db, int buckets);
    // The companies an edit touched; counted() follows at once, or after the whole count. When
    // their events now reach outside the span, everything is counted again over the new one.
    Status recount(const QStringList &companies);
    // Forgets the database (closed): a count still running is dropped.
    void clear();

    const OverviewDensity &density() const { return m_density; }
    bool isCounting() const { return m_watcher.isRunning(); }

signals:
    void counted();
    void failed(const QString &message);

private:
    struct Request
    {
        QString path;
        int buckets = 0;
    };
    void start(const Request &request);
    void adopt();

    Database *m_db = nullptr;
    int m_buckets = 0;
    OverviewDensity m_density;
    QFutureWatcher<Result<OverviewDensity>> m_watcher;
    std::optional<Request> m_next; // asked for while a count ran
    QStringList m_touchedMeanwhile;
};
