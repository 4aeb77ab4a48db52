#include "edithistory.h"

#include "addeventscommand.h"
#include "reversiblechangecommand.h"
#include "store/eventrepository.h"

namespace {
using Write = ReversibleChangeCommand::Write;

// The events naming `name` (a company when `isCompany`, else a person), as they are now.
Result<std::vector<Event>> eventsNaming(EventRepository &events, const QString &name,
                                        bool isCompany)
{
    EventQuery query;
    if (isCompany)
        query.companies = {name};
    else
        query.person = name;
    return events.query(query);
}
} // namespace

EditHistory::EditHistory(EventRepository &events, QObject *parent)
    : QObject(parent), m_events(events)
{}

void EditHistory::reportFailure(const Error &error)
{
    emit failed(error.message);
}

void EditHistory::reportChange()
{
    emit databaseChanged();
}

Status EditHistory::push(RepositoryCommand *command)
{
    Status outcome = Done{};
    command->reportFirstOutcomeTo(&outcome);
    m_stack.push(command); // runs the first write; drops the command if it failed
    return outcome;
}

Result<std::vector<EventId>> EditHistory::pushAdd(std::vector<Event> events, const QString &text)
{
    auto *command = new AddEventsCommand(*this, std::move(events), text);
    if (auto status = push(command); !status)
        return status.error();
    return command->ids(); // it succeeded, so it lives on the stack
}

Result<EventId> EditHistory::addEvent(const Event &event)
{
    auto ids = pushAdd({event}, tr("Add %1").arg(event.summary()));
    if (!ids)
        return ids.error();
    return ids->front();
}

Result<EventId> EditHistory::duplicateEvent(const Event &event)
{
    Event copy = event;
    copy.id = 0;
    auto ids = pushAdd({copy}, tr("Duplicate %1").arg(event.summary()));
    if (!ids)
        return ids.error();
    return ids->front();
}

Result<std::vector<EventId>> EditHistory::importEvents(const std::vector<Event> &events,
                                                       const QString &fileName)
{
    const QString text = events.size() == 1
                             ? tr("Import 1 event from %1").arg(fileName)
                             : tr("Import %1 events from %2").arg(events.size()).arg(fileName);
    return pushAdd(events, text);
}

Status EditHistory::editEvent(const Event &before, const Event &after)
{
    return push(new ReversibleChangeCommand(
        *this, tr("Edit %1").arg(after.summary()),
        [after](EventRepository &r) { return r.update(after); },
        [before](EventRepository &r) { return r.update(before); }));
}

Status EditHistory::deleteEvent(const Event &event)
{
    return push(new ReversibleChangeCommand(
        *this, tr("Delete %1").arg(event.summary()),
        [id = event.id](EventRepository &r) { return r.remove(id); },
        [event](EventRepository &r) { return r.restore(event); }));
}

Status EditHistory::renameCompany(const QString &from, const QString &to)
{
    return push(new ReversibleChangeCommand(
        *this, tr("Rename company %1 to %2").arg(from, to),
        [from, to](EventRepository &r) { return r.renameCompany(from, to); },
        [from, to](EventRepository &r) { return r.renameCompany(to, from); }));
}

Status EditHistory::renamePerson(const QString &from, const QString &to)
{
    return push(new ReversibleChangeCommand(
        *this, tr("Rename %1 to %2").arg(from, to),
        [from, to](EventRepository &r) { return r.renamePerson(from, to); },
        [from, to](EventRepository &r) { return r.renamePerson(to, from); }));
}

Status EditHistory::setCompanyColor(const QString &company, const QColor &color)
{
    auto companies = m_events.companies();
    if (!companies)
        return companies.error();
    QColor before;
    for (const Company &c : *companies) {
        if (c.name.compare(company, Qt::CaseInsensitive) == 0)
            before = c.color;
    }
    return push(new ReversibleChangeCommand(
        *this, tr("Set colour of %1").arg(company),
        [company, color](EventRepository &r) { return r.setCompanyColor(company, color); },
        [company, before](EventRepository &r) { return r.setCompanyColor(company, before); }));
}

Status EditHistory::setRoleAlias(const QString &title, std::optional<RoleVocabulary::Role> role)
{
    auto aliases = m_events.roleAliases();
    if (!aliases)
        return aliases.error();
    std::optional<RoleVocabulary::Role> before;
    for (const auto &[mapped, was] : *aliases) {
        if (mapped.compare(title.trimmed(), Qt::CaseInsensitive) == 0)
            before = was;
    }
    const QString text =
        role ? tr("Map “%1” to %2").arg(title.trimmed(), RoleVocabulary::displayName(*role))
             : tr("Forget the mapping of “%1”").arg(title.trimmed());
    return push(new ReversibleChangeCommand(
        *this, text, [title, role](EventRepository &r) { return r.setRoleAlias(title, role); },
        [title, before](EventRepository &r) { return r.setRoleAlias(title, before); }));
}

Status EditHistory::mergeCompanies(const QString &from, const QString &into)
{
    auto before = eventsNaming(m_events, from, true);
    if (!before)
        return before.error();
    auto companies = m_events.companies();
    if (!companies)
        return companies.error();
    QColor color;
    for (const Company &c : *companies) {
        if (c.name.compare(from, Qt::CaseInsensitive) == 0)
            color = c.color;
    }
    // Undo rewrites each moved event as it was, which brings the merged company back, and
    // gives it its colour again — one transaction.
    return push(new ReversibleChangeCommand(
        *this, tr("Merge %1 into %2").arg(from, into),
        [from, into](EventRepository &r) { return r.mergeCompanies(from, into); },
        [events = *before, from, color](EventRepository &r) {
            return r.inTransaction([&]() -> Status {
                if (auto status = r.updateAll(events); !status)
                    return status;
                return r.setCompanyColor(from, color);
            });
        }));
}

Status EditHistory::mergePeople(const QString &from, const QString &into)
{
    auto before = eventsNaming(m_events, from, false);
    if (!before)
        return before.error();
    return push(new ReversibleChangeCommand(
        *this, tr("Merge %1 into %2").arg(from, into),
        [from, into](EventRepository &r) { return r.mergePeople(from, into); },
        [events = *before](EventRepository &r) { return r.updateAll(events); }));
}
