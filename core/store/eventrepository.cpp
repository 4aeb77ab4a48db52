#include "eventrepository.h"

#include "database.h"
#include "eventcondition.h"
#include "eventrow.h"
#include "eventsourcetable.h"
#include "eventstatistics.h"
#include "fulltextindex.h"
#include "model/companyidentifier.h"
#include "model/companyresolver.h"
#include "model/eventvalidator.h"
#include "model/namevariants.h"
#include "model/safetext.h"
#include "model/tenurederiver.h"
#include "statement.h"

#include <algorithm>
#include <sqlite3.h>
#include <string>

namespace {
using eventrow::nameSeparator;

const std::string selectColumns =
    std::string("SELECT e.id, e.year, e.month, e.day, c.name, e.type, (SELECT group_concat(name, "
                "char(31)) FROM (SELECT p.name AS name FROM event_people ep JOIN people p ON p.id "
                "= ep.person_id WHERE ep.company_id = e.company_id AND ep.event_id = e.id ORDER BY "
                "ep.position)), e.role, "
                "e.interim, e.round, e.amount_usd, e.valuation_usd, e.status, e.description, ") +
    EventSourceTable::readColumn() +
    ", e.announced, e.reason, e.reason_note, e.currency, e.investors, e.acquirer, "
    "c.identifier FROM ";
const std::string selectEvents = selectColumns + EventCondition::from();
// The same rows read along the date index: see EventRepository::walksByDay.
const std::string selectEventsByDay =
    selectColumns + "events e INDEXED BY events_by_day JOIN companies c ON c.id = e.company_id";

QStringList trimmedPeople(const QStringList &people)
{
    QStringList names;
    for (const QString &name : people)
        names << name.trimmed();
    return names;
}

// Binds the columns shared by INSERT and UPDATE as parameters 1..20.
void bindEventColumns(Statement &s, qint64 companyId, const Event &e)
{
    s.bind(1, companyId)
        .bind(2, int(e.type))
        .bind(3, e.date.year())
        .bind(4, e.date.month())
        .bind(5, e.date.day())
        .bind(6, e.date.firstDay().toJulianDay())
        .bind(7, e.date.lastDay().toJulianDay())
        .bind(8, e.role.trimmed())
        .bind(9, e.interim)
        .bind(10, e.round.trimmed())
        .bind(11, e.amountUsd)
        .bind(12, e.valuationUsd)
        .bind(13, int(e.status))
        .bind(14, e.description)
        .bind(15, e.announced.isValid() ? e.announced.toString() : QString())
        .bind(16, e.reason ? toString(*e.reason) : QString())
        .bind(17, e.reasonNote)
        .bind(18, e.currency)
        .bind(19, trimmedPeople(e.investors).join(QLatin1Char(nameSeparator)))
        .bind(20, e.acquirer.trimmed());
}

} // namespace

Status EventRepository::step(Statement &statement, const QString &doing)
{
    return m_db.run(statement, doing);
}

Status EventRepository::step(Statement &statement, const char *doing)
{
    return m_db.run(statement, "EventRepository", doing);
}

Result<std::optional<qint64>> EventRepository::findId(const char *table, const QString &name)
{
    const std::string sql = std::string("SELECT id FROM ") + table + " WHERE name = ?1";
    Statement &s = m_db.prepare(sql.c_str());
    s.bind(1, name.trimmed());
    const int rc = s.step();
    std::optional<qint64> id;
    if (rc == SQLITE_ROW)
        id = s.integer(0);
    s.reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("looking up %1").arg(name));
    return id;
}

Result<qint64> EventRepository::findOrCreate(const char *table, const QString &name)
{
    auto existing = findId(table, name);
    if (!existing)
        return existing.error();
    if (existing.value())
        return *existing.value();
    const std::string sql = std::string("INSERT INTO ") + table + " (name) VALUES (?1)";
    Statement &s = m_db.prepare(sql.c_str());
    s.bind(1, name.trimmed());
    if (auto status = step(s, tr("adding %1").arg(name)); !status)
        return status.error();
    return qint64(sqlite3_last_insert_rowid(m_db.handle()));
}

Status EventRepository::writePeople(qint64 companyId, EventId id, const QStringList &people)
{
    Statement &clear =
        m_db.prepare("DELETE FROM event_people WHERE company_id = ?1 AND event_id = ?2");
    clear.bind(1, companyId).bind(2, id);
    if (auto status = step(clear, QT_TR_NOOP("saving the people")); !status)
        return status;
    return addPeople(companyId, id, people);
}

Status EventRepository::addPeople(qint64 companyId, EventId id, const QStringList &people)
{
    int position = 0;
    for (const QString &name : people) {
        auto person = findOrCreate("people", name);
        if (!person)
            return person.error();
        Statement &link = m_db.prepare(
            "INSERT INTO event_people (company_id, event_id, position, person_id) VALUES (?1, "
            "?2, ?3, ?4)");
        link.bind(1, companyId).bind(2, id).bind(3, position++).bind(4, *person);
        if (auto status = step(link, QT_TR_NOOP("saving the people")); !status)
            return status;
    }
    return Done{};
}

Result<EventId> EventRepository::reserveEventIds(qint64 count)
{
    // Never an id any event has had, even one deleted since (see schema::version4).
    Statement &s = m_db.prepare(
        "UPDATE id_sequence SET last = max(last, (SELECT coalesce(max(id), 0) FROM events)) + ?1 "
        "WHERE name = 'events' RETURNING last");
    s.bind(1, count);
    const int rc = s.step();
    const EventId last = rc == SQLITE_ROW ? s.integer(0) : 0;
    s.reset();
    if (rc != SQLITE_ROW)
        return m_db.errorFor(rc == SQLITE_DONE ? SQLITE_CORRUPT : rc,
                             tr("choosing the new events' ids"));
    return last - count + 1;
}

Result<qint64> EventRepository::companyOf(const Event &event)
{
    if (event.companyIdentifier.isEmpty())
        return findOrCreate("companies", event.company);
    // The companies the name or the identifier could mean, and the rule that picks one.
    const QString name = event.company.trimmed();
    const QString identifier = event.companyIdentifier;
    Statement &s = m_db.prepare("SELECT id, name, identifier FROM companies WHERE identifier = ?1 "
                                "COLLATE NOCASE OR name = ?2 OR name = ?3");
    s.bind(1, identifier).bind(2, name).bind(3, CompanyIdentifier::labelled(name, identifier));
    std::vector<CompanyResolver::Company> candidates;
    QHash<QString, qint64> ids; // by case-folded label
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) {
        candidates.push_back({s.text(1), s.text(2)});
        ids.insert(s.text(1).toCaseFolded(), s.integer(0));
    }
    s.reset();
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("looking up %1").arg(name));
    const auto resolution = CompanyResolver(candidates).resolve(name, identifier);
    if (resolution.outcome == CompanyResolver::Outcome::Conflict)
        return companyConflict(name, identifier, resolution.label, resolution.otherIdentifier);
    const auto id = ids.constFind(resolution.label.toCaseFolded());
    if (id == ids.cend()) {
        Statement &create =
            m_db.prepare("INSERT INTO companies (name, identifier) VALUES (?1, ?2)");
        create.bind(1, resolution.label).bind(2, identifier);
        if (auto status = step(create, tr("adding %1").arg(name)); !status)
            return status.error();
        return qint64(sqlite3_last_insert_rowid(m_db.handle()));
    }
    if (resolution.outcome == CompanyResolver::Outcome::Adopted ||
        resolution.outcome == CompanyResolver::Outcome::Labelled) {
        Statement &adopt = m_db.prepare("UPDATE companies SET identifier = ?1 WHERE id = ?2");
        adopt.bind(1, identifier).bind(2, *id);
        if (auto status = step(adopt, tr("saving the identifier of %1").arg(name)); !status)
            return status.error();
    }
    return *id;
}

Status EventRepository::insert(const Event &event, EventId id)
{
    auto company = companyOf(event);
    if (!company)
        return company.error();
    Statement &s = m_db.prepare(
        "INSERT INTO events (company_id, type, year, month, day, first_day, last_day, role, "
        "interim, round, amount_usd, valuation_usd, status, description, announced, reason, "
        "reason_note, currency, investors, acquirer, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
        "?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)");
    bindEventColumns(s, *company, event);
    s.bind(21, id);
    if (auto status = step(s, QT_TR_NOOP("adding the event")); !status)
        return status;
    // The id was free a moment ago, so no people links or sources can name it (foreign keys);
    // adding without first clearing saves two statements an event in a large import.
    if (auto status = addPeople(*company, id, trimmedPeople(event.people)); !status)
        return status;
    if (auto status = EventSourceTable::add(m_db, *company, id, event.sources); !status)
        return status;
    return FullTextIndex::add(m_db, id);
}

Result<std::vector<EventId>> EventRepository::insertAll(const std::vector<Event> &events)
{
    std::vector<EventId> ids;
    ids.reserve(events.size());
    std::optional<Database::LargeCache> largeCache;
    if (events.size() >= 10000)
        largeCache.emplace(m_db);
    Status status = m_db.transaction([&]() -> Status {
        if (events.empty())
            return Done{};
        auto first = reserveEventIds(qint64(events.size()));
        if (!first)
            return first.error();
        for (const Event &event : events) {
            const EventId id = *first + EventId(ids.size());
            if (auto inserted = insert(event, id); !inserted)
                return inserted;
            ids.push_back(id);
        }
        return Done{};
    });
    if (!status)
        return status.error();
    return ids;
}

Status EventRepository::insertRestored(const std::vector<Event> &events)
{
    return m_db.transaction([&]() -> Status {
        for (const Event &event : events) {
            if (auto status = insert(event, event.id); !status)
                return status;
        }
        return Done{};
    });
}

Status EventRepository::rewriteAll(const std::vector<Event> &events)
{
    return m_db.transaction([&]() -> Status {
        for (const Event &event : events) {
            if (auto status = rewrite(event); !status)
                return status;
        }
        return Done{};
    });
}

Status EventRepository::rewrite(const Event &event)
{
    auto company = companyOf(event);
    if (!company)
        return company.error();
    Statement &s = m_db.prepare(
        "UPDATE events SET company_id = ?1, type = ?2, year = ?3, month = ?4, day = ?5, "
        "first_day = ?6, last_day = ?7, role = ?8, interim = ?9, round = ?10, amount_usd = "
        "?11, valuation_usd = ?12, status = ?13, description = ?14, announced = ?15, reason = "
        "?16, reason_note = ?17, currency = ?18, investors = ?19, acquirer = ?20 WHERE id = ?21");
    bindEventColumns(s, *company, event);
    s.bind(21, event.id);
    if (auto status = step(s, QT_TR_NOOP("saving the event")); !status)
        return status;
    if (sqlite3_changes(m_db.handle()) == 0)
        return noSuchEvent(event.id);
    if (auto status = writePeople(*company, event.id, trimmedPeople(event.people)); !status)
        return status;
    if (auto status = EventSourceTable::write(m_db, *company, event.id, event.sources); !status)
        return status;
    if (auto status = FullTextIndex::remove(m_db, event.id); !status)
        return status;
    return FullTextIndex::add(m_db, event.id);
}

Status EventRepository::removeAll(const std::vector<EventId> &ids)
{
    return m_db.transaction([&]() -> Status {
        for (const EventId id : ids) {
            Statement &s = m_db.prepare("DELETE FROM events WHERE id = ?1");
            s.bind(1, id);
            if (auto status = step(s, QT_TR_NOOP("removing the event")); !status)
                return status;
            if (sqlite3_changes(m_db.handle()) == 0)
                return noSuchEvent(id);
            if (auto status = FullTextIndex::remove(m_db, id); !status)
                return status;
        }
        return Done{};
    });
}

Status EventRepository::inTransaction(const std::function<Status()> &work)
{
    return m_db.transaction(work);
}

Result<std::optional<Event>> EventRepository::find(EventId id)
{
    const std::string sql = std::string(selectEvents) + " WHERE e.id = ?1";
    Statement &s = m_db.prepare(sql.c_str());
    s.bind(1, id);
    const int rc = s.step();
    std::optional<Event> event;
    if (rc == SQLITE_ROW)
        event = eventrow::event(s);
    s.reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading event %1").arg(id));
    return event;
}

Status EventRepository::forEach(const EventQuery &query, const std::function<bool(Event &&)> &visit)
{
    const EventCondition condition(query);
    if (condition.matchesNothing())
        return Done{};
    const auto byDay = walksByDay(query);
    if (!byDay)
        return byDay.error();
    std::string sql = (*byDay ? selectEventsByDay : selectEvents) + " WHERE 1" + condition.sql();
    sql += " ORDER BY e.first_day, e.id";
    if (query.limit >= 0)
        sql += " LIMIT ?";

    Statement &s = m_db.prepare(sql.c_str());
    if (!s.isValid())
        return m_db.errorFor(s.prepareError(), tr("reading events"));
    const int next = condition.bind(s, 1);
    if (query.limit >= 0)
        s.bind(next, query.limit);
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) {
        if (!visit(eventrow::event(s))) {
            rc = SQLITE_DONE;
            break;
        }
    }
    s.reset();
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading events"));
    return Done{};
}

Result<bool> EventRepository::walksByDay(const EventQuery &query)
{
    const bool onlyText = !query.from.isValid() && !query.to.isValid() &&
                          query.companies.isEmpty() && query.types.isEmpty() &&
                          query.person.trimmed().isEmpty();
    if (query.limit < 0 || !onlyText || FullTextIndex::matchExpression(query.text).isEmpty())
        return false;
    // SQLite's plan looks up every match, reads its columns and sorts them all before the limit
    // applies: at 1M events "ceo" matched 174 095 events and the first 10 000 took 4 s. Walking
    // the date index in order and keeping the matches stops at the limit, after passing over
    // about limit × events / matches entries, each a sequential read; a random lookup costs
    // about as much as 40 of those, so the walk wins unless the word is rare.
    auto matches = FullTextIndex::countMatches(m_db, query.text);
    if (!matches)
        return matches.error();
    if (*matches == 0)
        return false;
    Statement &s = m_db.prepare("SELECT max(id) FROM events"); // events ever made, bounds count
    if (!s.isValid())
        return m_db.errorFor(s.prepareError(), tr("reading events"));
    const int rc = s.step();
    const double events = rc == SQLITE_ROW ? double(s.integer(0)) : 0.0;
    s.reset();
    if (rc != SQLITE_ROW)
        return m_db.errorFor(rc, tr("reading events"));
    constexpr double lookupsPerEntry = 40;
    const double passedOver = double(query.limit) * events / double(*matches);
    return passedOver < lookupsPerEntry * double(*matches);
}

Result<std::pair<QDate, QDate>> EventRepository::extent(const EventQuery &filter)
{
    return EventStatistics(m_db).extent(filter);
}

Result<QStringList> EventRepository::companiesMatching(const EventQuery &filter)
{
    return EventStatistics(m_db).companies(filter);
}

Result<qint64> EventRepository::count()
{
    Statement &s = m_db.prepare("SELECT count(*) FROM events");
    const int rc = s.step();
    const qint64 n = rc == SQLITE_ROW ? s.integer(0) : 0;
    s.reset();
    if (rc != SQLITE_ROW)
        return m_db.errorFor(rc, tr("counting events"));
    return n;
}

Result<std::vector<Company>> EventRepository::readCompanies(EventCounts counts)
{
    Statement &s = m_db.prepare(
        counts == EventCounts::Counted
            // One pass over the (company_id, first_day) index counts every company's events.
            ? "SELECT c.id, c.name, c.color, e.n, c.identifier FROM companies c JOIN (SELECT "
              "company_id, count(*) AS n FROM events GROUP BY company_id) e ON e.company_id = "
              "c.id ORDER BY c.name COLLATE NOCASE"
            // One seek a company.
            : "SELECT c.id, c.name, c.color, 0, c.identifier FROM companies c WHERE EXISTS "
              "(SELECT 1 FROM events WHERE company_id = c.id) ORDER BY c.name COLLATE NOCASE");
    std::vector<Company> companies;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW)
        companies.push_back(companyAt(s));
    s.reset();
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading companies"));
    return companies;
}

Result<std::vector<Company>> EventRepository::readCompanies(const QStringList &names)
{
    // A company's events are one range of the (company_id, first_day) index: counting a few
    // companies reads only theirs, where companies() reads every event.
    Statement &s = m_db.prepare(
        "SELECT c.id, c.name, c.color, (SELECT count(*) FROM events WHERE company_id = c.id) AS n, "
        "c.identifier FROM companies c WHERE c.name = ?1 AND n > 0");
    std::vector<Company> companies;
    for (const QString &name : names) {
        s.bind(1, name.trimmed());
        const int rc = s.step();
        if (rc == SQLITE_ROW) {
            Company company = companyAt(s);
            const bool listed = std::any_of(companies.begin(), companies.end(),
                                            [&](const Company &c) { return c.id == company.id; });
            if (!listed)
                companies.push_back(std::move(company));
        }
        s.reset();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return m_db.errorFor(rc, tr("reading companies"));
    }
    std::sort(companies.begin(), companies.end(), [](const Company &a, const Company &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return companies;
}

Company EventRepository::companyAt(const Statement &row)
{
    Company company;
    company.id = row.integer(0);
    company.name = row.text(1);
    const QString color = row.text(2);
    if (!color.isEmpty())
        company.color = QColor::fromString(color);
    company.eventCount = row.integer(3);
    company.identifier = row.text(4);
    return company;
}

static Result<QStringList> readNames(Database &db, const char *sql, const QString &doing)
{
    Statement &s = db.prepare(sql);
    QStringList names;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW)
        names << s.text(0);
    s.reset();
    if (rc != SQLITE_DONE)
        return db.errorFor(rc, doing);
    return names;
}

Result<QStringList> EventRepository::people()
{
    return readNames(m_db,
                     "SELECT p.name FROM people p WHERE EXISTS (SELECT 1 FROM event_people ep "
                     "WHERE ep.person_id = p.id) ORDER BY p.name COLLATE NOCASE",
                     tr("reading people"));
}

Result<std::vector<std::pair<QString, qint64>>> EventRepository::peopleWithEventCounts()
{
    Statement &s = m_db.prepare("SELECT p.name, count(*) FROM people p JOIN event_people ep ON "
                                "ep.person_id = p.id GROUP BY p.id ORDER BY p.name COLLATE NOCASE");
    std::vector<std::pair<QString, qint64>> people;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW)
        people.emplace_back(s.text(0), s.integer(1));
    s.reset();
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading people"));
    return people;
}

Result<QStringList> EventRepository::roles()
{
    return readNames(m_db,
                     "SELECT DISTINCT role FROM events WHERE role <> '' ORDER BY role COLLATE "
                     "NOCASE",
                     tr("reading roles"));
}

Result<EventStore::RoleAliases> EventRepository::roleAliases()
{
    Statement &s = m_db.prepare("SELECT title, role FROM role_aliases ORDER BY title");
    std::vector<std::pair<QString, RoleVocabulary::Role>> aliases;
    int rc = SQLITE_ROW;
    while ((rc = s.step()) == SQLITE_ROW) {
        // A role this version does not know (written by a newer one) is left out, not guessed.
        if (const auto role = RoleVocabulary::roleForKey(s.text(1)))
            aliases.emplace_back(s.text(0), *role);
    }
    s.reset();
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading the role mappings"));
    return aliases;
}

Status EventRepository::writeRoleAlias(const QString &title,
                                       std::optional<RoleVocabulary::Role> role)
{
    return m_db.transaction([&]() -> Status {
        if (!role) {
            Statement &s = m_db.prepare("DELETE FROM role_aliases WHERE title = ?1");
            s.bind(1, title);
            if (auto status = step(s, QT_TR_NOOP("removing the role mapping")); !status)
                return status;
            if (sqlite3_changes(m_db.handle()) == 0)
                return noRoleAlias(title);
            return Done{};
        }
        Statement &s = m_db.prepare("INSERT INTO role_aliases (title, role) VALUES (?1, ?2) "
                                    "ON CONFLICT (title) DO UPDATE SET role = excluded.role");
        s.bind(1, title).bind(2, RoleVocabulary::key(*role));
        return step(s, QT_TR_NOOP("saving the role mapping"));
    });
}

Status EventRepository::rename(Names names, const QString &from, const QString &to)
{
    const bool companies = names == Names::Companies;
    const char *table = companies ? "companies" : "people";
    return m_db.transaction([&]() -> Status {
        auto source = findId(table, from);
        if (!source)
            return source.error();
        if (!*source)
            return noSuchName(names, from);
        auto target = findId(table, to);
        if (!target)
            return target.error();
        if (*target && **target != **source)
            return nameTaken(names, to);
        const std::string sql = std::string("UPDATE ") + table + " SET name = ?1 WHERE id = ?2";
        Statement &s = m_db.prepare(sql.c_str());
        s.bind(1, to).bind(2, **source);
        if (auto status = step(s, QT_TR_NOOP("renaming")); !status)
            return status;
        const qint64 id = **source;
        const char *condition =
            companies ? "e.company_id = ?1"
                      : "e.id IN (SELECT event_id FROM event_people WHERE person_id = ?1)";
        return FullTextIndex::reindex(m_db, condition, [id](Statement &st) { st.bind(1, id); });
    });
}

Status EventRepository::mergeCompany(const QString &from, const QString &into)
{
    return m_db.transaction([&]() -> Status {
        auto source = findId("companies", from);
        auto target = findId("companies", into);
        if (!source)
            return source.error();
        if (!target)
            return target.error();
        if (!*source || !*target)
            return noSuchName(Names::Companies, *source ? into : from);
        const qint64 sourceId = **source, targetId = **target;
        if (sourceId == targetId)
            return mergedIntoItself(Names::Companies);
        for (const char *sql : {"UPDATE events SET company_id = ?1 WHERE company_id = ?2",
                                "UPDATE annotations SET company_id = ?1 WHERE company_id = ?2"}) {
            Statement &move = m_db.prepare(sql);
            move.bind(1, targetId).bind(2, sourceId);
            if (auto status = step(move, QT_TR_NOOP("merging companies")); !status)
                return status;
        }
        Statement &drop = m_db.prepare("DELETE FROM companies WHERE id = ?1");
        drop.bind(1, sourceId);
        if (auto status = step(drop, QT_TR_NOOP("merging companies")); !status)
            return status;
        return FullTextIndex::reindex(m_db, "e.company_id = ?1",
                                      [targetId](Statement &st) { st.bind(1, targetId); });
    });
}

Status EventRepository::mergePerson(const QString &from, const QString &into)
{
    return m_db.transaction([&]() -> Status {
        auto source = findId("people", from);
        auto target = findId("people", into);
        if (!source)
            return source.error();
        if (!target)
            return target.error();
        if (!*source || !*target)
            return noSuchName(Names::People, *source ? into : from);
        const qint64 sourceId = **source, targetId = **target;
        if (sourceId == targetId)
            return mergedIntoItself(Names::People);
        // An event naming both keeps the target once, in its own place.
        Statement &dedupe = m_db.prepare(
            "DELETE FROM event_people WHERE person_id = ?1 AND event_id IN (SELECT event_id "
            "FROM event_people WHERE person_id = ?2)");
        dedupe.bind(1, sourceId).bind(2, targetId);
        if (auto status = step(dedupe, QT_TR_NOOP("merging people")); !status)
            return status;
        Statement &move =
            m_db.prepare("UPDATE event_people SET person_id = ?1 WHERE person_id = ?2");
        move.bind(1, targetId).bind(2, sourceId);
        if (auto status = step(move, QT_TR_NOOP("merging people")); !status)
            return status;
        Statement &drop = m_db.prepare("DELETE FROM people WHERE id = ?1");
        drop.bind(1, sourceId);
        if (auto status = step(drop, QT_TR_NOOP("merging people")); !status)
            return status;
        return FullTextIndex::reindex(
            m_db, "e.id IN (SELECT event_id FROM event_people WHERE person_id = ?1)",
            [targetId](Statement &st) { st.bind(1, targetId); });
    });
}

Status EventRepository::merge(Names names, const QString &from, const QString &into)
{
    return names == Names::Companies ? mergeCompany(from, into) : mergePerson(from, into);
}

Status EventRepository::setCompanyColor(const QString &company, const QColor &color)
{
    return m_db.transaction([&]() -> Status {
        Statement &s = m_db.prepare("UPDATE companies SET color = ?1 WHERE name = ?2");
        s.bind(1, color.isValid() ? color.name() : QString()).bind(2, company.trimmed());
        if (auto status = step(s, QT_TR_NOOP("setting the colour")); !status)
            return status;
        if (sqlite3_changes(m_db.handle()) == 0)
            return noSuchName(Names::Companies, company);
        return Done{};
    });
}

Result<QHash<QString, QString>> EventRepository::companyIdentifiers()
{
    Statement &s = m_db.prepare("SELECT name, identifier FROM companies");
    QHash<QString, QString> identifiers;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW)
        identifiers.insert(s.text(0), s.text(1));
    s.reset();
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading the companies"));
    return identifiers;
}

Status EventRepository::clearCompanyIdentifier(const QString &company)
{
    return m_db.transaction([&]() -> Status {
        Statement &s = m_db.prepare("UPDATE companies SET identifier = '' WHERE name = ?1");
        s.bind(1, company);
        if (auto status = step(s, tr("removing the identifier of %1").arg(company)); !status)
            return status;
        if (sqlite3_changes(m_db.handle()) == 0)
            return noSuchName(Names::Companies, company);
        return Done{};
    });
}
