#include "edithistory.h"

#include "addeventscommand.h"
#include "adoptedidentifiers.h"
#include "companycolorcommand.h"
#include "editeventcommand.h"
#include "model/namevariants.h"
#include "reversiblechangecommand.h"
#include "store/eventstore.h"

#include <QSet>

#include <algorithm>
#include <memory>

namespace {
using Write = ReversibleChangeCommand::Write;

// The events naming `name` (a company when `isCompany`, else a person), as they are now.
Result<std::vector<Event>> eventsNaming(EventStore &events, const QString &name, bool isCompany)
{
    EventQuery query;
    if (isCompany)
        query.companies = {name};
    else
        query.person = name;
    return events.query(query);
}

// The events naming any of `names`, each once.
Result<std::vector<Event>> eventsNamingAny(EventStore &events, const QStringList &names,
                                           bool isCompany)
{
    if (isCompany) { // one query: the companies filter takes a list
        EventQuery query;
        query.companies = names;
        return names.isEmpty() ? std::vector<Event>{} : events.query(query);
    }
    std::vector<Event> all;
    QSet<EventId> seen;
    for (const QString &name : names) {
        auto naming = eventsNaming(events, name, false);
        if (!naming)
            return naming.error();
        for (Event &event : *naming) {
            if (!seen.contains(event.id)) {
                seen.insert(event.id);
                all.push_back(std::move(event));
            }
        }
    }
    return all;
}

// "Merge Sean O hEigeartaigh into Seán Ó hÉigeartaigh", "Merge 3 names into …".
QString mergeText(const QStringList &names, const QString &into)
{
    if (names.size() == 1)
        return EditHistory::tr("Merge %1 into %2").arg(names.front(), into);
    return EditHistory::tr("Merge %1 names into %2").arg(names.size()).arg(into);
}
} // namespace

EditHistory::EditHistory(EventStore &events, QObject *parent) : QObject(parent), m_events(events) {}

void EditHistory::reportFailure(const Error &error)
{
    emit failed(error.message);
}

void EditHistory::reportChange(const DataChange &change)
{
    emit dataChanged(change);
    emit databaseChanged();
}

Status EditHistory::push(RepositoryCommand *command, DataChange change)
{
    std::unique_ptr<RepositoryCommand> owned(command);
    owned->setChange(std::move(change));
    if (Status status = owned->writeFirst(); !status)
        return status; // the history stays as it was
    m_stack.push(owned.release());
    return Done{};
}

Result<std::vector<EventId>> EditHistory::pushAdd(std::vector<Event> events, const QString &text,
                                                  EventStore::RoleAliases roleAliases,
                                                  std::vector<Annotation> notes)
{
    QStringList companies;
    for (const Event &event : events)
        companies << event.company;
    for (const Annotation &note : notes)
        companies << note.company;
    companies.removeDuplicates();
    // A role mapping can change the tenures of any company.
    const DataChange change = roleAliases.empty() ? DataChange::ofCompanies(std::move(companies))
                                                  : DataChange::everything();
    auto *command = new AddEventsCommand(*this, std::move(events), text, std::move(roleAliases),
                                         std::move(notes));
    if (auto status = push(command, change); !status)
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
                                                       const QString &fileName,
                                                       const EventStore::RoleAliases &roleAliases,
                                                       const std::vector<Annotation> &notes)
{
    const QString text = tr("Import %n events from %1", nullptr, int(events.size())).arg(fileName);
    return pushAdd(events, text, roleAliases, notes);
}

Status EditHistory::editEvent(const Event &before, const Event &after)
{
    return push(new EditEventCommand(*this, before, after),
                DataChange::ofCompanies({before.company, after.company}));
}

Status EditHistory::deleteEvent(const Event &event)
{
    return push(new ReversibleChangeCommand(
                    *this, tr("Delete %1").arg(event.summary()),
                    [id = event.id](EventStore &r) { return r.remove(id); },
                    [event](EventStore &r) { return r.restore(event); }),
                DataChange::ofEvents({event.company}, {event.id}));
}

Status EditHistory::renameCompany(const QString &from, const QString &to)
{
    return push(new ReversibleChangeCommand(
                    *this, tr("Rename company %1 to %2").arg(from, to),
                    [from, to](EventStore &r) { return r.renameCompany(from, to); },
                    [from, to](EventStore &r) { return r.renameCompany(to, from); }),
                DataChange::ofCompanies({from, to}));
}

Status EditHistory::renamePerson(const QString &from, const QString &to)
{
    return push(new ReversibleChangeCommand(
        *this, tr("Rename %1 to %2").arg(from, to),
        [from, to](EventStore &r) { return r.renamePerson(from, to); },
        [from, to](EventStore &r) { return r.renamePerson(to, from); }));
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
    return push(new CompanyColorCommand(*this, company, before, color),
                DataChange::ofCompanies({company}));
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
        *this, text, [title, role](EventStore &r) { return r.setRoleAlias(title, role); },
        [title, before](EventStore &r) { return r.setRoleAlias(title, before); }));
}

Status EditHistory::mergeCompanies(const QString &from, const QString &into)
{
    return mergeCompanies(QStringList{from}, into);
}

Status EditHistory::mergeCompanies(const QStringList &from, const QString &into)
{
    const QStringList names = NameVariants::othersThan(from, into);
    auto before = eventsNamingAny(m_events, names, true);
    if (!before)
        return before.error();
    auto companies = m_events.companies();
    if (!companies)
        return companies.error();
    std::vector<std::pair<QString, QColor>> colors;
    for (const Company &c : *companies) {
        const auto merged = [&](const QString &name) {
            return NameVariants::sameName(c.name, name);
        };
        if (std::any_of(names.cbegin(), names.cend(), merged))
            colors.emplace_back(c.name, c.color);
    }
    // Undo rewrites each moved event as it was, which brings the merged companies back, and
    // gives them their colours again — one transaction.
    return push(new ReversibleChangeCommand(
                    *this, mergeText(names, into),
                    [names, into](EventStore &r) { return r.mergeCompanies(names, into); },
                    [events = *before, colors](EventStore &r) {
                        return r.inTransaction([&]() -> Status {
                            if (auto status = r.updateAll(events); !status)
                                return status;
                            for (const auto &[company, color] : colors) {
                                if (auto status = r.setCompanyColor(company, color); !status)
                                    return status;
                            }
                            return Done{};
                        });
                    }),
                DataChange::ofCompanies(names + QStringList{into}));
}

Status EditHistory::mergePeople(const QString &from, const QString &into)
{
    return mergePeople(QStringList{from}, into);
}

Status EditHistory::mergePeople(const QStringList &from, const QString &into)
{
    const QStringList names = NameVariants::othersThan(from, into);
    auto before = eventsNamingAny(m_events, names, false);
    if (!before)
        return before.error();
    QStringList companies;
    for (const Event &event : *before)
        companies << event.company;
    companies.removeDuplicates();
    // Undo rewrites each event as it was: an event that named a variant and the kept person
    // names both again, in their places.
    return push(new ReversibleChangeCommand(
                    *this, mergeText(names, into),
                    [names, into](EventStore &r) { return r.mergePeople(names, into); },
                    [events = *before](EventStore &r) { return r.updateAll(events); }),
                DataChange::ofCompanies(std::move(companies)));
}

Result<AnnotationId> EditHistory::addNote(const Annotation &note)
{
    // The first write gives the note its id; a redo puts it back under the same one.
    auto stored = std::make_shared<Annotation>(note);
    const Status status =
        push(new ReversibleChangeCommand(
                 *this, tr("Add note %1").arg(note.summary()),
                 [stored](EventStore &r) -> Status {
                     NoteStore &notes = r.notes();
                     if (stored->id != 0)
                         return notes.restore(*stored);
                     auto id = notes.add(*stored);
                     if (!id)
                         return id.error();
                     stored->id = *id;
                     return Done{};
                 },
                 [stored](EventStore &r) { return r.notes().remove(stored->id); }),
             DataChange::ofCompanies({note.company}));
    if (!status)
        return status.error();
    return stored->id;
}

Status EditHistory::editNote(const Annotation &before, const Annotation &after)
{
    return push(new ReversibleChangeCommand(
                    *this, tr("Edit note %1").arg(after.summary()),
                    [after](EventStore &r) { return r.notes().update(after); },
                    [before](EventStore &r) { return r.notes().update(before); }),
                DataChange::ofCompanies({before.company, after.company}));
}

Status EditHistory::removeNote(const Annotation &note)
{
    return push(new ReversibleChangeCommand(
                    *this, tr("Remove note %1").arg(note.summary()),
                    [id = note.id](EventStore &r) { return r.notes().remove(id); },
                    [note](EventStore &r) { return r.notes().restore(note); }),
                DataChange::ofCompanies({note.company}));
}
