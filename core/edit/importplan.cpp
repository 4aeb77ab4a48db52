#include "importplan.h"

#include "io/namevariantwarnings.h"
#include "model/duplicaterule.h"
#include "store/eventrepository.h"

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
        return QStringLiteral("the stored event %1 (%2)").arg(known.id).arg(known.date.toString());
    return position == ImportIssue::Position::ArrayIndex
               ? QStringLiteral("the event at [%1] (%2)").arg(known.line).arg(known.date.toString())
               : QStringLiteral("the event on line %1 (%2)")
                     .arg(known.line)
                     .arg(known.date.toString());
}
} // namespace

Result<ImportPlan> ImportPlan::make(EventRepository &events, const ImportBatch &batch,
                                    const QString &fileName)
{
    const std::vector<Event> &valid = batch.valid();
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

    ImportPlan plan;
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
                     QStringLiteral("this %1 may be %2: the same people and role, the dates "
                                    "within each other's precision; both are kept")
                         .arg(event.date.toString(), where(other, batch.position)),
                     batch.position});
                break;
            }
        }
        alike.push_back({event.date, 0, line});
        plan.toAdd.push_back(event);
        plan.toAddLines.push_back(line);
    }

    auto storedCompanies = events.companies();
    if (!storedCompanies)
        return storedCompanies.error();
    QStringList companyNames;
    for (const Company &company : *storedCompanies)
        companyNames << company.name;
    auto storedPeople = events.people();
    if (!storedPeople)
        return storedPeople.error();
    plan.nameVariants = NameVariantWarnings::of(batch, fileName, companyNames, *storedPeople);
    return plan;
}
