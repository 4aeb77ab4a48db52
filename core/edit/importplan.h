#pragma once

#include "io/importbatch.h"
#include "model/result.h"

#include <vector>

class EventRepository;

// What importing a file's valid events would do to a database, by DuplicateRule: the events that
// are new, how many are already stored (or appear earlier in the file) and are skipped, and the
// near duplicates, which are imported but reported as warnings. It reads each company's stored
// events once, so planning a large file costs one pass over it.
struct ImportPlan
{
    std::vector<Event> toAdd;
    std::vector<int> toAddLines; // where each event of toAdd is in the file
    qint64 duplicates = 0;
    QList<ImportIssue> nearDuplicates;

    static Result<ImportPlan> make(EventRepository &events, const ImportBatch &batch,
                                   const QString &fileName);
};
