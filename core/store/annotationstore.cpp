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

Result<AnnotationId> AnnotationStore::write(const Annotation &note, AnnotationId id)
{
    if (const QString problem = note.problem(); !problem.isEmpty())
        return invalidData(problem);
    Statement &company = m_db.prepare("SELECT id FROM companies WHERE name = ?1");
    company.bind(1, note.company.trimmed());
    const int rc = company.step();
    const qint64 companyId = rc == SQLITE_ROW ? company.integer(0) : 0;
    company.reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return m_db.errorFor(
            rc, QCoreApplication::translate("AnnotationStore", "looking up %1").arg(note.company));
    if (companyId == 0)
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("AnnotationStore", "no company named %1")
                         .arg(SafeText::quoted(note.company))};
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

Result<AnnotationId> AnnotationStore::add(const Annotation &note)
{
    AnnotationId id = 0;
    const Status status = m_db.transaction([&]() -> Status {
        auto written = write(note, 0);
        if (!written)
            return written.error();
        id = *written;
        return Done{};
    });
    if (!status)
        return status.error();
    return id;
}

Status AnnotationStore::update(const Annotation &note)
{
    return m_db.transaction([&]() -> Status {
        auto existing = find(note.id);
        if (!existing)
            return existing.error();
        if (!*existing)
            return Error{
                Error::Kind::NotFound,
                QCoreApplication::translate("AnnotationStore", "no note with id %1").arg(note.id)};
        auto written = write(note, note.id);
        return written ? Status(Done{}) : Status(written.error());
    });
}

Status AnnotationStore::restore(const Annotation &note)
{
    return m_db.transaction([&]() -> Status {
        auto written = write(note, note.id);
        return written ? Status(Done{}) : Status(written.error());
    });
}

Result<std::vector<Annotation>> AnnotationStore::addMissing(const std::vector<Annotation> &notes)
{
    std::vector<Annotation> added;
    if (notes.empty())
        return added;
    const Status status = m_db.transaction([&]() -> Status {
        auto stored = list();
        if (!stored)
            return stored.error();
        for (Annotation note : notes) {
            const auto same = [&note](const Annotation &other) {
                return other.company.compare(note.company.trimmed(), Qt::CaseInsensitive) == 0 &&
                       other.from == note.from && other.to == note.to &&
                       other.text == note.text.trimmed();
            };
            if (std::any_of(stored->cbegin(), stored->cend(), same))
                continue;
            auto id = write(note, 0);
            if (!id)
                return id.error();
            note.id = *id;
            note.text = note.text.trimmed();
            stored->push_back(note);
            added.push_back(note);
        }
        return Done{};
    });
    if (!status)
        return status.error();
    return added;
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
            return Error{
                Error::Kind::NotFound,
                QCoreApplication::translate("AnnotationStore", "no note with id %1").arg(id)};
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
