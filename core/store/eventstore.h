#pragma once

#include "eventquery.h"
#include "model/event.h"
#include "model/result.h"
#include "model/rolevocabulary.h"
#include "model/tenure.h"
#include "model/tenurederiver.h"
#include "notestore.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <functional>
#include <optional>
#include <vector>

struct Company
{
    qint64 id = 0;
    QString name;
    QColor color; // invalid: the theme picks one
    qint64 eventCount = 0;
    QString identifier; // CompanyIdentifier, '' when none
};

// Reads and writes events, companies and people, whichever engine holds them: an SQLite file
// (EventRepository) or a PostgreSQL server (ServerEventStore). Every write validates first and is
// one transaction; an invalid event is refused with Error::Kind::InvalidData and nothing is
// written. The rules every engine shares (validation, what a merge or an imported role mapping
// may do, deriving tenures) live here; an engine gives the storage underneath.
class EventStore
{
    Q_DECLARE_TR_FUNCTIONS(EventStore)

public:
    virtual ~EventStore() = default;

    Result<EventId> add(const Event &event);
    // All or nothing: the first invalid event refuses the whole batch. Returns the new ids.
    Result<std::vector<EventId>> addAll(const std::vector<Event> &events);
    Status update(const Event &event);
    Status updateAll(const std::vector<Event> &events); // all or nothing
    Status remove(EventId id);
    virtual Status removeAll(const std::vector<EventId> &ids) = 0; // all or nothing
    // Puts removed events back under their former ids (undo of a delete or an import).
    Status restore(const Event &event);
    Status restoreAll(const std::vector<Event> &events);

    // Runs several of the calls above as one transaction.
    virtual Status inTransaction(const std::function<Status()> &work) = 0;

    // The notes pinned to the companies' lanes, in the same database (and transactions).
    virtual NoteStore &notes() = 0;

    virtual Result<std::optional<Event>> find(EventId id) = 0;
    // Events matching the query, by date then insertion order (the export order).
    Result<std::vector<Event>> query(const EventQuery &query = {});
    // The same events handed to `visit` one at a time, none kept: for a caller that writes each
    // out (a million-event list need not sit in memory). `visit` returns false to stop early.
    virtual Status forEach(const EventQuery &query, const std::function<bool(Event &&)> &visit) = 0;
    virtual Result<qint64> count() = 0;
    // The first and last day the events matching `filter` may stand for (every event's, for an
    // empty filter); invalid dates when none match. Answered from the indexes: no event is
    // loaded.
    virtual Result<std::pair<QDate, QDate>> extent(const EventQuery &filter) = 0;
    // The companies with at least one event matching `filter`, in no particular order.
    virtual Result<QStringList> companiesMatching(const EventQuery &filter) = 0;

    // The companies with events, by name. Counting their events reads every event's index
    // entry (some 50 ms at a million); a caller that needs only names and colours skips it and
    // gets eventCount 0.
    enum class EventCounts { Counted, NotCounted };
    Result<std::vector<Company>> companies(EventCounts counts = EventCounts::Counted)
    {
        return readCompanies(counts);
    }
    // Those of `names` that are stored companies with events, by name: what an edit that
    // touched them left of them.
    Result<std::vector<Company>> companies(const QStringList &names)
    {
        return readCompanies(names);
    }
    virtual Result<QStringList> people() = 0;
    // Each person with the number of events naming them, by name.
    virtual Result<std::vector<std::pair<QString, qint64>>> peopleWithEventCounts() = 0;
    virtual Result<QStringList> roles() = 0;
    Result<std::vector<Tenure>> tenures(const QString &company = {});
    // The tenures with what their derivation had to guess or could not resolve.
    Result<TenureDeriver::Outcome> derivation(const QString &company = {});
    // The same with a vocabulary already read (vocabulary()), for callers deriving many times.
    Result<TenureDeriver::Outcome> derivation(const QString &company,
                                              const RoleVocabulary &vocabulary);

    // Titles the user mapped to a canonical role, by title; and the vocabulary they make with the
    // built-in one, which every derivation of tenures on this database uses.
    using RoleAliases = std::vector<std::pair<QString, RoleVocabulary::Role>>;
    virtual Result<RoleAliases> roleAliases() = 0;
    Result<RoleVocabulary> vocabulary();
    // Maps `title` to `role`, or removes the user's mapping of it (nullopt). One transaction.
    Status setRoleAlias(const QString &title, std::optional<RoleVocabulary::Role> role);
    // The role mappings an imported file carries (JsonReader), in one transaction or the
    // caller's: a title not mapped yet is added, one mapped to the same role is left as it is;
    // one this database maps to another role refuses them all (InvalidData, naming both), so an
    // import never changes what a title means here without being asked to. Returns the mappings
    // it added (to undo them).
    Result<RoleAliases> importRoleAliases(const RoleAliases &aliases);

    Status renameCompany(const QString &from, const QString &to);
    Status mergeCompanies(const QString &from, const QString &into); // `from` disappears
    virtual Status setCompanyColor(const QString &company, const QColor &color) = 0;
    // Each company's identifier ('' when none), by name; and taking one away again (the undo of
    // an add that gave a stored company the identifier its event carried).
    virtual Result<QHash<QString, QString>> companyIdentifiers() = 0;
    virtual Status clearCompanyIdentifier(const QString &company) = 0;
    Status renamePerson(const QString &from, const QString &to);
    Status mergePeople(const QString &from, const QString &into);
    // Several names into one, in one transaction: every event naming one of `from` then names
    // `into` (once, where it already named it). A name of `from` the store takes for `into` is
    // left out; all or nothing when one of them does not exist.
    Status mergeCompanies(const QStringList &from, const QString &into);
    Status mergePeople(const QStringList &from, const QString &into);

protected:
    // What an engine stores; each is called with the values already checked.
    virtual Result<std::vector<Company>> readCompanies(EventCounts counts) = 0;
    virtual Result<std::vector<Company>> readCompanies(const QStringList &names) = 0;
    virtual Result<std::vector<EventId>> insertAll(const std::vector<Event> &events) = 0;
    virtual Status rewriteAll(const std::vector<Event> &events) = 0;
    virtual Status insertRestored(const std::vector<Event> &events) = 0;
    virtual Status writeRoleAlias(const QString &title,
                                  std::optional<RoleVocabulary::Role> role) = 0;
    enum class Names { Companies, People };
    // `to` is trimmed and a valid name.
    virtual Status rename(Names names, const QString &from, const QString &to) = 0;
    // Every event of `from` then belongs to (or names) `into`, and `from` is gone.
    virtual Status merge(Names names, const QString &from, const QString &into) = 0;

    // The messages every engine gives for the same refusals.
    static Error noSuchName(Names names, const QString &name);
    static Error nameTaken(Names names, const QString &name);
    static Error mergedIntoItself(Names names);
    static Error noSuchEvent(EventId id);
    static Error noRoleAlias(const QString &title);
    // CompanyResolver found `name` with `identifier` ambiguous: `label` is another company's.
    static Error companyConflict(const QString &name, const QString &identifier,
                                 const QString &label, const QString &otherIdentifier);
    // An error naming the event and each field that is wrong, or Done.
    static Status checkValid(const Event &event);

private:
    static Status checkAllValid(const std::vector<Event> &events);
    Status mergeEach(const QStringList &from, const QString &into, const QString &whenNoOther,
                     Names names);
};
