#include "servercontents.h"

#include "serverdatabase.h"
#include "store/eventrow.h"

#include <QCoreApplication>

namespace {
// The columns of eventrow::event, as EventRepository selects them from a file. Names and sources
// are joined with the same separators (U+001F between names and between a source's parts,
// U+001E between sources).
constexpr const char *copyEvents = R"sql(
COPY (SELECT e.id, e.year, e.month, e.day, c.name, e.type,
    (SELECT string_agg(p.name, E'\x1f' ORDER BY ep.position) FROM tenure.event_people ep
        JOIN tenure.people p ON p.id = ep.person_id
        WHERE ep.company_id = e.company_id AND ep.event_id = e.id),
    e.role, e.interim, e.round, e.amount_usd, e.valuation_usd, e.status, e.description,
    (SELECT string_agg(s.url || E'\x1f' || s.title || E'\x1f' || s.outlet || E'\x1f' || s.date,
                       E'\x1e' ORDER BY s.position)
        FROM tenure.event_sources s WHERE s.company_id = e.company_id AND s.event_id = e.id),
    e.announced, e.reason, e.reason_note, e.currency, e.investors, e.acquirer, c.identifier
FROM tenure.events e JOIN tenure.companies c ON c.id = e.company_id
ORDER BY e.first_day, e.id) TO STDOUT
)sql";

constexpr const char *copyNotes = R"sql(
COPY (SELECT a.id, c.name, a.date_from, a.date_to, a.event_id, a.text
FROM tenure.annotations a JOIN tenure.companies c ON c.id = a.company_id
ORDER BY a.first_day, a.id) TO STDOUT
)sql";

// One row of a COPY, read like an SQLite statement's columns (see eventrow.h).
class CopyRow
{
public:
    explicit CopyRow(const PgConnection::Fields &fields) : m_fields(fields) {}
    QString text(int column) const
    {
        const auto &field = m_fields.at(std::size_t(column));
        return field ? QString::fromUtf8(*field) : QString();
    }
    qint64 integer(int column) const { return optionalInteger(column).value_or(0); }
    std::optional<qint64> optionalInteger(int column) const
    {
        const auto &field = m_fields.at(std::size_t(column));
        if (!field)
            return std::nullopt;
        return field->toLongLong();
    }

private:
    const PgConnection::Fields &m_fields;
};

template <typename Value>
Result<std::vector<Value>> readAll(PgConnection &connection, const char *sql,
                                   Value (*read)(const CopyRow &), const QString &doing)
{
    std::vector<Value> values;
    auto status = connection.copyOut(
        sql,
        [&](const PgConnection::Fields &fields) -> Status {
            values.push_back(read(CopyRow(fields)));
            return Done{};
        },
        doing);
    if (!status)
        return status.error();
    return values;
}
} // namespace

Result<std::vector<Event>> ServerContents::events()
{
    return readAll<Event>(m_db.connection(), copyEvents, &eventrow::event<CopyRow>,
                          QCoreApplication::translate("ServerContents", "reading the events"));
}

Result<DatabaseContents::RoleAliasList> ServerContents::roleAliases()
{
    // In SQLite's NOCASE order, bytewise whatever the server's collation.
    auto rows = m_db.connection().query(
        "SELECT title, role FROM tenure.role_aliases ORDER BY tenure.nocase(title) COLLATE \"C\"",
        {}, QCoreApplication::translate("ServerContents", "reading the role mappings"));
    if (!rows)
        return rows.error();
    RoleAliasList aliases;
    for (int row = 0; row < rows->count(); ++row) {
        // A role this version does not know (written by a newer one) is left out, not guessed.
        if (const auto role = RoleVocabulary::roleForKey(rows->text(row, 1)))
            aliases.emplace_back(rows->text(row, 0), *role);
    }
    return aliases;
}

Result<std::vector<Annotation>> ServerContents::annotations()
{
    return readAll<Annotation>(m_db.connection(), copyNotes, &eventrow::annotation<CopyRow>,
                               QCoreApplication::translate("ServerContents", "reading the notes"));
}
