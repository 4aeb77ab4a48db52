#pragma once

#include "model/result.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <utility>
#include <vector>

class Database;
class Statement;

// How many events fall in each slice of the overview's span, kept company by company so that an
// edit counts again only the companies it touched (a range of the company index each) instead of
// every event in the file.
class OverviewDensity
{
public:
    // Counts every company's events in `buckets` equal slices of [first, last] by first day.
    Status recount(Database &db, QDate first, QDate last, int buckets);
    // Counts the named companies again over the same slices (after an edit, as DataChange names
    // them before and after); a company no longer stored counts nothing.
    Status recount(Database &db, const QStringList &companies);

    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    int buckets() const { return int(m_counts.size()); }
    const std::vector<int> &counts() const { return m_counts; } // every company's, per slice

private:
    using Slices = std::vector<std::pair<int, int>>; // (slice, events) where events > 0
    void subtract(const Slices &slices);
    // Adds the rows of a statement selecting (company, slice, events), slices bound here.
    Status read(Database &db, Statement &rows);

    QDate m_first, m_last;
    std::vector<int> m_counts;
    QHash<QString, Slices> m_byCompany; // by name as SQLite's NOCASE compares it
};
