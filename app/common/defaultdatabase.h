#pragma once

#include "model/result.h"
#include "store/database.h"

#include <QString>

#include <memory>

// The per-user database the viewer and tenure-cli share when no file is named:
// ~/.local/share/Tenure/tenure/tenure.sqlite on Linux, made with the bundled sample on first use.
class DefaultDatabase
{
public:
    // Where it lives: the data folder QStandardPaths::AppDataLocation gives an application
    // "tenure" of the organisation "Tenure", whatever the running program calls itself (so the
    // viewer, tenure-cli and the tests agree). Empty when the system has no data folder.
    static QString path();

    // Opens the default database, first creating it with the sample if there is no file yet.
    static Result<std::unique_ptr<Database>>
    openOrCreate(Database::OpenMode mode = Database::OpenMode::Existing);

    // Opens the database at `pathOrEmpty`, which must already exist; when it is empty, the
    // default database (see openOrCreate). What `--db PATH` and a file chosen in the viewer mean.
    // `mode` is Existing or ReadOnly.
    static Result<std::unique_ptr<Database>>
    openPathOrDefault(const QString &pathOrEmpty,
                      Database::OpenMode mode = Database::OpenMode::Existing);

    // For the viewer: the same, read-write, or read-only when the file or its folder is, so a
    // database on a read-only disk or from another user can still be looked at.
    static Result<std::unique_ptr<Database>> openForViewing(const QString &pathOrEmpty);
};
