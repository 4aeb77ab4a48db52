#pragma once

#include "io/importbatch.h"
#include "model/result.h"

#include <vector>

class EventStore;

// What importing a file's valid events would do to a database, by DuplicateRule: the events that
// are new, how many are already stored (or appear earlier in the file) and are skipped, and the
// near duplicates and likely variants of names, which are imported but reported as warnings.
// Events name their company by its label in the database (CompanyResolver). It
// reads each company's stored events once, so planning a large file costs one pass over it.
struct ImportPlan
{
    std::vector<Event> toAdd;
    std::vector<int> toAddLines; // where each event of toAdd is in the file
    qint64 duplicates = 0;
    QList<ImportIssue> nearDuplicates;
    // Names that may be other spellings of stored ones or of earlier ones in the file
    // (NameVariantWarnings); imported as written.
    QList<ImportIssue> nameVariants;
    // Rows whose company identifier makes them another company than the one of their name,
    // imported under a label of their own ("Apple (apple.com)").
    QList<ImportIssue> otherCompanies;

    // Every warning the plan adds to the file's own.
    QList<ImportIssue> warnings() const { return otherCompanies + nearDuplicates + nameVariants; }

    static Result<ImportPlan> make(EventStore &events, const ImportBatch &batch,
                                   const QString &fileName);

    // Writes what the plan adds, with the batch's role mappings and notes (JSON), in one
    // transaction: all or nothing. The notes go last: they need their companies.
    Status write(EventStore &events, const ImportBatch &batch) const;
};
