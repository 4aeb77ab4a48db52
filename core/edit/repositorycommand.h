#pragma once

#include "model/result.h"
#include "store/datachange.h"

#include <QUndoCommand>

class EditHistory;
class EventRepository;

// An undoable change to the store. Subclasses write in apply() and unwrite in revert(), each one
// transaction; the first apply's outcome decides whether the command enters the history.
class RepositoryCommand : public QUndoCommand
{
public:
    RepositoryCommand(EditHistory &history, const QString &text);

    void redo() final;
    void undo() final;
    // Where the first redo writes its outcome: QUndoStack::push deletes a command whose first
    // write failed, so the caller cannot ask the command afterwards.
    void reportFirstOutcomeTo(Status *outcome) { m_firstOutcome = outcome; }
    // The companies whose events the command writes, so views re-read only their lanes; a
    // command that does not say touches everything.
    void setChange(DataChange change) { m_change = std::move(change); }

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    EventRepository &events();

private:
    EditHistory &m_history;
    Status *m_firstOutcome = nullptr;
    DataChange m_change = DataChange::everything();
    bool m_applied = false;
};
