#pragma once

#include "model/annotation.h"
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
    // What an export carries besides the events, so an import restores the same picture.
    struct Extras
    {
        RoleAliases roleAliases;
        std::vector<Annotation> notes;
    };

    // The events alone, as an array (what `tenure-cli list --format json` builds on).
    static QByteArray write(const std::vector<Event> &events);
    // An export: {"role_aliases": [...], "notes": [...], "events": [...]}, the database's role
    // mappings and notes with its events, so an import restores them all ("notes" only when
    // there are any).
    static QByteArray writeDocument(const std::vector<Event> &events, const Extras &extras);
};
