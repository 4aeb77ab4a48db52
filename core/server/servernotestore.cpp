#include "servernotestore.h"

#include "serverdatabase.h"
#include "store/eventrow.h"

#include <limits>
#include <string>

namespace {
// The columns of eventrow::annotation.
constexpr const char *selectNotes =
    "SELECT a.id, c.name, a.date_from, a.date_to, a.event_id, a.text FROM tenure.annotations a "
    "JOIN tenure.companies c ON c.id = a.company_id";
} // namespace

Status ServerNoteStore::inTransaction(const std::function<Status()> &work)
{
    return m_db.transaction(work);
}

Result<AnnotationId> ServerNoteStore::store(const Annotation &note, AnnotationId id)
{
    PgConnection &pg = m_db.connection();
    auto company =
        pg.query("SELECT id FROM tenure.companies WHERE tenure.nocase(name) = tenure.nocase($1)",
                 {note.company.trimmed().toUtf8()}, tr("looking up %1").arg(note.company));
    if (!company)
        return company.error();
    if (company->count() == 0)
        return noSuchCompany(note.company);
    const PartialDate end = note.isPeriod() ? note.to : note.from;
    const PgConnection::Parameters values = {company->text(0, 0).toUtf8(),
                                             note.from.toString().toUtf8(),
                                             note.isPeriod() ? note.to.toString().toUtf8()
                                                             : QByteArray(""),
                                             QByteArray::number(note.from.firstDay().toJulianDay()),
                                             QByteArray::number(end.lastDay().toJulianDay()),
                                             QByteArray::number(note.event),
                                             note.text.trimmed().toUtf8(),
                                             QByteArray::number(id)};
    // Under its own id (a restore or an update), as SQLite's INSERT OR REPLACE does.
    auto rows = pg.query(
        id == 0 ? "INSERT INTO tenure.annotations (company_id, date_from, date_to, first_day, "
                  "last_day, event_id, text) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"
                : "INSERT INTO tenure.annotations (company_id, date_from, date_to, first_day, "
                  "last_day, event_id, text, id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
                  "ON CONFLICT (id) DO UPDATE SET company_id = excluded.company_id, date_from = "
                  "excluded.date_from, date_to = excluded.date_to, first_day = "
                  "excluded.first_day, last_day = excluded.last_day, event_id = "
                  "excluded.event_id, text = excluded.text RETURNING id",
        id == 0 ? PgConnection::Parameters(values.begin(), values.end() - 1) : values,
        tr("saving the note"));
    if (!rows)
        return rows.error();
    return rows->integer(0, 0);
}

Status ServerNoteStore::remove(AnnotationId id)
{
    return m_db.transaction([&]() -> Status {
        auto rows = m_db.connection().query("DELETE FROM tenure.annotations WHERE id = $1",
                                            {QByteArray::number(id)}, tr("removing the note"));
        if (!rows)
            return rows.error();
        if (PgConnection::changedRows(*rows) == 0)
            return noSuchNote(id);
        return Done{};
    });
}

Result<std::optional<Annotation>> ServerNoteStore::find(AnnotationId id)
{
    const std::string sql = std::string(selectNotes) + " WHERE a.id = $1";
    auto rows =
        m_db.connection().query(sql.c_str(), {QByteArray::number(id)}, tr("reading the note"));
    if (!rows)
        return rows.error();
    if (rows->count() == 0)
        return std::optional<Annotation>();
    return std::optional<Annotation>(eventrow::annotation(PgRow(*rows, 0)));
}

Result<std::vector<Annotation>> ServerNoteStore::list(const QStringList &companies, QDate from,
                                                      QDate to)
{
    const std::string sql = std::string(selectNotes) +
                            " WHERE a.last_day >= $1 AND a.first_day <= $2 ORDER BY a.first_day, "
                            "a.id";
    // Julian days fit an integer column; the unbounded ends are its limits.
    const qint64 first = from.isValid() ? from.toJulianDay() : std::numeric_limits<int>::min();
    const qint64 last = to.isValid() ? to.toJulianDay() : std::numeric_limits<int>::max();
    auto rows = m_db.connection().query(
        sql.c_str(), {QByteArray::number(first), QByteArray::number(last)}, tr("reading notes"));
    if (!rows)
        return rows.error();
    std::vector<Annotation> notes;
    for (int row = 0; row < rows->count(); ++row) {
        Annotation note = eventrow::annotation(PgRow(*rows, row));
        if (companies.isEmpty() || companies.contains(note.company, Qt::CaseInsensitive))
            notes.push_back(std::move(note));
    }
    return notes;
}
