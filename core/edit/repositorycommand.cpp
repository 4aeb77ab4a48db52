#include "repositorycommand.h"

#include "edithistory.h"
#include "store/eventstore.h"

RepositoryCommand::RepositoryCommand(EditHistory &history, const QString &text) : m_history(history)
{
    setText(text);
}

EventStore &RepositoryCommand::events()
{
    return m_history.repository();
}

Result<std::vector<Event>> RepositoryCommand::storedEvents(const std::vector<EventId> &ids)
{
    std::vector<Event> stored;
    stored.reserve(ids.size());
    for (const EventId id : ids) {
        auto event = events().find(id);
        if (!event)
            return event.error();
        if (*event)
            stored.push_back(std::move(**event));
    }
    return stored;
}

Status RepositoryCommand::stillAsLeft(const std::vector<Event> &left)
{
    std::vector<EventId> ids;
    ids.reserve(left.size());
    for (const Event &event : left)
        ids.push_back(event.id);
    auto now = storedEvents(ids);
    if (!now)
        return now.error();
    // storedEvents keeps the order asked for and leaves out only the missing.
    for (std::size_t i = 0; i < left.size(); ++i) {
        if (i >= now->size() || (*now)[i] != left[i])
            return Error{Error::Kind::InvalidData,
                         tr("another program changed or removed “%1” since, and this would "
                            "overwrite that change")
                             .arg(left[i].summary())};
    }
    return Done{};
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
