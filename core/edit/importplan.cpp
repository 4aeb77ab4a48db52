#include "importplan.h"

#include "io/namevariantwarnings.h"
#include "model/companyresolver.h"
#include "model/duplicaterule.h"
#include "model/safetext.h"
#include "store/eventstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace {
// Where an event already known to the plan came from: the database (id) or the file (line).
struct Known
{
    PartialDate date;
    EventId id = 0;
    int line = 0;
};

// Below this many companies the plan asks for each company's events; above it, reading every
// event once is cheaper than thousands of queries.
constexpr qsizetype perCompanyLimit = 100;

QString where(const Known &known, ImportIssue::Position position)
{
    if (known.id != 0)
        return QCoreApplication::translate("ImportPlan", "the stored event %1 (%2)")
            .arg(known.id)
            .arg(known.date.toString());
    return position == ImportIssue::Position::ArrayIndex
               ? QCoreApplication::translate("ImportPlan", "the event at [%1] (%2)")
                     .arg(known.line)
                     .arg(known.date.toString())
               : QCoreApplication::translate("ImportPlan", "the event on line %1 (%2)")
                     .arg(known.line)
                     .arg(known.date.toString());
}
// The valid events with each company named by its label in the database (CompanyResolver): a
// row naming a company by its identifier lands on that company, and a second company of a taken
// name gets its own label, which is said.
std::vector<Event> resolveCompanies(const ImportBatch &batch, const std::vector<Company> &stored,
                                    const QString &fileName, QList<ImportIssue> *warnings)
{
    std::vector<CompanyResolver::Company> known;
    known.reserve(stored.size());
    for (const Company &company : stored)
        known.push_back({company.name, company.identifier});
    CompanyResolver resolver(known);
    std::vector<Event> resolved = batch.valid();
    for (std::size_t i = 0; i < resolved.size(); ++i) {
        Event &event = resolved[i];
        if (event.companyIdentifier.isEmpty())
            continue;
        const auto resolution = resolver.resolve(event.company, event.companyIdentifier);
        if (resolution.outcome == CompanyResolver::Outcome::Labelled)
            warnings->append(
                {fileName, i < batch.lines.size() ? batch.lines[i] : 0,
                 QStringLiteral("company_id"),
                 QStringLiteral("%1 (%2) is not the company %1 (%3) already named: imported as %4")
                     .arg(SafeText::quoted(event.company.trimmed()), event.companyIdentifier,
                          resolution.otherIdentifier, SafeText::quoted(resolution.label)),
                 batch.position});
        event.company = resolution.label;
    }
    return resolved;
}
} // namespace

Result<ImportPlan> ImportPlan::make(EventStore &events, const ImportBatch &batch,
                                    const QString &fileName)
{
    auto storedCompanies = events.companies();
    if (!storedCompanies)
        return storedCompanies.error();
    ImportPlan plan;
    std::vector<Event> valid = // moved into toAdd one by one: a 1M-row file is held once less
        resolveCompanies(batch, *storedCompanies, fileName, &plan.otherCompanies);
    QSet<QString> companies;
    for (const Event &event : valid)
        companies.insert(event.company.trimmed().toCaseFolded());

    QHash<QString, std::vector<Known>> known;
    const auto remember = [&known](const std::vector<Event> &stored) {
        for (const Event &event : stored)
            known[DuplicateRule::key(event)].push_back({event.date, event.id, 0});
    };
    if (companies.size() > perCompanyLimit) {
        auto stored = events.query();
        if (!stored)
            return stored.error();
        remember(*stored);
    } else {
        QStringList names;
        for (const Event &event : valid) {
            if (!names.contains(event.company.trimmed(), Qt::CaseInsensitive))
                names << event.company.trimmed();
        }
        for (const QString &name : std::as_const(names)) {
            EventQuery query;
            query.companies = {name};
            auto stored = events.query(query);
            if (!stored)
                return stored.error();
            remember(*stored);
        }
    }

    for (std::size_t i = 0; i < valid.size(); ++i) {
        const Event &event = valid[i];
        const int line = i < batch.lines.size() ? batch.lines[i] : 0;
        std::vector<Known> &alike = known[DuplicateRule::key(event)];
        const bool same = std::any_of(alike.cbegin(), alike.cend(),
                                      [&](const Known &k) { return k.date == event.date; });
        if (same) {
            ++plan.duplicates;
            continue;
        }
        for (const Known &other : alike) {
            if (DuplicateRule::datesNear(event.date, other.date)) {
                plan.nearDuplicates.append(
                    {fileName, line, QString(),
                     QCoreApplication::translate("ImportPlan",
                                                 "this %1 may be %2: the same people and role, "
                                                 "the dates within each other's precision; both "
                                                 "are kept")
                         .arg(event.date.toString(), where(other, batch.position)),
                     batch.position});
                break;
            }
        }
        alike.push_back({event.date, 0, line});
        plan.toAdd.push_back(std::move(valid[i]));
        plan.toAddLines.push_back(line);
    }

    QStringList companyNames;
    for (const Company &company : *storedCompanies)
        companyNames << company.name;
    auto storedPeople = events.people();
    if (!storedPeople)
        return storedPeople.error();
    plan.nameVariants = NameVariantWarnings::of(batch, fileName, companyNames, *storedPeople);
    return plan;
}

Status ImportPlan::write(EventStore &events, const ImportBatch &batch) const
{
    return events.inTransaction([&]() -> Status {
        if (auto added = events.importRoleAliases(batch.roleAliases); !added)
            return added.error();
        if (!toAdd.empty()) {
            if (const auto ids = events.addAll(toAdd); !ids)
                return ids.error();
        }
        const auto notes = events.notes().addMissing(batch.notes);
        return notes ? Status(Done{}) : Status(notes.error());
    });
}
