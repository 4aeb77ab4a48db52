#pragma once

#include "benchmarkrun.h"
#include "model/result.h"

#include <QString>

#include <optional>

// Opening a file and drawing it as the first thing after a restart, when none of it is in
// memory: the page cache dropped (sync, then 3 written to /proc/sys/vm/drop_caches, which needs
// root) and the frames measured by a new process (BenchmarkRun::measureFrames in a child), so
// that neither the database nor the program's own files are read from memory.
class ColdStart
{
public:
    // The child's figures; nullopt, with the reason on stderr, where the cache cannot be dropped.
    static Result<std::optional<FrameFigures>> measureFrames(int events);

private:
    // Empties the page cache; otherwise the reason it could not.
    static std::optional<QString> dropPageCache();
};
