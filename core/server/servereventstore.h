#pragma once

#include "servernotestore.h"
#include "store/eventstore.h"

class PgConnection;
class ServerDatabase;

// The EventStore of a PostgreSQL database (ServerDatabase): the same rules and results as a
// file's EventRepository, in PostgreSQL's SQL. Who added and changed each event, and the audit
// log, are kept by the server itself (serverschema.h).
// Several people edit one database at once, so a change or a removal is checked against the
// version of the event this store last read or wrote: when someone else changed it since, the
// write is refused (Error::Kind::Conflict, naming them and when) and nothing is lost. An undo is
// such a write, so it never overwrites a later change of someone else's.
class ServerEventStore : public EventStore
{
    Q_DECLARE_TR_FUNCTIONS(ServerEventStore)

public:
    explicit ServerEventStore(ServerDatabase &db);

    Status removeAll(const std::vector<EventId> &ids) override;
    Status inTransaction(const std::function<Status()> &work) override;
    NoteStore &notes() override { return m_notes; }
    Result<std::optional<Event>> find(EventId id) override;
    Status forEach(const EventQuery &query, const std::function<bool(Event &&)> &visit) override;
    Result<qint64> count() override;
    Result<std::pair<QDate, QDate>> extent(const EventQuery &filter) override;
    Result<QStringList> companiesMatching(const EventQuery &filter) override;
    Result<QStringList> people() override;
    Result<std::vector<std::pair<QString, qint64>>> peopleWithEventCounts() override;
    Result<QStringList> roles() override;
    Result<RoleAliases> roleAliases() override;
    Status setCompanyColor(const QString &company, const QColor &color) override;
    Result<QHash<QString, QString>> companyIdentifiers() override;
    Status clearCompanyIdentifier(const QString &company) override;

    // Indexes every event of the database for search (after a bulk copy), in one statement a
    // batch.
    Status reindexAll();

protected:
    Result<std::vector<Company>> readCompanies(EventCounts counts) override;
    Result<std::vector<Company>> readCompanies(const QStringList &names) override;
    Result<std::vector<EventId>> insertAll(const std::vector<Event> &events) override;
    Status rewriteAll(const std::vector<Event> &events) override;
    Status insertRestored(const std::vector<Event> &events) override;
    Status writeRoleAlias(const QString &title, std::optional<RoleVocabulary::Role> role) override;
    Status rename(Names names, const QString &from, const QString &to) override;
    Status merge(Names names, const QString &from, const QString &into) override;

private:
    // Runs a write in one transaction, or says why this user may not write.
    Status writing(const std::function<Status()> &work);
    Status insert(const Event &event, EventId id);
    // Many events at once by COPY (an import): names upserted in one statement each, rows
    // streamed; the result is the same as insert() for each.
    Status insertByCopy(const std::vector<Event> &events, const std::vector<EventId> &ids);
    // Each distinct name's id in `table` (companies or people), made where missing.
    Result<QHash<QString, qint64>> idsOfNames(const char *table, const QStringList &names);
    Status rewrite(const Event &event);
    Result<qint64> companyOf(const Event &event);
    Result<qint64> findOrCreatePerson(const QString &name);
    Result<std::optional<qint64>> findId(Names names, const QString &name);
    Status writePeopleAndSources(qint64 companyId, const Event &event);
    Status index(qint64 companyId, const Event &event);
    // Indexes again the events matching `query` (after a rename or a merge).
    Status reindex(const EventQuery &query);
    Result<std::vector<Company>> companiesFrom(const char *sql, const QByteArray &parameter = {});
    // Why a write checked against the version read found no row: a conflict or no such event.
    Error whyNotWritten(EventId id);
    std::optional<QByteArray> seenVersion(EventId id) const;

    ServerDatabase &m_db;
    PgConnection &m_pg;
    ServerNoteStore m_notes;
    QHash<EventId, qint64> m_seenVersions; // each event's row_version as this store last saw it
};
