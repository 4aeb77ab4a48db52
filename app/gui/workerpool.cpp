#include "workerpool.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

QThreadPool *workerPool()
{
    // As many threads as the global pool (one a core), so the data check and the overview's
    // count still run side by side. The application owns it: ending, it waits for its jobs, as
    // it does for the global pool's.
    static QPointer<QThreadPool> pool;
    if (!pool)
        pool = new QThreadPool(QCoreApplication::instance());
    return pool;
}
