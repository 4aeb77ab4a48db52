#pragma once

#include "importbatch.h"

#include <QList>
#include <QStringList>

// The warnings an import gives for names that are likely other spellings of names already in the
// database or earlier in the file ("Sean O hEigeartaigh" where "Seán Ó hÉigeartaigh" is stored),
// by NameVariants: one warning per new spelling, on the line it first appears, naming the
// spellings it may be and how many rows use it. The variant is imported as written; merging is
// the user's decision. Linear in the file: one hash lookup per distinct name.
namespace NameVariantWarnings {
QList<ImportIssue> of(const ImportBatch &batch, const QString &fileName,
                      const QStringList &storedCompanies, const QStringList &storedPeople);
} // namespace NameVariantWarnings
