#include "addeventscommand.h"

#include "store/eventrepository.h"

AddEventsCommand::AddEventsCommand(EditHistory &history, std::vector<Event> events,
                                   const QString &text)
    : RepositoryCommand(history, text), m_events(std::move(events))
{}

Status AddEventsCommand::apply()
{
    if (!m_ids.empty())
        return events().restoreAll(m_events);
    auto ids = events().addAll(m_events);
    if (!ids)
        return ids.error();
    m_ids = *ids;
    for (std::size_t i = 0; i < m_events.size(); ++i)
        m_events[i].id = m_ids[i];
    return Done{};
}

Status AddEventsCommand::revert()
{
    return events().removeAll(m_ids);
}
