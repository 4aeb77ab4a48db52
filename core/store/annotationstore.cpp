#include "annotationstore.h"

#include "database.h"
#include "eventrow.h"
#include "model/safetext.h"
#include "statement.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <sqlite3.h>

namespace {
const char *const selectNotes = "SELECT a.id, c.name, a.date_from, a.date_to, a.event_id, a.text "
                                "FROM annotations a JOIN companies c ON c.id = a.company_id";

} // namespace

Result<AnnotationId> AnnotationStore::store(const Annotation &note, AnnotationId id)
{
    Statement &company = m_db.prepare("SELECT id FROM companies WHERE name = ?1");
    company.bind(1, note.company.trimmed());
    const int rc = company.step();
    const qint64 companyId = rc == SQLITE_ROW ? company.integer(0) : 0;
    company.reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return m_db.errorFor(
            rc, QCoreApplication::translate("AnnotationStore", "looking up %1").arg(note.company));
    if (companyId == 0)
        return noSuchCompany(note.company);
    const PartialDate end = note.isPeriod() ? note.to : note.from;
    Statement &s = m_db.prepare(
        id == 0 ? "INSERT INTO annotations (company_id, date_from, date_to, first_day, last_day, "
                  "event_id, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                : "INSERT OR REPLACE INTO annotations (company_id, date_from, date_to, first_day, "
                  "last_day, event_id, text, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    s.bind(1, companyId)
        .bind(2, note.from.toString())
        .bind(3, note.isPeriod() ? note.to.toString() : QString())
        .bind(4, note.from.firstDay().toJulianDay())
        .bind(5, end.lastDay().toJulianDay())
        .bind(6, note.event)
        .bind(7, note.text.trimmed());
    if (id != 0)
        s.bind(8, id);
    if (auto status =
            m_db.run(s, QCoreApplication::translate("AnnotationStore", "saving the note"));
        !status)
        return status.error();
    return id != 0 ? id : AnnotationId(sqlite3_last_insert_rowid(m_db.handle()));
}

Status AnnotationStore::inTransaction(const std::function<Status()> &work)
{
    return m_db.transaction(work);
}

Status AnnotationStore::remove(AnnotationId id)
{
    return m_db.transaction([&]() -> Status {
        Statement &s = m_db.prepare("DELETE FROM annotations WHERE id = ?1");
        s.bind(1, id);
        if (auto status =
                m_db.run(s, QCoreApplication::translate("AnnotationStore", "removing the note"));
            !status)
            return status;
        if (sqlite3_changes(m_db.handle()) == 0)
            return noSuchNote(id);
        return Done{};
    });
}

Result<std::optional<Annotation>> AnnotationStore::find(AnnotationId id)
{
    const std::string sql = std::string(selectNotes) + " WHERE a.id = ?1";
    Statement &s = m_db.prepare(sql.c_str());
    s.bind(1, id);
    const int rc = s.step();
    std::optional<Annotation> note;
    if (rc == SQLITE_ROW)
        note = eventrow::annotation(s);
    s.reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return m_db.errorFor(rc,
                             QCoreApplication::translate("AnnotationStore", "reading the note"));
    return note;
}

Result<std::vector<Annotation>> AnnotationStore::list(const QStringList &companies, QDate from,
                                                      QDate to)
{
    // At most a few hundred notes in a database: one query, filtered here by company.
    std::string sql = std::string(selectNotes) + " WHERE a.last_day >= ?1 AND a.first_day <= ?2 "
                                                 "ORDER BY a.first_day, a.id";
    Statement &s = m_db.prepare(sql.c_str());
    s.bind(1, from.isValid() ? from.toJulianDay() : std::numeric_limits<qint64>::min())
        .bind(2, to.isValid() ? to.toJulianDay() : std::numeric_limits<qint64>::max());
    std::vector<Annotation> notes;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) {
        Annotation note = eventrow::annotation(s);
        if (companies.isEmpty() || companies.contains(note.company, Qt::CaseInsensitive))
            notes.push_back(std::move(note));
    }
    s.reset();
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, QCoreApplication::translate("AnnotationStore", "reading notes"));
    return notes;
}
