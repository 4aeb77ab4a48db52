#include "adoptedidentifiers.h"

#include "store/eventstore.h"

Status AdoptedIdentifiers::record(EventStore &events, const std::function<Status()> &write)
{
    return events.inTransaction([&]() -> Status {
        auto before = events.companyIdentifiers();
        if (!before)
            return before.error();
        if (auto status = write(); !status)
            return status;
        auto after = events.companyIdentifiers();
        if (!after)
            return after.error();
        m_companies.clear();
        for (auto it = after->cbegin(); it != after->cend(); ++it) {
            const auto was = before->constFind(it.key());
            if (was != before->cend() && was->isEmpty() && !it->isEmpty())
                m_companies << it.key();
        }
        return Done{};
    });
}

Status AdoptedIdentifiers::undo(EventStore &events) const
{
    for (const QString &company : m_companies) {
        if (auto status = events.clearCompanyIdentifier(company); !status)
            return status;
    }
    return Done{};
}
