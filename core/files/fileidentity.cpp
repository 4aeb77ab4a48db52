#include "fileidentity.h"

#include <QFile>

#include <sys/stat.h>

std::optional<FileIdentity> FileIdentity::of(const QString &path)
{
    struct stat info
    {};
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    FileIdentity identity;
    identity.device = info.st_dev;
    identity.inode = info.st_ino;
    identity.kind = S_ISREG(info.st_mode)   ? Kind::Regular
                    : S_ISDIR(info.st_mode) ? Kind::Directory
                                            : Kind::Other;
    return identity;
}
