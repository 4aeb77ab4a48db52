#include "repositorycommand.h"

#include "edithistory.h"

RepositoryCommand::RepositoryCommand(EditHistory &history, const QString &text) : m_history(history)
{
    setText(text);
}

EventRepository &RepositoryCommand::events()
{
    return m_history.repository();
}

Status RepositoryCommand::writeFirst()
{
    Status status = apply();
    m_writtenFirst = status.ok();
    return status;
}

void RepositoryCommand::redo()
{
    if (m_writtenFirst) {
        m_writtenFirst = false;
        m_history.reportChange(m_change);
        return;
    }
    if (Status status = apply(); !status)
        m_history.reportFailure(status.error());
    else
        m_history.reportChange(m_change);
}

void RepositoryCommand::undo()
{
    Status status = revert();
    if (!status)
        m_history.reportFailure(status.error());
    else
        m_history.reportChange(m_change);
}
