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

void RepositoryCommand::redo()
{
    Status status = apply();
    if (!m_applied) {
        m_applied = true;
        if (m_firstOutcome)
            *m_firstOutcome = status;
        m_firstOutcome = nullptr;
        // QUndoStack::push deletes a command made obsolete by its first redo.
        if (!status)
            setObsolete(true);
    } else if (!status) {
        m_history.reportFailure(status.error());
    }
    if (status)
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
