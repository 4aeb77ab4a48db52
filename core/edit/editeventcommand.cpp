#include "editeventcommand.h"

#include "store/eventstore.h"

EditEventCommand::EditEventCommand(EditHistory &history, Event before, Event after)
    // In EditHistory's context, where every other step's name is.
    : RepositoryCommand(history,
                        QCoreApplication::translate("EditHistory", "Edit %1").arg(after.summary())),
      m_before(std::move(before)), m_after(std::move(after))
{}

Status EditEventCommand::apply()
{
    // The write may give the company an identifier (AdoptedIdentifiers): undo takes it away.
    Status written = m_adopted.record(events(), [this] { return write(m_after, false); });
    // An identifier given to a stored company is read into every one of its events.
    if (m_adopted.any())
        setChangedEvents(std::nullopt);
    else
        setChangedEvents(std::vector<EventId>{m_after.id});
    return written;
}

Status EditEventCommand::revert()
{
    return write(m_before, true);
}

Status EditEventCommand::write(const Event &fields, bool undoing)
{
    return events().inTransaction([&]() -> Status {
        if (!m_left.empty()) {
            if (auto status = stillAsLeft(m_left); !status)
                return status;
        }
        if (auto status = events().update(fields); !status)
            return status;
        if (undoing) {
            if (auto status = m_adopted.undo(events()); !status)
                return status;
        }
        auto left = storedEvents({fields.id});
        if (!left)
            return left.error();
        m_left = std::move(*left);
        return Done{};
    });
}
