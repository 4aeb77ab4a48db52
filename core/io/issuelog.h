#pragma once

#include "importbatch.h"

// Collects the issues of one file, keeping the first maxIssues and counting the rest, so a file
// of garbage gives a report a person can read rather than a million lines, with the exact count.
class IssueLog
{
public:
    static constexpr int maxIssues = 1000;

    explicit IssueLog(const QString &fileName) : m_fileName(fileName) {}

    void add(int line, const QString &column, const QString &message,
             ImportIssue::Position position = ImportIssue::Position::Line);
    bool isEmpty() const { return m_issues.isEmpty(); }

    // The batch: `events` when nothing was wrong, otherwise the issues (and how many more were
    // found but not listed) with no events.
    ImportBatch finish(std::vector<Event> events) const;

private:
    QString m_fileName;
    QList<ImportIssue> m_issues;
    qint64 m_leftOut = 0;
};
