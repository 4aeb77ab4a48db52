#include "addeventscommand.h"

namespace {
// Up to this many added events are read back to guard their undo (see m_left).
constexpr std::size_t guardedEvents = 1000;
} // namespace

AddEventsCommand::AddEventsCommand(EditHistory &history, std::vector<Event> events,
                                   const QString &text, EventStore::RoleAliases roleAliases,
                                   std::vector<Annotation> notes)
    : RepositoryCommand(history, text), m_events(std::move(events)),
      m_roleAliases(std::move(roleAliases)), m_notes(std::move(notes))
{}

Status AddEventsCommand::apply()
{
    return events().inTransaction([this]() -> Status {
        auto added = events().importRoleAliases(m_roleAliases);
        if (!added)
            return added.error();
        m_addedAliases = std::move(*added);
        if (auto status = addEvents(); !status)
            return status;
        // An identifier given to a stored company is read into every one of its events.
        if (m_adoptedIdentifiers.any())
            setChangedEvents(std::nullopt);
        else
            setChangedEvents(m_ids);
        if (m_ids.size() <= guardedEvents) {
            auto left = storedEvents(m_ids);
            if (!left)
                return left.error();
            m_left = std::move(*left);
        }
        return addNotes();
    });
}

Status AddEventsCommand::addNotes()
{
    NoteStore &notes = events().notes();
    if (!m_addedNotes.empty()) { // a redo: the same notes under the same ids
        for (const Annotation &note : m_addedNotes) {
            if (auto status = notes.restore(note); !status)
                return status;
        }
        return Done{};
    }
    auto added = notes.addMissing(m_notes);
    if (!added)
        return added.error();
    m_addedNotes = std::move(*added);
    return Done{};
}

Status AddEventsCommand::addEvents()
{
    if (m_events.empty())
        return Done{};
    if (!m_ids.empty())
        return events().restoreAll(m_events);
    std::vector<EventId> ids;
    Status added = m_adoptedIdentifiers.record(events(), [&]() -> Status {
        auto stored = events().addAll(m_events);
        if (!stored)
            return stored.error();
        ids = std::move(*stored);
        return Done{};
    });
    if (!added)
        return added;
    m_ids = ids;
    for (std::size_t i = 0; i < m_events.size(); ++i)
        m_events[i].id = m_ids[i];
    return Done{};
}

Status AddEventsCommand::revert()
{
    return events().inTransaction([this]() -> Status {
        if (auto status = stillAsLeft(m_left); !status)
            return status;
        NoteStore &notes = events().notes();
        for (const Annotation &note : m_addedNotes) {
            if (auto status = notes.remove(note.id); !status)
                return status;
        }
        for (const auto &alias : m_addedAliases) {
            if (auto status = events().setRoleAlias(alias.first, std::nullopt); !status)
                return status;
        }
        if (!m_ids.empty()) {
            if (auto status = events().removeAll(m_ids); !status)
                return status;
        }
        return m_adoptedIdentifiers.undo(events());
    });
}
