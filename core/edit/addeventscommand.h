#pragma once

#include "adoptedidentifiers.h"
#include "model/annotation.h"
#include "model/event.h"
#include "repositorycommand.h"
#include "store/eventstore.h"

#include <vector>

// Adds events (one by hand, a duplicate, or a whole import, with the role mappings and notes an
// imported file carries); undo removes exactly those events and the mappings it added, redo puts
// them back under the same ids. Each way is one transaction.
class AddEventsCommand : public RepositoryCommand
{
public:
    AddEventsCommand(EditHistory &history, std::vector<Event> events, const QString &text,
                     EventStore::RoleAliases roleAliases = {}, std::vector<Annotation> notes = {});
    const std::vector<EventId> &ids() const { return m_ids; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Status addEvents();
    Status addNotes();

    std::vector<Event> m_events; // with their ids once added
    // The events as stored by the last write, so that undo never removes one another program
    // changed since; kept for additions by hand, not for a large import, which would hold its
    // events twice (undoing an import removes them as they are).
    std::vector<Event> m_left;
    std::vector<EventId> m_ids;
    EventStore::RoleAliases m_roleAliases;  // as the file has them
    EventStore::RoleAliases m_addedAliases; // those this database did not have
    std::vector<Annotation> m_notes;        // as the file has them
    std::vector<Annotation> m_addedNotes;   // those added, with their ids
    AdoptedIdentifiers m_adoptedIdentifiers;
};
