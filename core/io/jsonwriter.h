#pragma once

#include "model/event.h"
#include "model/rolevocabulary.h"

#include <QByteArray>

#include <vector>

// Writes events as the interchange JSON (docs/data-format.md): an indented array of objects with
// every key, in the order of the CSV header (all sources in `sources`), one object per event in
// the given order.
class JsonWriter
{
public:
    using RoleAliases = std::vector<std::pair<QString, RoleVocabulary::Role>>;

    // The events alone, as an array (what `tenure-cli list --format json` builds on).
    static QByteArray write(const std::vector<Event> &events);
    // An export: {"role_aliases": [...], "events": [...]}, the database's role mappings with
    // its events, so an import restores both.
    static QByteArray writeDocument(const std::vector<Event> &events, const RoleAliases &aliases);
};
