#include "filesafety.h"

#include "databasefiles.h"
#include "fileidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

namespace {
Status withName(const QString &path, const QString &reason)
{
    if (reason.isEmpty())
        return Done{};
    return Error{Error::Kind::Io,
                 QStringLiteral("%1 %2").arg(QDir::toNativeSeparators(path), reason)};
}

// The reasons follow the file's name: "NAME is a folder, not a file".
QString notRegular()
{
    return QCoreApplication::translate("FileSafety", "is not a regular file (a FIFO, socket or "
                                                     "device); choose a file");
}
} // namespace

Status FileSafety::checkReplaceable(const QString &path)
{
    return withName(path, whyNotReplaceable(path));
}

QString FileSafety::literalPath(const QString &path)
{
    return path.startsWith(u':') ? QStringLiteral("./") + path : path;
}

QString FileSafety::whyNotReadable(const QString &userPath)
{
    const QString path = literalPath(userPath);
    const auto identity = FileIdentity::of(path);
    if (!identity)
        return QCoreApplication::translate("FileSafety", "does not exist");
    if (identity->kind == FileIdentity::Kind::Directory)
        return QCoreApplication::translate("FileSafety", "is a folder, not a file");
    if (identity->kind == FileIdentity::Kind::Other)
        return notRegular();
    if (DatabaseFiles::isOpen(path))
        return QCoreApplication::translate("FileSafety",
                                           "is the Tenure database in use, not a file to read "
                                           "events from; choose a CSV or JSON file");
    return {};
}

QString FileSafety::whyNotReplaceable(const QString &userPath)
{
    const QString path = literalPath(userPath);
    if (DatabaseFiles::isOpen(path))
        return QCoreApplication::translate("FileSafety",
                                           "is the Tenure database in use and is never written "
                                           "over; choose another file name");
    const auto identity = FileIdentity::of(path);
    if (identity && identity->kind == FileIdentity::Kind::Directory)
        return QCoreApplication::translate("FileSafety", "is a folder; choose a file name");
    if (identity && identity->kind == FileIdentity::Kind::Other)
        return notRegular();
    if (identity && hasSqliteHeader(path))
        return QCoreApplication::translate("FileSafety",
                                           "is an SQLite database and is never written over; "
                                           "choose another file name");
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (path.endsWith(QLatin1String(suffix))) {
            const QString database = path.chopped(int(qstrlen(suffix)));
            const auto owner = FileIdentity::of(database);
            if (owner && owner->kind == FileIdentity::Kind::Regular && hasSqliteHeader(database))
                return QCoreApplication::translate(
                    "FileSafety", "belongs to the SQLite database beside it and is never written "
                                  "over; choose another file name");
        }
    }
    return {};
}

bool FileSafety::isDiskFull(const QString &userPath)
{
    // Below one block free, nothing more can be written.
    constexpr qint64 fullBelowBytes = 4096;
    const QStorageInfo storage(QFileInfo(literalPath(userPath)).absolutePath());
    return storage.isValid() && storage.bytesAvailable() < fullBelowBytes;
}

bool FileSafety::hasSqliteHeader(const QString &path)
{
    QFile file(literalPath(path));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}
