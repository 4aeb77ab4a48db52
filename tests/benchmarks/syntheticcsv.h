#pragma once

#include "model/result.h"

#include <QString>

// The synthetic database of a size (SyntheticData) as an interchange CSV file, for timing an
// import of a file a user could have: written once by the core's own writer, the way
// `tenure-cli export` writes it, and cached beside the database.
class SyntheticCsv
{
public:
    // Where the CSV of `events` events is cached: the database's path ending in .csv.
    static QString cachePath(int events);
    // The cached CSV of `events` events, exported first when it is missing (and the database
    // generated first when that is missing too). The file appears only once complete.
    static Result<QString> ensure(int events);
};
