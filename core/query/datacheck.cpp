#include "datacheck.h"

#include "model/textfolding.h"

namespace {
void file(TenureDeriver::Outcome &&outcome, DataCheck::ByCompany &into)
{
    for (const Tenure &tenure : outcome.tenures)
        ++into[TextFolding::caseless(tenure.company)].tenures;
    for (DerivationNote &note : outcome.notes)
        into[TextFolding::caseless(note.company)].notes.push_back(std::move(note));
}
} // namespace

DataCheck::DataCheck(Database &db) : m_db(db), m_events(db) {}

Status DataCheck::deriveEach(Database &db, const Visit &visit)
{
    EventRepository events(db);
    auto vocabulary = events.vocabulary();
    if (!vocabulary)
        return vocabulary.error();
    auto companies = events.companies(EventRepository::EventCounts::NotCounted);
    if (!companies)
        return companies.error();
    // The derivation tells companies apart by case-folded name, as the findings do; SQLite's
    // NOCASE folds ASCII only, so "Éclair" and "éclair" are two stored companies derived as one.
    std::map<QString, QStringList> byKey;
    for (const Company &company : *companies)
        byKey[TextFolding::caseless(company.name)] << company.name;
    for (const auto &[key, names] : byKey) {
        EventQuery postChanges;
        postChanges.types = {EventType::Appointment, EventType::Departure};
        postChanges.companies = names;
        auto read = events.query(postChanges);
        if (!read)
            return read.error();
        TenureDeriver::Outcome outcome =
            TenureDeriver::deriveWithNotes(std::move(*read), *vocabulary);
        if (outcome.tenures.empty() && outcome.notes.empty())
            continue; // nothing to file, as when every company was derived at once
        if (!visit(key, Findings{std::move(outcome.notes), int(outcome.tenures.size())}))
            return Done{};
    }
    return Done{};
}

Result<DataCheck::ByCompany> DataCheck::deriveAll(Database &db)
{
    ByCompany all;
    const Status derived = deriveEach(db, [&all](const QString &company, Findings &&findings) {
        all.emplace(company, std::move(findings));
        return true;
    });
    if (!derived)
        return derived.error();
    return all;
}

void DataCheck::adopt(ByCompany all)
{
    m_byCompany = std::move(all);
    recount();
}

Status DataCheck::refresh(const DataChange &change)
{
    if (change.all) {
        auto all = deriveAll(m_db);
        if (!all)
            return all.error();
        adopt(std::move(*all));
        return Done{};
    }
    auto vocabulary = m_events.vocabulary();
    if (!vocabulary)
        return vocabulary.error();
    ByCompany derived;
    for (const QString &company : change.companies) {
        if (company.trimmed().isEmpty())
            continue;
        auto outcome = m_events.derivation(company, *vocabulary);
        if (!outcome)
            return outcome.error();
        m_byCompany.erase(TextFolding::caseless(company));
        file(std::move(*outcome), derived);
    }
    for (auto &[company, findings] : derived)
        m_byCompany[company] = std::move(findings);
    recount();
    return Done{};
}

void DataCheck::recount()
{
    m_contradictions = m_guesses = m_tenures = 0;
    for (const auto &[company, findings] : m_byCompany) {
        m_tenures += findings.tenures;
        for (const DerivationNote &note : findings.notes)
            ++(note.isContradiction() ? m_contradictions : m_guesses);
    }
}

std::vector<DerivationNote> DataCheck::notes() const
{
    std::vector<DerivationNote> all;
    for (const auto &[company, findings] : m_byCompany)
        all.insert(all.end(), findings.notes.begin(), findings.notes.end());
    return all;
}
