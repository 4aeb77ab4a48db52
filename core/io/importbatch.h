#pragma once

#include "importissue.h"
#include "model/annotation.h"
#include "model/event.h"
#include "model/rolevocabulary.h"

#include <QList>
#include <QStringList>

#include <vector>

// A row the reader refused, as it was in the file, so it can be written to a rejects file, fixed
// and imported again.
struct RejectedRow
{
    int line = 0;       // CSV: where the record starts; JSON: the array index
    QStringList fields; // the row's fields as written (CSV) or each column's value (JSON)
    QString problem;    // every problem of the row, "column: message; ..."
};

// What a reader made of a file. `events` holds the events if and only if there are no issues, so
// an import is all or nothing by default; `valid()` is the rows that are valid in any case, for an
// import that keeps the good rows and refuses the others (`rejected`).
struct ImportBatch
{
    std::vector<Event> events;
    QList<ImportIssue> issues; // the first IssueLog::maxIssues problems
    qint64 unlisted = 0;       // problems found beyond those listed
    bool ok() const { return issues.isEmpty(); }
    // Every problem found, listed or not.
    qint64 problemCount() const { return issues.size() + unlisted; }

    std::vector<Event> validEvents;    // when !ok(): the rows that are valid
    std::vector<int> lines;            // where each event of valid() is: CSV line or JSON index
    QList<ImportIssue> unlistedIssues; // the `unlisted` problems themselves, for a full report
    QList<ImportIssue> warnings;       // values read leniently or that look suspicious; never block
    QStringList header;                // the columns the rows of `rejected` are in
    std::vector<RejectedRow> rejected;
    ImportIssue::Position position = ImportIssue::Position::Line;
    // JSON: the role mappings the file carries (title, role), to store with its events.
    std::vector<std::pair<QString, RoleVocabulary::Role>> roleAliases;
    // JSON: the notes it carries (Annotation), to store with its events unless already there.
    std::vector<Annotation> notes;

    const std::vector<Event> &valid() const { return ok() ? events : validEvents; }
    QList<ImportIssue> allIssues() const { return issues + unlistedIssues; }
};
