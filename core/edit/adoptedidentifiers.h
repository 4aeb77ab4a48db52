#pragma once

#include "model/result.h"

#include <QStringList>

#include <functional>

class EventStore;

// The stored companies without an identifier that a write gave one (an added or edited event
// carrying its company's identifier: CompanyResolver's Adopted). Undoing the write must take
// those identifiers away again, or the company stays changed after everything else is undone.
class AdoptedIdentifiers
{
public:
    // Runs `write` in one transaction and notes the companies it gave an identifier.
    Status record(EventStore &events, const std::function<Status()> &write);
    // Takes the noted identifiers away, in the caller's transaction.
    Status undo(EventStore &events) const;
    // Whether the last write gave any company an identifier: then every event of that company
    // reads differently, not just those written.
    bool any() const { return !m_companies.isEmpty(); }

private:
    QStringList m_companies;
};
