#pragma once

#include "io/importbatch.h"
#include "model/result.h"

#include <QString>

#include <memory>

class Database;
class EventStore;

// The Stability AI story bundled with the app (resources/stability-ai.csv): what a new user sees
// first, and what `tenure-cli init --sample` writes.
class SampleData
{
public:
    static QString fileName(); // "stability-ai.csv", as import issues name it

    // The sample's events, read with CsvReader; issues only if the build bundled a bad file.
    static ImportBatch events();

    // Adds every sample event to `repository` in one transaction: all of them or none.
    static Status install(EventStore &repository);

    // A new database at `path` holding the sample. Built in a temporary file beside `path` and
    // renamed into place only when complete, so a failure never leaves a half-filled database
    // there. An existing file is never written over (Error::Kind::Unusable).
    static Result<std::unique_ptr<Database>> createDatabase(const QString &path);
};
