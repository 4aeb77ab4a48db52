#pragma once

#include "importissue.h"
#include "model/event.h"

#include <QList>

#include <vector>

// What a reader made of a file: the events if and only if there are no issues, so an import is
// all or nothing.
struct ImportBatch
{
    std::vector<Event> events;
    QList<ImportIssue> issues;
    bool ok() const { return issues.isEmpty(); }
};
