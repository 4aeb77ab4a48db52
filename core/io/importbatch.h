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
    QList<ImportIssue> issues; // the first IssueLog::maxIssues problems
    qint64 unlisted = 0;       // problems found beyond those listed
    bool ok() const { return issues.isEmpty(); }
    // Every problem found, listed or not.
    qint64 problemCount() const { return issues.size() + unlisted; }
};
