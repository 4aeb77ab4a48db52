#pragma once

#include "model/annotation.h"
#include "model/event.h"
#include "model/result.h"
#include "model/rolevocabulary.h"

#include <utility>
#include <vector>

// What an export reads from a Tenure database, whichever engine holds it: every event by date
// (first day, then id), the role mappings by title, the notes by date. A file
// (FileContents) and a server (ServerContents) give the same values for the same data, so the
// export of a database copied between them is the same bytes.
class DatabaseContents
{
public:
    using RoleAliasList = std::vector<std::pair<QString, RoleVocabulary::Role>>;

    virtual ~DatabaseContents() = default;
    virtual Result<std::vector<Event>> events() = 0;
    virtual Result<RoleAliasList> roleAliases() = 0;
    virtual Result<std::vector<Annotation>> annotations() = 0;
};
