#pragma once

#include "importbatch.h"

#include <QByteArray>
#include <QCoreApplication>

// The files an import can leave for the user: a report of every problem and warning (not only
// the first IssueLog::maxIssues), and the refused rows as CSV to fix and import again.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    // "N problems" and "N warnings" lines, then every problem, then every warning, one a line: for
    // people, in the program's language, as the messages are.
    static QByteArray text(const ImportBatch &batch, const QList<ImportIssue> &moreWarnings = {});
    // The header `line,problem,<the file's columns>`, then one record per refused row with its
    // fields as written. The reader ignores `line` and `problem`, so the file imports as it is.
    static QByteArray rejectsCsv(const ImportBatch &batch);
};
