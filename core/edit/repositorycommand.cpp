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
        dropAfter(status.error(), tr("Could not redo “%1”"));
    else
        m_history.reportChange(m_change);
}

void RepositoryCommand::undo()
{
    Status status = revert();
    if (!status)
        dropAfter(status.error(), tr("Could not undo “%1”"));
    else
        m_history.reportChange(m_change);
}

void RepositoryCommand::dropAfter(const Error &error, const QString &what)
{
    // The step no longer describes the database (another program changed what it would undo, or
    // the write failed): QUndoStack removes an obsolete command, so the history stays true.
    setObsolete(true);
    Error told = error;
    told.message =
        tr("%1: %2. It was removed from the undo history.").arg(what.arg(text()), error.message);
    m_history.reportFailure(told);
}
