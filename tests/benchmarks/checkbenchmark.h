#pragma once

#include "model/result.h"

#include <QString>

// Times the standing data check of issue #9 as the viewer runs it (app/gui/databasesession.cpp):
// DataCheck::deriveAll over the whole database, which the viewer runs on a worker thread with a
// read-only connection of its own after opening a file or another program's write; and
// DataCheck::refresh of one company after an edit, which runs on the viewer's own thread. The
// company is the largest, the slowest to derive again. One line:
//   events=N check_all_ms=X check_one_company_ms=Y contradictions=C guesses=G
class CheckBenchmark
{
public:
    static constexpr int refreshRuns = 5; // the median is reported

    // Measures in this process and returns the line.
    static Result<QString> measure(const QString &path, int events);
};
