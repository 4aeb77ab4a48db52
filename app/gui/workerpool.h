#pragma once

class QThreadPool;

// The threads the window's long jobs run on: the whole data check, the overview's count and
// Export. Not QThreadPool::globalInstance(): Qt 6.4's raster engine splits a large fill across
// that pool and waits for it, so a paint queued behind a job of seconds would wait as long.
QThreadPool *workerPool();
