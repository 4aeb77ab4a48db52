#pragma once

#include "annotationstore.h"
#include "eventquery.h"
#include "eventstore.h"
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

// The EventStore of an SQLite file (Database).
class EventRepository : public EventStore
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)

public:
    explicit EventRepository(Database &db) : m_db(db), m_notes(db) {}
    Database &database() { return m_db; }
    NoteStore &notes() override { return m_notes; }

    Status removeAll(const std::vector<EventId> &ids) override;
    Status inTransaction(const std::function<Status()> &work) override;
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
    // A row of id, name, colour, event count and identifier.
    static Company companyAt(const Statement &row);
    // Whether query() reads along the date index (a limited search for a common word).
    Result<bool> walksByDay(const EventQuery &query);
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
    Status mergeCompany(const QString &from, const QString &into);
    Status mergePerson(const QString &from, const QString &into);
    Status step(Statement &statement, const QString &doing);
    // `doing` marked by QT_TR_NOOP, translated only for an error (see Database::run).
    Status step(Statement &statement, const char *doing);

    Database &m_db;
    AnnotationStore m_notes;
};
