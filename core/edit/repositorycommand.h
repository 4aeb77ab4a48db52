#pragma once

#include "model/event.h"
#include "model/result.h"
#include "store/datachange.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>
#include <vector>

class EditHistory;
class EventStore;

// An undoable change to the store. Subclasses write in apply() and unwrite in revert(), each one
// transaction. The first write is made before the command enters the history (writeFirst), so a
// refused change leaves the history as it was, redo steps included.
class RepositoryCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RepositoryCommand)
public:
    RepositoryCommand(EditHistory &history, const QString &text);

    // The first write, before QUndoStack::push; push's own redo then only announces it.
    Status writeFirst();
    void redo() final;
    void undo() final;
    // The companies whose events the command writes, so views re-read only their lanes; a
    // command that does not say touches everything.
    void setChange(DataChange change) { m_change = std::move(change); }

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    EventStore &events();
    // Names the events the write touched (or, nullopt, says it cannot), so that views read just
    // those; from apply(), which may learn them (the ids of added events).
    void setChangedEvents(std::optional<std::vector<EventId>> ids)
    {
        m_change.events = std::move(ids);
    }

    // The events with these ids as stored now (a missing one left out): what a write left, to
    // compare with later.
    Result<std::vector<Event>> storedEvents(const std::vector<EventId> &ids);
    // Refuses (InvalidData, naming the event) when the stored events are no longer `left`, what
    // this command's last write left: another program changed them since, and undoing or redoing
    // over that change would lose it. In the caller's transaction, before it writes.
    Status stillAsLeft(const std::vector<Event> &left);

private:
    // Says why the undo or redo failed and leaves the history: a step that cannot be taken is
    // not offered again.
    void dropAfter(const Error &error, const QString &what);

    EditHistory &m_history;
    DataChange m_change = DataChange::everything();
    bool m_writtenFirst = false; // and not yet announced
};
