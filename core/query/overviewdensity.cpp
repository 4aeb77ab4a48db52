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

void OverviewDensity::add(const Slices &slices, int sign)
{
    for (const auto &[slice, events] : slices)
        m_counts[std::size_t(slice)] += sign * events;
}

Status OverviewDensity::recount(Database &db, QDate first, QDate last, int buckets)
{
    m_first = first;
    m_last = last;
    m_counts.assign(std::size_t(std::max(buckets, 0)), 0);
    m_byCompany.clear();
    if (buckets <= 0 || !first.isValid() || !last.isValid() || last < first)
        return Done{};
    const qint64 days = last.toJulianDay() - first.toJulianDay() + 1;
    // One pass over the (company, first day) index, in company order: no row is read.
    const std::string sql = std::string("SELECT c.name, ") + sliceOf +
                            " AS slice, count(*) FROM events e JOIN companies c ON c.id = "
                            "e.company_id WHERE e.first_day BETWEEN ?1 AND ?4 GROUP BY "
                            "e.company_id, slice";
    Statement &s = db.prepare(sql.c_str());
    s.bind(1, first.toJulianDay())
        .bind(2, qint64(buckets))
        .bind(3, days)
        .bind(4, last.toJulianDay());
    QString company;
    Slices *slices = nullptr;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) {
        const QString name = s.text(0);
        if (!slices || name != company) {
            company = name;
            slices = &m_byCompany[keyOf(name)];
        }
        const qint64 slice = s.integer(1);
        if (slice >= 0 && slice < buckets)
            slices->emplace_back(int(slice), int(s.integer(2)));
    }
    s.reset();
    if (rc != SQLITE_DONE)
        return db.errorFor(rc, counting());
    for (const Slices &each : std::as_const(m_byCompany))
        add(each, 1);
    return Done{};
}

Status OverviewDensity::recount(Database &db, const QStringList &companies)
{
    const int buckets = this->buckets();
    if (buckets <= 0 || !m_first.isValid())
        return Done{};
    const qint64 days = m_last.toJulianDay() - m_first.toJulianDay() + 1;
    const std::string sql = std::string("SELECT ") + sliceOf +
                            " AS slice, count(*) FROM events e WHERE e.company_id = (SELECT id "
                            "FROM companies WHERE name = ?5) AND e.first_day BETWEEN ?1 AND ?4 "
                            "GROUP BY slice";
    Statement &s = db.prepare(sql.c_str());
    for (const QString &company : companies) {
        const QString key = keyOf(company);
        if (auto was = m_byCompany.find(key); was != m_byCompany.end()) {
            add(*was, -1);
            m_byCompany.erase(was);
        }
        s.bind(1, m_first.toJulianDay())
            .bind(2, qint64(buckets))
            .bind(3, days)
            .bind(4, m_last.toJulianDay())
            .bind(5, company.trimmed());
        Slices slices;
        int rc;
        while ((rc = s.step()) == SQLITE_ROW) {
            const qint64 slice = s.integer(0);
            if (slice >= 0 && slice < buckets)
                slices.emplace_back(int(slice), int(s.integer(1)));
        }
        s.reset();
        if (rc != SQLITE_DONE)
            return db.errorFor(rc, counting());
        if (slices.empty())
            continue;
        add(slices, 1);
        m_byCompany.insert(key, std::move(slices));
    }
    return Done{};
}
