#include "issuelog.h"

void IssueLog::add(int line, const QString &column, const QString &message,
                   ImportIssue::Position position)
{
    if (m_issues.size() >= maxIssues) {
        ++m_leftOut;
        return;
    }
    m_issues.append({m_fileName, line, column, message, position});
}

ImportBatch IssueLog::finish(std::vector<Event> events) const
{
    ImportBatch batch;
    if (m_issues.isEmpty()) {
        batch.events = std::move(events);
        return batch;
    }
    batch.issues = m_issues;
    batch.unlisted = m_leftOut;
    return batch;
}
