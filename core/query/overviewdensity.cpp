#include "overviewdensity.h"

#include "store/database.h"
#include "store/statement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace {
// The slice of an event: integer arithmetic in SQL, as ?1 first day, ?2 slices, ?3 days, ?4 the
// last day.
constexpr const char *sliceOf = "(e.first_day - ?1) * ?2 / ?3";

// A company's key as SQLite's NOCASE compares names (ASCII letters only), so a name as an edit
// reports it finds the company it means, and two stored companies never share a key.
QString keyOf(const QString &name)
{
    QString key = name.trimmed();
    for (QChar &c : key) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return key;
}

QString counting()
{
    return QCoreApplication::translate("EventStatistics", "counting events over time");
}
} // namespace

void OverviewDensity::subtract(const Slices &slices)
{
    for (const auto &[slice, events] : slices)
        m_counts[std::size_t(slice)] -= events;
}

Status OverviewDensity::read(Database &db, Statement &rows)
{
    // Rows of (company, slice, events), a company's together.
    const qint64 days = m_last.toJulianDay() - m_first.toJulianDay() + 1;
    rows.bind(1, m_first.toJulianDay())
        .bind(2, qint64(buckets()))
        .bind(3, days)
        .bind(4, m_last.toJulianDay());
    QString company;
    Slices *slices = nullptr;
    int rc;
    while ((rc = rows.step()) == SQLITE_ROW) {
        const QString name = rows.text(0);
        if (!slices || name != company) {
            company = name;
            slices = &m_byCompany[keyOf(name)];
        }
        const qint64 slice = rows.integer(1);
        const int events = int(rows.integer(2));
        if (slice >= 0 && slice < buckets()) {
            slices->emplace_back(int(slice), events);
            m_counts[std::size_t(slice)] += events;
        }
    }
    rows.reset();
    if (rc != SQLITE_DONE)
        return db.errorFor(rc, counting());
    return Done{};
}

Status OverviewDensity::recount(Database &db, QDate first, QDate last, int buckets)
{
    m_first = first;
    m_last = last;
    m_counts.assign(std::size_t(std::max(buckets, 0)), 0);
    m_byCompany.clear();
    if (buckets <= 0 || !first.isValid() || !last.isValid() || last < first)
        return Done{};
    // One pass over an index of first days, grouped by company: no row is read.
    const std::string sql = std::string("SELECT c.name, ") + sliceOf +
                            " AS slice, count(*) FROM events e JOIN companies c ON c.id = "
                            "e.company_id WHERE e.first_day BETWEEN ?1 AND ?4 GROUP BY "
                            "e.company_id, slice";
    return read(db, db.prepare(sql.c_str()));
}

Status OverviewDensity::recount(Database &db, const QStringList &companies)
{
    if (buckets() <= 0 || !m_first.isValid())
        return Done{};
    const std::string sql = std::string("SELECT c.name, ") + sliceOf +
                            " AS slice, count(*) FROM events e JOIN companies c ON c.id = "
                            "e.company_id WHERE c.name = ?5 AND e.first_day BETWEEN ?1 AND ?4 "
                            "GROUP BY slice";
    Statement &rows = db.prepare(sql.c_str());
    for (const QString &company : companies) {
        if (auto was = m_byCompany.find(keyOf(company)); was != m_byCompany.end()) {
            subtract(*was);
            m_byCompany.erase(was);
        }
        rows.bind(5, company.trimmed());
        if (auto status = read(db, rows); !status)
            return status;
    }
    return Done{};
}
