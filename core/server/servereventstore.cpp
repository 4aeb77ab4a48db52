#include "servereventstore.h"

#include "model/companyidentifier.h"
#include "model/companyresolver.h"
#include "serverdatabase.h"
#include "serversearch.h"
#include "store/eventrow.h"
#include "store/fulltextindex.h"

#include <QDateTime>

#include <algorithm>
#include <string>

namespace {
// The columns of eventrow::event, as EventRepository selects them from a file.
constexpr const char *selectEvents =
    "SELECT e.id, e.year, e.month, e.day, c.name, e.type, "
    "(SELECT string_agg(p.name, E'\\x1f' ORDER BY ep.position) FROM tenure.event_people ep "
    "JOIN tenure.people p ON p.id = ep.person_id "
    "WHERE ep.company_id = e.company_id AND ep.event_id = e.id), "
    "e.role, e.interim, e.round, e.amount_usd, e.valuation_usd, e.status, e.description, "
    "(SELECT string_agg(s.url || E'\\x1f' || s.title || E'\\x1f' || s.outlet || E'\\x1f' || "
    "s.date, E'\\x1e' ORDER BY s.position) FROM tenure.event_sources s "
    "WHERE s.company_id = e.company_id AND s.event_id = e.id), "
    "e.announced, e.reason, e.reason_note, e.currency, e.investors, e.acquirer, c.identifier, "
    "e.row_version FROM tenure.events e JOIN tenure.companies c ON c.id = e.company_id";
// The column after eventrow::event's: the version a later write is checked against.
constexpr int versionColumn = 22;
// From this many events on, an add goes by COPY: a round trip an event costs about a millisecond.
constexpr std::size_t copiedBatch = 200;

// SQLite's NOCASE folds ASCII letters only; tenure.nocase() does the same on the server.
QString nocase(const QString &text)
{
    QString folded = text;
    for (QChar &c : folded) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return folded;
}

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

std::optional<QByteArray> optionalNumber(std::optional<qint64> value)
{
    return value ? std::optional<QByteArray>(number(*value)) : std::nullopt;
}

// The filter of an EventQuery as PostgreSQL SQL on `e` and `c`, with its parameters: the rules of
// EventCondition, written for the server.
struct ServerCondition
{
    std::string sql;
    PgConnection::Parameters parameters;
    bool matchesNothing = false;

    explicit ServerCondition(const EventQuery &query)
    {
        if (query.from.isValid()) {
            const qint64 from = query.from.toJulianDay();
            add(" AND e.last_day >= $%1", number(from));
            // last_day is at most a year after first_day, so this bound lets the index work.
            add(" AND e.first_day >= $%1", number(from - 366));
        }
        if (query.to.isValid())
            add(" AND e.first_day <= $%1", number(query.to.toJulianDay()));
        if (!query.companies.isEmpty()) {
            QStringList names;
            for (const QString &name : query.companies)
                names << nocase(name.trimmed());
            add(" AND tenure.nocase(c.name) = ANY ($%1::text[])", PgConnection::textArray(names));
        }
        if (!query.types.isEmpty()) {
            QStringList types;
            for (const EventType type : query.types)
                types << QString::number(int(type));
            add(" AND e.type = ANY ($%1::smallint[])", PgConnection::textArray(types));
        }
        if (!query.person.trimmed().isEmpty())
            add(" AND e.id IN (SELECT ep.event_id FROM tenure.event_people ep JOIN tenure.people p "
                "ON p.id = ep.person_id WHERE tenure.nocase(p.name) = $%1)",
                nocase(query.person.trimmed()).toUtf8());
        // "*" searches for nothing, so it finds nothing, not all.
        matchesNothing = FullTextIndex::whyNothingMatches(query.text).has_value();
        const QString words = ServerSearch::query(query.text);
        if (!words.isEmpty())
            add(" AND e.id IN (SELECT event_id FROM tenure.event_search WHERE document @@ "
                "to_tsquery('simple', $%1))",
                words.toUtf8());
    }

    void add(const char *fragment, const QByteArray &value)
    {
        parameters.emplace_back(value);
        sql += QString::fromLatin1(fragment).arg(parameters.size()).toStdString();
    }
};
} // namespace

ServerEventStore::ServerEventStore(ServerDatabase &db)
    : m_db(db), m_pg(db.connection()), m_notes(db)
{}

Status ServerEventStore::inTransaction(const std::function<Status()> &work)
{
    return m_db.transaction(work);
}

Status ServerEventStore::writing(const std::function<Status()> &work)
{
    if (m_db.isReadOnly())
        return Error{Error::Kind::ReadOnly,
                     tr("%1 may only read %2; ask whoever runs the server for the right to change "
                        "it")
                         .arg(m_pg.user(), m_db.displayName())};
    return m_db.transaction(work);
}

Status ServerEventStore::forEach(const EventQuery &query,
                                 const std::function<bool(Event &&)> &visit)
{
    ServerCondition condition(query);
    if (condition.matchesNothing)
        return Done{};
    std::string sql =
        std::string(selectEvents) + " WHERE true" + condition.sql + " ORDER BY e.first_day, e.id";
    if (query.limit >= 0) {
        condition.parameters.emplace_back(number(query.limit));
        sql += " LIMIT $" + std::to_string(condition.parameters.size());
    }
    return m_pg.forEachRow(
        sql.c_str(), condition.parameters,
        [&](const PgRow &row) {
            Event event = eventrow::event(row);
            m_seenVersions.insert(event.id, row.integer(versionColumn));
            return visit(std::move(event));
        },
        tr("reading events"));
}

Result<std::optional<Event>> ServerEventStore::find(EventId id)
{
    const std::string sql = std::string(selectEvents) + " WHERE e.id = $1";
    auto rows = m_pg.query(sql.c_str(), {number(id)}, tr("reading event %1").arg(id));
    if (!rows)
        return rows.error();
    if (rows->count() == 0)
        return std::optional<Event>();
    m_seenVersions.insert(id, rows->integer(0, versionColumn));
    return std::optional<Event>(eventrow::event(PgRow(*rows, 0)));
}

Result<std::pair<QDate, QDate>> ServerEventStore::extent(const EventQuery &filter)
{
    std::pair<QDate, QDate> span;
    const ServerCondition condition(filter);
    if (filter.limit == 0 || condition.matchesNothing)
        return span;
    // The latest last day is among the events of the year before the latest first day (an
    // event's last day is at most a year after its first): a range of the date index.
    const std::string matching =
        std::string("FROM tenure.events e JOIN tenure.companies c ON c.id = e.company_id WHERE "
                    "true") +
        condition.sql;
    const std::string sql = "WITH bounds AS (SELECT min(e.first_day) AS first, max(e.first_day) "
                            "AS last_first " +
                            matching + ") SELECT bounds.first, (SELECT max(e.last_day) " +
                            matching + " AND e.first_day >= bounds.last_first - 366) FROM bounds";
    auto rows = m_pg.query(sql.c_str(), condition.parameters, tr("reading the span of dates"));
    if (!rows)
        return rows.error();
    if (rows->isNull(0, 0))
        return span;
    return std::pair(QDate::fromJulianDay(rows->integer(0, 0)),
                     QDate::fromJulianDay(rows->integer(0, 1)));
}

Result<QStringList> ServerEventStore::companiesMatching(const EventQuery &filter)
{
    const ServerCondition condition(filter);
    if (filter.limit == 0 || condition.matchesNothing)
        return QStringList();
    const std::string sql = std::string("SELECT owner.name FROM tenure.companies owner WHERE "
                                        "EXISTS (SELECT 1 FROM tenure.events e JOIN "
                                        "tenure.companies c ON c.id = e.company_id WHERE "
                                        "e.company_id = owner.id") +
                            condition.sql + ")";
    auto rows = m_pg.query(sql.c_str(), condition.parameters, tr("reading the companies"));
    if (!rows)
        return rows.error();
    QStringList names;
    for (int row = 0; row < rows->count(); ++row)
        names << rows->text(row, 0);
    return names;
}

Result<qint64> ServerEventStore::count()
{
    auto rows = m_pg.query("SELECT count(*) FROM tenure.events", {}, tr("counting events"));
    if (!rows)
        return rows.error();
    return rows->integer(0, 0);
}

Result<std::vector<Company>> ServerEventStore::companiesFrom(const char *sql,
                                                             const QByteArray &parameter)
{
    PgConnection::Parameters parameters;
    if (!parameter.isNull())
        parameters.emplace_back(parameter);
    auto rows = m_pg.query(sql, parameters, tr("reading companies"));
    if (!rows)
        return rows.error();
    std::vector<Company> companies;
    for (int row = 0; row < rows->count(); ++row) {
        Company company;
        company.id = rows->integer(row, 0);
        company.name = rows->text(row, 1);
        if (const QString color = rows->text(row, 2); !color.isEmpty())
            company.color = QColor::fromString(color);
        company.eventCount = rows->integer(row, 3);
        company.identifier = rows->text(row, 4);
        companies.push_back(std::move(company));
    }
    return companies;
}

Result<std::vector<Company>> ServerEventStore::readCompanies(EventCounts counts)
{
    return companiesFrom(
        counts == EventCounts::Counted
            ? "SELECT c.id, c.name, c.color, e.n, c.identifier FROM tenure.companies c JOIN "
              "(SELECT company_id, count(*) AS n FROM tenure.events GROUP BY company_id) e ON "
              "e.company_id = c.id ORDER BY tenure.nocase(c.name) COLLATE \"C\""
            : "SELECT c.id, c.name, c.color, 0, c.identifier FROM tenure.companies c WHERE EXISTS "
              "(SELECT 1 FROM tenure.events WHERE company_id = c.id) "
              "ORDER BY tenure.nocase(c.name) COLLATE \"C\"");
}

Result<std::vector<Company>> ServerEventStore::readCompanies(const QStringList &names)
{
    QStringList folded;
    for (const QString &name : names)
        folded << nocase(name.trimmed());
    return companiesFrom(
        "SELECT c.id, c.name, c.color, n.n, c.identifier FROM tenure.companies c CROSS JOIN "
        "LATERAL (SELECT count(*) AS n FROM tenure.events WHERE company_id = c.id) n "
        "WHERE tenure.nocase(c.name) = ANY ($1::text[]) AND n.n > 0 "
        "ORDER BY tenure.nocase(c.name) COLLATE \"C\"",
        PgConnection::textArray(folded));
}

namespace {
Result<QStringList> namesFrom(PgConnection &pg, const char *sql, const QString &doing)
{
    auto rows = pg.query(sql, {}, doing);
    if (!rows)
        return rows.error();
    QStringList names;
    for (int row = 0; row < rows->count(); ++row)
        names << rows->text(row, 0);
    return names;
}
} // namespace

Result<QStringList> ServerEventStore::people()
{
    return namesFrom(m_pg,
                     "SELECT p.name FROM tenure.people p WHERE EXISTS (SELECT 1 FROM "
                     "tenure.event_people ep WHERE ep.person_id = p.id) "
                     "ORDER BY tenure.nocase(p.name) COLLATE \"C\"",
                     tr("reading people"));
}

Result<std::vector<std::pair<QString, qint64>>> ServerEventStore::peopleWithEventCounts()
{
    auto rows = m_pg.query("SELECT p.name, count(*) FROM tenure.people p JOIN tenure.event_people "
                           "ep ON ep.person_id = p.id GROUP BY p.id, p.name "
                           "ORDER BY tenure.nocase(p.name) COLLATE \"C\"",
                           {}, tr("reading people"));
    if (!rows)
        return rows.error();
    std::vector<std::pair<QString, qint64>> people;
    people.reserve(std::size_t(rows->count()));
    for (int row = 0; row < rows->count(); ++row)
        people.emplace_back(rows->text(row, 0), rows->integer(row, 1));
    return people;
}

Result<QStringList> ServerEventStore::roles()
{
    // DISTINCT as SQLite's NOCASE column keeps it: one spelling of each case-folded role.
    return namesFrom(m_pg,
                     "SELECT min(role COLLATE \"C\") FROM tenure.events WHERE role <> '' "
                     "GROUP BY tenure.nocase(role) ORDER BY tenure.nocase(role) COLLATE \"C\"",
                     tr("reading roles"));
}

Result<EventStore::RoleAliases> ServerEventStore::roleAliases()
{
    // In SQLite's NOCASE order, bytewise whatever the server's collation.
    auto rows = m_pg.query(
        "SELECT title, role FROM tenure.role_aliases ORDER BY tenure.nocase(title) COLLATE \"C\"",
        {}, tr("reading the role mappings"));
    if (!rows)
        return rows.error();
    RoleAliases aliases;
    for (int row = 0; row < rows->count(); ++row) {
        // A role this version does not know (written by a newer one) is left out, not guessed.
        if (const auto role = RoleVocabulary::roleForKey(rows->text(row, 1)))
            aliases.emplace_back(rows->text(row, 0), *role);
    }
    return aliases;
}

Status ServerEventStore::writeRoleAlias(const QString &title,
                                        std::optional<RoleVocabulary::Role> role)
{
    return writing([&]() -> Status {
        if (!role) {
            auto removed = m_pg.query("DELETE FROM tenure.role_aliases WHERE tenure.nocase(title) "
                                      "= tenure.nocase($1)",
                                      {title.toUtf8()}, tr("removing the role mapping"));
            if (!removed)
                return removed.error();
            if (PgConnection::changedRows(*removed) == 0)
                return noRoleAlias(title);
            return Done{};
        }
        return m_pg.run("INSERT INTO tenure.role_aliases (title, role) VALUES ($1, $2) "
                        "ON CONFLICT (tenure.nocase(title)) DO UPDATE SET role = excluded.role",
                        {title.toUtf8(), RoleVocabulary::key(*role).toUtf8()},
                        tr("saving the role mapping"));
    });
}

Result<std::optional<qint64>> ServerEventStore::findId(Names names, const QString &name)
{
    auto rows = m_pg.query(names == Names::Companies
                               ? "SELECT id FROM tenure.companies WHERE tenure.nocase(name) = "
                                 "tenure.nocase($1)"
                               : "SELECT id FROM tenure.people WHERE tenure.nocase(name) = "
                                 "tenure.nocase($1)",
                           {name.trimmed().toUtf8()}, tr("looking up %1").arg(name));
    if (!rows)
        return rows.error();
    if (rows->count() == 0)
        return std::optional<qint64>();
    return std::optional<qint64>(rows->integer(0, 0));
}

Result<qint64> ServerEventStore::findOrCreatePerson(const QString &name)
{
    // One statement whether the person exists or not; a concurrent insert of the same name
    // makes this one's conflict clause return the existing row.
    auto rows = m_pg.query(
        "WITH added AS (INSERT INTO tenure.people (name) VALUES ($1) "
        "ON CONFLICT (tenure.nocase(name)) DO NOTHING RETURNING id) "
        "SELECT id FROM added UNION ALL "
        "SELECT id FROM tenure.people WHERE tenure.nocase(name) = tenure.nocase($1) LIMIT 1",
        {name.trimmed().toUtf8()}, tr("adding %1").arg(name));
    if (!rows)
        return rows.error();
    return rows->integer(0, 0);
}

Result<qint64> ServerEventStore::companyOf(const Event &event)
{
    const QString name = event.company.trimmed();
    const QString identifier = event.companyIdentifier;
    if (identifier.isEmpty()) {
        auto rows = m_pg.query(
            "WITH added AS (INSERT INTO tenure.companies (name) VALUES ($1) "
            "ON CONFLICT (tenure.nocase(name)) DO NOTHING RETURNING id) "
            "SELECT id FROM added UNION ALL "
            "SELECT id FROM tenure.companies WHERE tenure.nocase(name) = tenure.nocase($1) LIMIT 1",
            {name.toUtf8()}, tr("adding %1").arg(name));
        if (!rows)
            return rows.error();
        return rows->integer(0, 0);
    }
    // The companies the name or the identifier could mean, and the rule that picks one.
    auto rows = m_pg.query("SELECT id, name, identifier FROM tenure.companies WHERE "
                           "tenure.nocase(identifier) = tenure.nocase($1) OR tenure.nocase(name) = "
                           "tenure.nocase($2) OR tenure.nocase(name) = tenure.nocase($3)",
                           {identifier.toUtf8(), name.toUtf8(),
                            CompanyIdentifier::labelled(name, identifier).toUtf8()},
                           tr("looking up %1").arg(name));
    if (!rows)
        return rows.error();
    std::vector<CompanyResolver::Company> candidates;
    QHash<QString, qint64> ids; // by case-folded label
    for (int row = 0; row < rows->count(); ++row) {
        candidates.push_back({rows->text(row, 1), rows->text(row, 2)});
        ids.insert(rows->text(row, 1).toCaseFolded(), rows->integer(row, 0));
    }
    const auto resolution = CompanyResolver(candidates).resolve(name, identifier);
    if (resolution.outcome == CompanyResolver::Outcome::Conflict)
        return companyConflict(name, identifier, resolution.label, resolution.otherIdentifier);
    const auto id = ids.constFind(resolution.label.toCaseFolded());
    if (id == ids.cend()) {
        auto created = m_pg.query(
            "INSERT INTO tenure.companies (name, identifier) VALUES ($1, $2) RETURNING id",
            {resolution.label.toUtf8(), identifier.toUtf8()}, tr("adding %1").arg(name));
        if (!created)
            return created.error();
        return created->integer(0, 0);
    }
    if (resolution.outcome == CompanyResolver::Outcome::Adopted ||
        resolution.outcome == CompanyResolver::Outcome::Labelled) {
        if (auto status = m_pg.run("UPDATE tenure.companies SET identifier = $1 WHERE id = $2",
                                   {identifier.toUtf8(), number(*id)},
                                   tr("saving the identifier of %1").arg(name));
            !status)
            return status.error();
    }
    return *id;
}

namespace {
// The event's own columns, $3 onwards, in the order of the INSERT and UPDATE below.
PgConnection::Parameters eventColumns(qint64 companyId, EventId id, const Event &e)
{
    QStringList investors;
    for (const QString &investor : e.investors)
        investors << investor.trimmed();
    return {number(id),
            number(companyId),
            number(int(e.type)),
            number(e.date.year()),
            number(e.date.month()),
            number(e.date.day()),
            number(e.date.firstDay().toJulianDay()),
            number(e.date.lastDay().toJulianDay()),
            e.role.trimmed().toUtf8(),
            number(e.interim ? 1 : 0),
            e.round.trimmed().toUtf8(),
            optionalNumber(e.amountUsd),
            optionalNumber(e.valuationUsd),
            number(int(e.status)),
            e.description.toUtf8(),
            e.announced.isValid() ? e.announced.toString().toUtf8() : QByteArray(""),
            e.reason ? toString(*e.reason).toUtf8() : QByteArray(""),
            e.reasonNote.toUtf8(),
            e.currency.toUtf8(),
            investors.join(QLatin1Char(eventrow::nameSeparator)).toUtf8(),
            e.acquirer.trimmed().toUtf8()};
}
} // namespace

Status ServerEventStore::insert(const Event &event, EventId id)
{
    auto company = companyOf(event);
    if (!company)
        return company.error();
    if (auto status = m_pg.run(
            "INSERT INTO tenure.events (id, company_id, type, year, month, day, first_day, "
            "last_day, role, interim, round, amount_usd, valuation_usd, status, description, "
            "announced, reason, reason_note, currency, investors, acquirer) VALUES ($1, $2, $3, "
            "$4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)",
            eventColumns(*company, id, event), tr("saving the event"));
        !status)
        return status;
    m_seenVersions.insert(id, 1);
    Event stored = event;
    stored.id = id;
    return writePeopleAndSources(*company, stored);
}

Status ServerEventStore::writePeopleAndSources(qint64 companyId, const Event &event)
{
    const QByteArray company = number(companyId);
    const QByteArray id = number(event.id);
    if (auto status = m_pg.run("DELETE FROM tenure.event_people WHERE company_id = $1 AND "
                               "event_id = $2",
                               {company, id}, tr("saving the people"));
        !status)
        return status;
    int position = 0;
    for (const QString &name : event.people) {
        auto person = findOrCreatePerson(name);
        if (!person)
            return person.error();
        if (auto status = m_pg.run("INSERT INTO tenure.event_people (company_id, event_id, "
                                   "position, person_id) VALUES ($1, $2, $3, $4)",
                                   {company, id, number(position++), number(*person)},
                                   tr("saving the people"));
            !status)
            return status;
    }
    if (auto status = m_pg.run("DELETE FROM tenure.event_sources WHERE company_id = $1 AND "
                               "event_id = $2",
                               {company, id}, tr("saving the sources"));
        !status)
        return status;
    position = 0;
    for (const EventSource &source : event.sources) {
        if (source.isEmpty())
            continue;
        if (auto status = m_pg.run(
                "INSERT INTO tenure.event_sources (company_id, event_id, position, url, title, "
                "outlet, date) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                {company, id, number(position++), source.url.trimmed().toUtf8(),
                 source.title.toUtf8(), source.outlet.trimmed().toUtf8(),
                 source.date.isValid() ? source.date.toString().toUtf8() : QByteArray("")},
                tr("saving the sources"));
            !status)
            return status;
    }
    return index(companyId, event);
}

Status ServerEventStore::index(qint64 companyId, const Event &event)
{
    return m_pg.run("INSERT INTO tenure.event_search (company_id, event_id, document) "
                    "VALUES ($1, $2, to_tsvector('simple', $3)) ON CONFLICT (event_id) DO UPDATE "
                    "SET company_id = excluded.company_id, document = excluded.document",
                    {number(companyId), number(event.id), ServerSearch::document(event).toUtf8()},
                    tr("updating the search index"));
}

Result<QHash<QString, qint64>> ServerEventStore::idsOfNames(const char *table,
                                                            const QStringList &names)
{
    // Made in the order first named; the first spelling of a name stays (NOCASE, as in a file).
    const PgConnection::Parameters all = {PgConnection::textArray(names)};
    const std::string add = std::string("INSERT INTO tenure.") + table +
                            " (name) SELECT name FROM unnest($1::text[]) WITH ORDINALITY AS "
                            "n(name, position) ORDER BY position ON CONFLICT (tenure.nocase(name)) "
                            "DO NOTHING";
    if (auto status = m_pg.run(add.c_str(), all, tr("saving the names")); !status)
        return status.error();
    const std::string read = std::string("SELECT id, tenure.nocase(name) FROM tenure.") + table +
                             " WHERE tenure.nocase(name) = ANY (SELECT tenure.nocase(n) FROM "
                             "unnest($1::text[]) n)";
    auto rows = m_pg.query(read.c_str(), all, tr("saving the names"));
    if (!rows)
        return rows.error();
    QHash<QString, qint64> ids; // by nocase name
    for (int row = 0; row < rows->count(); ++row)
        ids.insert(rows->text(row, 1), rows->integer(row, 0));
    return ids;
}

Status ServerEventStore::insertByCopy(const std::vector<Event> &events,
                                      const std::vector<EventId> &ids)
{
    // Companies: by name, made where missing; an event naming an identifier goes through the
    // resolver as one added alone would.
    QStringList companyNames, peopleNames;
    for (const Event &event : events) {
        if (event.companyIdentifier.isEmpty())
            companyNames << event.company.trimmed();
        for (const QString &person : event.people)
            peopleNames << person.trimmed();
    }
    auto companies = idsOfNames("companies", companyNames);
    if (!companies)
        return companies.error();
    auto people = idsOfNames("people", peopleNames);
    if (!people)
        return people.error();
    std::vector<qint64> companyOfEvent(events.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (events[i].companyIdentifier.isEmpty()) {
            companyOfEvent[i] = companies->value(nocase(events[i].company.trimmed()));
            continue;
        }
        auto resolved = companyOf(events[i]);
        if (!resolved)
            return resolved.error();
        companyOfEvent[i] = *resolved;
    }

    std::size_t next = 0;
    const QString saving = tr("saving the events");
    if (auto status = m_pg.copyIn(
            "COPY tenure.events (id, company_id, type, year, month, day, first_day, last_day, "
            "role, interim, round, amount_usd, valuation_usd, status, description, announced, "
            "reason, reason_note, currency, investors, acquirer) FROM STDIN",
            [&](PgConnection::Fields &fields) {
                if (next == events.size())
                    return false;
                fields = eventColumns(companyOfEvent[next], ids[next], events[next]);
                ++next;
                return true;
            },
            saving);
        !status)
        return status;

    // People and sources, one row each, in the event's order.
    std::size_t event = 0;
    int position = 0;
    if (auto status = m_pg.copyIn(
            "COPY tenure.event_people (company_id, event_id, position, person_id) FROM STDIN",
            [&](PgConnection::Fields &fields) {
                while (event < events.size() && position >= events[event].people.size()) {
                    ++event;
                    position = 0;
                }
                if (event == events.size())
                    return false;
                const QString &name = events[event].people.at(position);
                fields = {number(companyOfEvent[event]), number(ids[event]), number(position),
                          number(people->value(nocase(name.trimmed())))};
                ++position;
                return true;
            },
            tr("saving the people"));
        !status)
        return status;
    event = 0;
    int source = 0;
    int stored = 0;
    if (auto status = m_pg.copyIn(
            "COPY tenure.event_sources (company_id, event_id, position, url, title, outlet, date) "
            "FROM STDIN",
            [&](PgConnection::Fields &fields) {
                for (;;) {
                    if (event == events.size())
                        return false;
                    if (source == events[event].sources.size()) {
                        ++event;
                        source = stored = 0;
                        continue;
                    }
                    const EventSource &s = events[event].sources.at(source++);
                    if (s.isEmpty())
                        continue;
                    fields = {number(companyOfEvent[event]),
                              number(ids[event]),
                              number(stored++),
                              s.url.trimmed().toUtf8(),
                              s.title.toUtf8(),
                              s.outlet.trimmed().toUtf8(),
                              s.date.isValid() ? s.date.toString().toUtf8() : QByteArray("")};
                    return true;
                }
            },
            tr("saving the sources"));
        !status)
        return status;

    // The search documents, through a temporary table: COPY cannot call to_tsvector.
    const QString indexing = tr("updating the search index");
    if (auto status = m_pg.run("CREATE TEMPORARY TABLE IF NOT EXISTS added_search (company_id "
                               "bigint, event_id bigint, document text) ON COMMIT DELETE ROWS",
                               {}, indexing);
        !status)
        return status;
    next = 0;
    if (auto status = m_pg.copyIn(
            "COPY added_search FROM STDIN",
            [&](PgConnection::Fields &fields) {
                if (next == events.size())
                    return false;
                fields = {number(companyOfEvent[next]), number(ids[next]),
                          ServerSearch::document(events[next]).toUtf8()};
                ++next;
                return true;
            },
            indexing);
        !status)
        return status;
    if (auto status = m_pg.run("INSERT INTO tenure.event_search (company_id, event_id, document) "
                               "SELECT company_id, event_id, to_tsvector('simple', document) FROM "
                               "added_search; TRUNCATE added_search",
                               {}, indexing);
        !status)
        return status;
    for (const EventId id : ids)
        m_seenVersions.insert(id, 1);
    return Done{};
}

Result<std::vector<EventId>> ServerEventStore::insertAll(const std::vector<Event> &events)
{
    std::vector<EventId> ids;
    const Status status = writing([&]() -> Status {
        if (events.empty())
            return Done{};
        // Never an id any event has had: the sequence only goes up, even over a rollback.
        auto reserved =
            m_pg.query("SELECT nextval('tenure.event_ids') FROM generate_series(1, $1::bigint)",
                       {number(qint64(events.size()))}, tr("choosing the new events' ids"));
        if (!reserved)
            return reserved.error();
        for (std::size_t i = 0; i < events.size(); ++i)
            ids.push_back(reserved->integer(int(i), 0));
        if (events.size() >= copiedBatch)
            return insertByCopy(events, ids);
        for (std::size_t i = 0; i < events.size(); ++i) {
            if (auto inserted = insert(events[i], ids[i]); !inserted)
                return inserted;
        }
        return Done{};
    });
    if (!status)
        return status.error();
    return ids;
}

Status ServerEventStore::insertRestored(const std::vector<Event> &events)
{
    return writing([&]() -> Status {
        for (const Event &event : events) {
            if (auto status = insert(event, event.id); !status)
                return status;
        }
        return Done{};
    });
}

Status ServerEventStore::rewrite(const Event &event)
{
    auto company = companyOf(event);
    if (!company)
        return company.error();
    PgConnection::Parameters parameters = eventColumns(*company, event.id, event);
    parameters.push_back(seenVersion(event.id));
    auto rows = m_pg.query(
        "UPDATE tenure.events SET company_id = $2, type = $3, year = $4, month = $5, day = $6, "
        "first_day = $7, last_day = $8, role = $9, interim = $10, round = $11, amount_usd = $12, "
        "valuation_usd = $13, status = $14, description = $15, announced = $16, reason = $17, "
        "reason_note = $18, currency = $19, investors = $20, acquirer = $21 WHERE id = $1 AND "
        "($22::bigint IS NULL OR row_version = $22::bigint) RETURNING row_version",
        parameters, tr("saving the event"));
    if (!rows)
        return rows.error();
    if (rows->count() == 0)
        return whyNotWritten(event.id);
    m_seenVersions.insert(event.id, rows->integer(0, 0));
    return writePeopleAndSources(*company, event);
}

Status ServerEventStore::rewriteAll(const std::vector<Event> &events)
{
    return writing([&]() -> Status {
        for (const Event &event : events) {
            if (auto status = rewrite(event); !status)
                return status;
        }
        return Done{};
    });
}

Status ServerEventStore::removeAll(const std::vector<EventId> &ids)
{
    return writing([&]() -> Status {
        for (const EventId id : ids) {
            // Its people, sources and search entry go with it (ON DELETE CASCADE).
            auto rows = m_pg.query("DELETE FROM tenure.events WHERE id = $1 AND ($2::bigint IS "
                                   "NULL OR row_version = $2::bigint)",
                                   {number(id), seenVersion(id)}, tr("removing the event"));
            if (!rows)
                return rows.error();
            if (PgConnection::changedRows(*rows) == 0)
                return whyNotWritten(id);
        }
        return Done{};
    });
}

std::optional<QByteArray> ServerEventStore::seenVersion(EventId id) const
{
    const auto seen = m_seenVersions.constFind(id);
    if (seen == m_seenVersions.cend())
        return std::nullopt; // never read here (a command naming an id): nothing to check
    return number(*seen);
}

Error ServerEventStore::whyNotWritten(EventId id)
{
    auto rows = m_pg.query("SELECT changed_by, extract(epoch FROM changed_at)::bigint FROM "
                           "tenure.events WHERE id = $1",
                           {number(id)}, tr("reading event %1").arg(id));
    if (!rows)
        return rows.error();
    if (rows->count() == 0)
        return noSuchEvent(id);
    const QDateTime when = QDateTime::fromSecsSinceEpoch(rows->integer(0, 1));
    return {Error::Kind::Conflict,
            tr("%1 changed event %2 at %3, after you read it; nothing was saved. Reload the "
               "event to see their change, then make yours again")
                .arg(rows->text(0, 0), QString::number(id),
                     when.toString(QStringLiteral("yyyy-MM-dd HH:mm")))};
}

Status ServerEventStore::reindex(const EventQuery &query)
{
    auto events = this->query(query);
    if (!events)
        return events.error();
    for (const Event &event : *events) {
        auto company = findId(Names::Companies, event.company);
        if (!company)
            return company.error();
        if (auto status = index(company->value_or(0), event); !status)
            return status;
    }
    return Done{};
}

Status ServerEventStore::reindexAll()
{
    return writing([&]() -> Status { return reindex({}); });
}

Status ServerEventStore::rename(Names names, const QString &from, const QString &to)
{
    return writing([&]() -> Status {
        auto source = findId(names, from);
        if (!source)
            return source.error();
        if (!*source)
            return noSuchName(names, from);
        auto target = findId(names, to);
        if (!target)
            return target.error();
        if (*target && **target != **source)
            return nameTaken(names, to);
        if (auto status = m_pg.run(names == Names::Companies
                                       ? "UPDATE tenure.companies SET name = $1 WHERE id = $2"
                                       : "UPDATE tenure.people SET name = $1 WHERE id = $2",
                                   {to.toUtf8(), number(**source)}, tr("renaming"));
            !status)
            return status;
        EventQuery renamed;
        if (names == Names::Companies)
            renamed.companies = {to};
        else
            renamed.person = to;
        return reindex(renamed);
    });
}

Status ServerEventStore::merge(Names names, const QString &from, const QString &into)
{
    return writing([&]() -> Status {
        auto source = findId(names, from);
        auto target = findId(names, into);
        if (!source)
            return source.error();
        if (!target)
            return target.error();
        if (!*source || !*target)
            return noSuchName(names, *source ? into : from);
        const QByteArray sourceId = number(**source), targetId = number(**target);
        if (**source == **target)
            return mergedIntoItself(names);
        const QString doing =
            names == Names::Companies ? tr("merging companies") : tr("merging people");
        using Step = std::pair<const char *, PgConnection::Parameters>;
        std::vector<Step> steps;
        if (names == Names::Companies) {
            steps.emplace_back("UPDATE tenure.events SET company_id = $1 WHERE company_id = $2 "
                               "RETURNING id, row_version",
                               PgConnection::Parameters{targetId, sourceId});
            steps.emplace_back("UPDATE tenure.annotations SET company_id = $1 WHERE company_id "
                               "= $2",
                               PgConnection::Parameters{targetId, sourceId});
            steps.emplace_back("DELETE FROM tenure.companies WHERE id = $1",
                               PgConnection::Parameters{sourceId});
        } else {
            // An event naming both keeps the target once, in its own place.
            steps.emplace_back("DELETE FROM tenure.event_people WHERE person_id = $2 AND event_id "
                               "IN (SELECT event_id FROM tenure.event_people WHERE person_id = $1)",
                               PgConnection::Parameters{targetId, sourceId});
            steps.emplace_back("UPDATE tenure.event_people SET person_id = $1 WHERE person_id = $2",
                               PgConnection::Parameters{targetId, sourceId});
            steps.emplace_back("DELETE FROM tenure.people WHERE id = $1",
                               PgConnection::Parameters{sourceId});
        }
        for (const auto &[sql, parameters] : steps) {
            auto rows = m_pg.query(sql, parameters, doing);
            if (!rows)
                return rows.error();
            // The events this store moved: their new versions are its own, not a conflict.
            for (int row = 0; row < rows->count(); ++row)
                m_seenVersions.insert(rows->integer(row, 0), rows->integer(row, 1));
        }
        EventQuery merged;
        if (names == Names::Companies)
            merged.companies = {into};
        else
            merged.person = into;
        return reindex(merged);
    });
}

Status ServerEventStore::setCompanyColor(const QString &company, const QColor &color)
{
    return writing([&]() -> Status {
        auto rows = m_pg.query(
            "UPDATE tenure.companies SET color = $1 WHERE tenure.nocase(name) = tenure.nocase($2)",
            {(color.isValid() ? color.name() : QString()).toUtf8(), company.trimmed().toUtf8()},
            tr("setting the colour"));
        if (!rows)
            return rows.error();
        if (PgConnection::changedRows(*rows) == 0)
            return noSuchName(Names::Companies, company);
        return Done{};
    });
}

Result<QHash<QString, QString>> ServerEventStore::companyIdentifiers()
{
    auto rows = m_pg.query("SELECT name, identifier FROM tenure.companies", {},
                           tr("reading the companies"));
    if (!rows)
        return rows.error();
    QHash<QString, QString> identifiers;
    for (int row = 0; row < rows->count(); ++row)
        identifiers.insert(rows->text(row, 0), rows->text(row, 1));
    return identifiers;
}

Status ServerEventStore::clearCompanyIdentifier(const QString &company)
{
    return writing([&]() -> Status {
        auto rows =
            m_pg.query("UPDATE tenure.companies SET identifier = '' WHERE tenure.nocase(name) = "
                       "tenure.nocase($1)",
                       {company.toUtf8()}, tr("removing the identifier of %1").arg(company));
        if (!rows)
            return rows.error();
        if (PgConnection::changedRows(*rows) == 0)
            return noSuchName(Names::Companies, company);
        return Done{};
    });
}
