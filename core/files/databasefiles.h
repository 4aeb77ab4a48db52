#pragma once

#include "fileidentity.h"

#include <QString>

// The database files this process has open through SQLite, with their -wal, -shm and -journal
// companions. On POSIX, closing any descriptor of a file drops every lock the process holds on
// it, so nothing but SQLite may open these files while they are registered: another program's
// SQLite would then believe it is alone, checkpoint and delete the WAL under our feet (SQLite's
// "How To Corrupt An SQLite Database File", section 2.2). Readers and writers of other files ask
// here first (FileSafety does).
class DatabaseFiles
{
public:
    // Registered while the returned object lives; Database holds one per connection.
    class Registration
    {
    public:
        explicit Registration(const QString &databasePath);
        ~Registration();
        Registration(const Registration &) = delete;
        Registration &operator=(const Registration &) = delete;

    private:
        QString m_path;
        std::optional<FileIdentity> m_identity;
    };

    // True when `path` names an open database or one of its companions (by identity, so another
    // spelling of the same file is caught; by name for companions that do not exist yet).
    static bool isOpen(const QString &path);
    // True when `path` names an open database itself (not a companion).
    static bool isOpenDatabase(const QString &path);
};
