#include "eventstore.h"

#include "model/eventvalidator.h"
#include "model/namevariants.h"
#include "model/safetext.h"

#include <algorithm>

namespace {
QString describeErrors(const Event &event, const QList<FieldError> &errors)
{
    QStringList parts;
    for (const FieldError &error : errors)
        parts << QStringLiteral("%1: %2").arg(error.column, error.message);
    return QStringLiteral("%1: %2").arg(event.summary(), parts.join(QStringLiteral("; ")));
}
} // namespace

Status EventStore::checkValid(const Event &event)
{
    const QList<FieldError> errors = EventValidator::validate(event);
    if (!errors.isEmpty())
        return invalidData(describeErrors(event, errors));
    return Done{};
}

Status EventStore::checkAllValid(const std::vector<Event> &events)
{
    for (const Event &event : events) {
        if (auto status = checkValid(event); !status)
            return status;
    }
    return Done{};
}

Error EventStore::noSuchName(Names names, const QString &name)
{
    return {Error::Kind::NotFound,
            (names == Names::Companies ? tr("no company named %1") : tr("no person named %1"))
                .arg(SafeText::quoted(name))};
}

Error EventStore::nameTaken(Names names, const QString &name)
{
    return invalidData((names == Names::Companies
                            ? tr("there is already a company named %1; merge them instead")
                            : tr("there is already a person named %1; merge them instead"))
                           .arg(SafeText::quoted(name.trimmed())));
}

Error EventStore::mergedIntoItself(Names names)
{
    return invalidData(names == Names::Companies ? tr("a company cannot be merged into itself")
                                                 : tr("a person cannot be merged into themselves"));
}

Error EventStore::noSuchEvent(EventId id)
{
    return {Error::Kind::NotFound, tr("no event with id %1").arg(id)};
}

Error EventStore::noRoleAlias(const QString &title)
{
    return {Error::Kind::NotFound, tr("no mapping of the title '%1'").arg(title)};
}

Error EventStore::companyConflict(const QString &name, const QString &identifier,
                                  const QString &label, const QString &otherIdentifier)
{
    return invalidData(
        tr("the company %1 with the identifier %2 cannot be told apart: %3 is the "
           "label of the company %4")
            .arg(SafeText::quoted(name), identifier, SafeText::quoted(label), otherIdentifier));
}

Result<EventId> EventStore::add(const Event &event)
{
    auto ids = addAll({event});
    if (!ids)
        return ids.error();
    return ids->front();
}

Result<std::vector<EventId>> EventStore::addAll(const std::vector<Event> &events)
{
    if (auto status = checkAllValid(events); !status)
        return status.error();
    return insertAll(events);
}

Status EventStore::update(const Event &event)
{
    return updateAll({event});
}

Status EventStore::updateAll(const std::vector<Event> &events)
{
    if (auto status = checkAllValid(events); !status)
        return status;
    return rewriteAll(events);
}

Status EventStore::remove(EventId id)
{
    return removeAll({id});
}

Status EventStore::restore(const Event &event)
{
    return restoreAll({event});
}

Status EventStore::restoreAll(const std::vector<Event> &events)
{
    if (auto status = checkAllValid(events); !status)
        return status;
    return insertRestored(events);
}

Result<std::vector<Event>> EventStore::query(const EventQuery &query)
{
    std::vector<Event> events;
    const Status read = forEach(query, [&events](Event &&event) {
        events.push_back(std::move(event));
        return true;
    });
    if (!read)
        return read.error();
    return events;
}

Result<std::vector<Tenure>> EventStore::tenures(const QString &company)
{
    auto derived = derivation(company);
    if (!derived)
        return derived.error();
    return std::move(derived->tenures);
}

Result<TenureDeriver::Outcome> EventStore::derivation(const QString &company)
{
    auto roles = vocabulary();
    if (!roles)
        return roles.error();
    return derivation(company, *roles);
}

Result<TenureDeriver::Outcome> EventStore::derivation(const QString &company,
                                                      const RoleVocabulary &vocabulary)
{
    EventQuery q;
    q.types = {EventType::Appointment, EventType::Departure};
    if (!company.isEmpty())
        q.companies = {company};
    auto events = query(q);
    if (!events)
        return events.error();
    return TenureDeriver::deriveWithNotes(std::move(*events), vocabulary);
}

Result<RoleVocabulary> EventStore::vocabulary()
{
    auto aliases = roleAliases();
    if (!aliases)
        return aliases.error();
    RoleVocabulary vocabulary = RoleVocabulary::builtIn();
    for (const auto &[title, role] : *aliases)
        vocabulary.addAlias(title, role);
    return vocabulary;
}

Status EventStore::setRoleAlias(const QString &title, std::optional<RoleVocabulary::Role> role)
{
    const QString trimmed = title.trimmed();
    if (RoleVocabulary::normalise(trimmed).isEmpty())
        return invalidData(tr("a role mapping needs a title"));
    if (const auto problem =
            EventValidator::nameProblem(trimmed, tr("the title", "of a role mapping")))
        return invalidData(*problem);
    return writeRoleAlias(trimmed, role);
}

Result<EventStore::RoleAliases> EventStore::importRoleAliases(const RoleAliases &aliases)
{
    RoleAliases added;
    if (aliases.empty())
        return added;
    const Status written = inTransaction([&]() -> Status {
        auto existing = roleAliases();
        if (!existing)
            return existing.error();
        for (const auto &[title, role] : aliases) {
            // Clang cannot capture a structured binding: the lambda takes a copy of the title.
            const QString wanted = title.trimmed();
            const auto same =
                std::find_if(existing->cbegin(), existing->cend(), [&wanted](const auto &e) {
                    return e.first.compare(wanted, Qt::CaseInsensitive) == 0;
                });
            if (same != existing->cend()) {
                if (same->second == role)
                    continue;
                return invalidData(
                    tr("the file maps the title %1 to %2, but this database maps it to %3; nothing "
                       "was imported. Change the mapping (Companies and people… → Roles, or "
                       "'tenure-cli roles --map') or the file, and import again")
                        .arg(SafeText::quoted(wanted), RoleVocabulary::displayName(role),
                             RoleVocabulary::displayName(same->second)));
            }
            if (auto status = setRoleAlias(wanted, role); !status)
                return status;
            existing->emplace_back(wanted, role);
            added.emplace_back(wanted, role);
        }
        return Done{};
    });
    if (!written)
        return written.error();
    return added;
}

namespace {
Status checkNewName(bool company, const QString &to)
{
    if (to.trimmed().isEmpty())
        return invalidData(company ? EventStore::tr("a company needs a name")
                                   : EventStore::tr("a person needs a name"));
    if (const auto problem =
            EventValidator::nameProblem(to.trimmed(), EventValidator::tr("the name")))
        return invalidData(*problem);
    return Done{};
}
} // namespace

Status EventStore::renameCompany(const QString &from, const QString &to)
{
    if (auto status = checkNewName(true, to); !status)
        return status;
    return rename(Names::Companies, from, to.trimmed());
}

Status EventStore::renamePerson(const QString &from, const QString &to)
{
    if (auto status = checkNewName(false, to); !status)
        return status;
    return rename(Names::People, from, to.trimmed());
}

Status EventStore::mergeCompanies(const QString &from, const QString &into)
{
    return merge(Names::Companies, from, into);
}

Status EventStore::mergePeople(const QString &from, const QString &into)
{
    return merge(Names::People, from, into);
}

Status EventStore::mergeEach(const QStringList &from, const QString &into,
                             const QString &whenNoOther, Names names)
{
    const QStringList others = NameVariants::othersThan(from, into);
    if (others.isEmpty())
        return invalidData(whenNoOther.arg(SafeText::quoted(into.trimmed())));
    return inTransaction([&]() -> Status {
        for (const QString &name : others) {
            if (auto status = merge(names, name, into); !status)
                return status;
        }
        return Done{};
    });
}

Status EventStore::mergeCompanies(const QStringList &from, const QString &into)
{
    return mergeEach(from, into, tr("choose a company other than %1 to merge into it"),
                     Names::Companies);
}

Status EventStore::mergePeople(const QStringList &from, const QString &into)
{
    return mergeEach(from, into, tr("choose a person other than %1 to merge into them"),
                     Names::People);
}
