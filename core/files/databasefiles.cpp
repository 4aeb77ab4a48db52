#include "databasefiles.h"

#include "filesafety.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>

#include <map>

namespace {
struct Registry
{
    QMutex mutex;
    std::map<FileIdentity, int> identities; // open connections per file
    std::map<QString, int> paths;           // by absolute, clean path, for the companions
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

QString absoluteClean(const QString &path)
{
    return QDir::cleanPath(QFileInfo(FileSafety::literalPath(path)).absoluteFilePath());
}

const char *const companionSuffixes[] = {"-wal", "-shm", "-journal"};
} // namespace

DatabaseFiles::Registration::Registration(const QString &databasePath)
    : m_path(absoluteClean(databasePath)), m_identity(FileIdentity::of(databasePath))
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    ++r.paths[m_path];
    if (m_identity)
        ++r.identities[*m_identity];
}

DatabaseFiles::Registration::~Registration()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    if (--r.paths[m_path] == 0)
        r.paths.erase(m_path);
    if (m_identity && --r.identities[*m_identity] == 0)
        r.identities.erase(*m_identity);
}

bool DatabaseFiles::isOpen(const QString &path)
{
    const QString clean = absoluteClean(path);
    QStringList candidates{clean};
    for (const char *suffix : companionSuffixes) {
        if (clean.endsWith(QLatin1String(suffix)))
            candidates << clean.chopped(int(qstrlen(suffix)));
    }
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    for (const QString &candidate : candidates) {
        if (r.paths.contains(candidate))
            return true;
        const auto identity = FileIdentity::of(candidate);
        if (identity && r.identities.contains(*identity))
            return true;
    }
    return false;
}

bool DatabaseFiles::isOpenDatabase(const QString &path)
{
    const auto identity = FileIdentity::of(path);
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return r.paths.contains(absoluteClean(path)) || (identity && r.identities.contains(*identity));
}
