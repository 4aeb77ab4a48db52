#include "issuelog.h"

void IssueLog::add(int line, const QString &column, const QString &message,
                   ImportIssue::Position position)
{
    ImportIssue issue{m_fileName, line, column, message, position};
    if (m_issues.size() >= maxIssues)
        m_more.append(std::move(issue));
    else
        m_issues.append(std::move(issue));
}

void IssueLog::warn(int line, const QString &column, const QString &message,
                    ImportIssue::Position position)
{
    m_warnings.append({m_fileName, line, column, message, position});
}

ImportBatch IssueLog::finish(std::vector<Event> events, std::vector<int> lines) const
{
    ImportBatch batch;
    batch.lines = std::move(lines);
    batch.warnings = m_warnings;
    if (m_issues.isEmpty()) {
        batch.events = std::move(events);
        return batch;
    }
    batch.validEvents = std::move(events);
    batch.issues = m_issues;
    batch.unlistedIssues = m_more;
    batch.unlisted = m_more.size();
    return batch;
}
