#pragma once

#include "exitcode.h"

#include <QHash>
#include <QString>

#include <utility>
#include <vector>

class CommandContext;

// What `people` and `companies` print: every name with how many events name it, or, with
// --variants, the groups of names that are likely one name spelt differently (NameVariants),
// with the merge command that would join each. Its texts are translated in the context
// "NameListing".
namespace NameListing {
enum class Kind { People, Companies };
using Counted = std::vector<std::pair<QString, qint64>>;

// `identifiers`: companies' identifiers by name, shown in a column when any is known.
ExitCode print(CommandContext &context, Kind kind, const Counted &names, bool variantsOnly,
               const QHash<QString, QString> &identifiers = {});
} // namespace NameListing
