#pragma once

#include "importbatch.h"

// Collects the issues of one file, listing the first maxIssues and keeping the rest apart, so a
// file of garbage gives a report a person can read rather than a million lines, with the exact
// count, and a saved report can still hold every one.
class IssueLog
{
public:
    static constexpr int maxIssues = 1000;

    explicit IssueLog(const QString &fileName) : m_fileName(fileName) {}

    void add(int line, const QString &column, const QString &message,
             ImportIssue::Position position = ImportIssue::Position::Line);
    void warn(int line, const QString &column, const QString &message,
              ImportIssue::Position position = ImportIssue::Position::Line);
    bool isEmpty() const { return m_issues.isEmpty(); }
    qint64 count() const { return m_issues.size() + m_more.size(); }

    // The batch: `events` when nothing was wrong, otherwise the issues (and the ones beyond those
    // listed) with the valid events apart in `validEvents`. `lines` says where each event was.
    ImportBatch finish(std::vector<Event> events, std::vector<int> lines = {}) const;

private:
    QString m_fileName;
    QList<ImportIssue> m_issues;
    QList<ImportIssue> m_more;
    QList<ImportIssue> m_warnings;
};
