#pragma once

#include "eventquery.h"
#include "model/event.h"
#include "model/result.h"
#include "model/tenure.h"
#include "model/tenurederiver.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <optional>
#include <vector>

class Database;
class Statement;

struct Company
{
    qint64 id = 0;
    QString name;
    QColor color; // invalid: the theme picks one
    qint64 eventCount = 0;
    QString identifier; // CompanyIdentifier, '' when none
};

// Reads and writes events, companies and people. Every write validates first and is one
// transaction; an invalid event is refused with Error::Kind::InvalidData and nothing is written.
class EventRepository
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)

public:
    explicit EventRepository(Database &db) : m_db(db) {}
    Database &database() { return m_db; }

    Result<EventId> add(const Event &event);
    // All or nothing: the first invalid event refuses the whole batch. Returns the new ids.
    Result<std::vector<EventId>> addAll(const std::vector<Event> &events);
    Status update(const Event &event);
    Status updateAll(const std::vector<Event> &events); // all or nothing
    Status remove(EventId id);
    Status removeAll(const std::vector<EventId> &ids); // all or nothing
    // Puts removed events back under their former ids (undo of a delete or an import).
    Status restore(const Event &event);
    Status restoreAll(const std::vector<Event> &events);

    // Runs several of the calls above as one transaction.
    Status inTransaction(const std::function<Status()> &work);

    Result<std::optional<Event>> find(EventId id);
    // Events matching the query, by date then insertion order (the export order).
    Result<std::vector<Event>> query(const EventQuery &query = {});
    // The same events handed to `visit` one at a time, none kept: for a caller that writes each
    // out (a million-event list need not sit in memory). `visit` returns false to stop early.
    Status forEach(const EventQuery &query, const std::function<bool(Event &&)> &visit);
    Result<qint64> count();

    // The companies with events, by name. Counting their events reads every event's index
    // entry (some 50 ms at a million); a caller that needs only names and colours skips it and
    // gets eventCount 0.
    enum class EventCounts { Counted, NotCounted };
    Result<std::vector<Company>> companies(EventCounts counts = EventCounts::Counted);
    // Those of `names` that are stored companies with events, by name: what an edit that
    // touched them left of them.
    Result<std::vector<Company>> companies(const QStringList &names);
    Result<QStringList> people();
    // Each person with the number of events naming them, by name.
    Result<std::vector<std::pair<QString, qint64>>> peopleWithEventCounts();
    Result<QStringList> roles();
    Result<std::vector<Tenure>> tenures(const QString &company = {});
    // The tenures with what their derivation had to guess or could not resolve.
    Result<TenureDeriver::Outcome> derivation(const QString &company = {});
    // The same with a vocabulary already read (vocabulary()), for callers deriving many times.
    Result<TenureDeriver::Outcome> derivation(const QString &company,
                                              const RoleVocabulary &vocabulary);

    // Titles the user mapped to a canonical role, by title; and the vocabulary they make with the
    // built-in one, which every derivation of tenures on this database uses.
    Result<std::vector<std::pair<QString, RoleVocabulary::Role>>> roleAliases();
    Result<RoleVocabulary> vocabulary();
    // Maps `title` to `role`, or removes the user's mapping of it (nullopt). One transaction.
    Status setRoleAlias(const QString &title, std::optional<RoleVocabulary::Role> role);
    // The role mappings an imported file carries (JsonReader), in one transaction or the
    // caller's: a title not mapped yet is added, one mapped to the same role is left as it is;
    // one this database maps to another role refuses them all (InvalidData, naming both), so an
    // import never changes what a title means here without being asked to. Returns the mappings
    // it added (to undo them).
    using RoleAliases = std::vector<std::pair<QString, RoleVocabulary::Role>>;
    Result<RoleAliases> importRoleAliases(const RoleAliases &aliases);

    Status renameCompany(const QString &from, const QString &to);
    Status mergeCompanies(const QString &from, const QString &into); // `from` disappears
    Status setCompanyColor(const QString &company, const QColor &color);
    // Each company's identifier ('' when none), by name; and taking one away again (the undo of
    // an add that gave a stored company the identifier its event carried).
    Result<QHash<QString, QString>> companyIdentifiers();
    Status clearCompanyIdentifier(const QString &company);
    Status renamePerson(const QString &from, const QString &to);
    Status mergePeople(const QString &from, const QString &into);
    // Several names into one, in one transaction: every event naming one of `from` then names
    // `into` (once, where it already named it). A name of `from` the store takes for `into` is
    // left out; all or nothing when one of them does not exist.
    Status mergeCompanies(const QStringList &from, const QString &into);
    Status mergePeople(const QStringList &from, const QString &into);

private:
    // A row of id, name, colour, event count and identifier.
    static Company companyAt(const Statement &row);
    // Whether query() reads along the date index (a limited search for a common word).
    Result<bool> walksByDay(const EventQuery &query);
    Status checkValid(const Event &event) const;
    // Inserts an event under an id no stored event has (reserved, or a removed event's).
    Status insert(const Event &event, EventId id);
    // The first of `count` new ids, never used before; inside a transaction.
    Result<EventId> reserveEventIds(qint64 count);
    // The company an event names (CompanyResolver's rules), created or given the event's
    // identifier as needed; inside a transaction.
    Result<qint64> companyOf(const Event &event);
    Status rewrite(const Event &event); // inside a transaction
    // Replaces the event's people links; addPeople only adds them, for an event that has none.
    Status writePeople(qint64 companyId, EventId id, const QStringList &people);
    Status addPeople(qint64 companyId, EventId id, const QStringList &people);
    Result<qint64> findOrCreate(const char *table, const QString &name);
    Result<std::optional<qint64>> findId(const char *table, const QString &name);
    Status renameIn(const char *table, const QString &from, const QString &to);
    // Merges each of `from` but `into` with `mergeOne`, in one transaction.
    Status mergeEach(const QStringList &from, const QString &into, const QString &whenNoOther,
                     Status (EventRepository::*mergeOne)(const QString &, const QString &));
    Status step(Statement &statement, const QString &doing);
    // `doing` marked by QT_TR_NOOP, translated only for an error (see Database::run).
    Status step(Statement &statement, const char *doing);

    Database &m_db;
};
