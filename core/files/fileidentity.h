#pragma once

#include <QString>

#include <optional>
#include <sys/types.h>

// Which file a path names, by device and inode, found with stat(): two paths (a symlink, a
// relative and an absolute name, a hard link) name the same file when their identities are equal.
// stat() opens nothing, so it is safe on a file that SQLite has open (see DatabaseFiles).
struct FileIdentity
{
    enum class Kind { Regular, Directory, Other };

    dev_t device = 0;
    ino_t inode = 0;
    Kind kind = Kind::Regular;

    // The identity of the file `path` names, following symlinks; nullopt when there is none.
    static std::optional<FileIdentity> of(const QString &path);

    bool operator==(const FileIdentity &other) const
    {
        return device == other.device && inode == other.inode;
    }
    bool operator<(const FileIdentity &other) const
    {
        return device != other.device ? device < other.device : inode < other.inode;
    }
};
