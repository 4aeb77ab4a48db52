#pragma once

#include "model/event.h"
#include "repositorycommand.h"

#include <vector>

// Adds events (one by hand, a duplicate, or a whole import); undo removes exactly those, redo
// puts them back under the same ids.
class AddEventsCommand : public RepositoryCommand
{
public:
    AddEventsCommand(EditHistory &history, std::vector<Event> events, const QString &text);
    const std::vector<EventId> &ids() const { return m_ids; }

protected:
    Status apply() override;
    Status revert() override;

private:
    std::vector<Event> m_events; // with their ids once added
    std::vector<EventId> m_ids;
};
