#pragma once

#include "model/derivationnote.h"
#include "model/result.h"
#include "store/datachange.h"
#include "store/eventrepository.h"

#include <functional>
#include <map>
#include <vector>

class Database;

// What the derivation of tenures had to guess or could not resolve, company by company, as
// `tenure-cli check` reports it: the viewer's standing warning count and its list. After an edit
// only the companies the edit touched are derived again.
class DataCheck
{
public:
    struct Findings
    {
        std::vector<DerivationNote> notes;
        int tenures = 0;
    };
    using ByCompany = std::map<QString, Findings>; // by case-folded name

    explicit DataCheck(Database &db);

    // Derives the companies the change names again, or every company.
    Status refresh(const DataChange &change);
    // Every company's findings on `db`: a whole check, which a viewer runs on a worker thread
    // with a connection of its own and then adopts.
    static Result<ByCompany> deriveAll(Database &db);
    // The same handed to `visit` company by company (by case-folded name, in the map's order) as
    // each is derived: one company's appointments and departures are held at a time, so a
    // million events never sit in memory at once. `visit` returns false to stop.
    using Visit = std::function<bool(const QString &company, Findings &&findings)>;
    static Status deriveEach(Database &db, const Visit &visit);
    void adopt(ByCompany all);

    int contradictionCount() const { return m_contradictions; }
    int guessCount() const { return m_guesses; }
    int tenureCount() const { return m_tenures; }
    // Every note, by company and then in the order the derivation found them.
    std::vector<DerivationNote> notes() const;

private:
    void recount();

    Database &m_db;
    EventRepository m_events;
    ByCompany m_byCompany;
    int m_contradictions = 0;
    int m_guesses = 0;
    int m_tenures = 0;
};
