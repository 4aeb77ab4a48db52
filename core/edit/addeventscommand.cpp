#include "addeventscommand.h"

AddEventsCommand::AddEventsCommand(EditHistory &history, std::vector<Event> events,
                                   const QString &text, EventRepository::RoleAliases roleAliases)
    : RepositoryCommand(history, text), m_events(std::move(events)),
      m_roleAliases(std::move(roleAliases))
{}

Status AddEventsCommand::apply()
{
    return events().inTransaction([this]() -> Status {
        auto added = events().importRoleAliases(m_roleAliases);
        if (!added)
            return added.error();
        m_addedAliases = std::move(*added);
        return addEvents();
    });
}

Status AddEventsCommand::addEvents()
{
    if (m_events.empty())
        return Done{};
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
    return events().inTransaction([this]() -> Status {
        for (const auto &alias : m_addedAliases) {
            if (auto status = events().setRoleAlias(alias.first, std::nullopt); !status)
                return status;
        }
        return m_ids.empty() ? Status(Done{}) : events().removeAll(m_ids);
    });
}
