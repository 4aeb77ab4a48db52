#include "defaultdatabase.h"

#include "sampledata.h"
#include "store/database.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

QString DefaultDatabase::path()
{
    // AppDataLocation is GenericDataLocation/<organisation>/<application>; spelled out here so
    // the result does not depend on the names the running program gave QCoreApplication.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (data.isEmpty())
        return {};
    return data + QStringLiteral("/Tenure/tenure/tenure.sqlite");
}

Result<std::unique_ptr<Database>> DefaultDatabase::openOrCreate(Database::OpenMode mode)
{
    const QString file = path();
    if (file.isEmpty())
        return unusable(QStringLiteral("this system has no folder for per-user data, so there is "
                                       "no default database; name a database file instead"));
    if (QFileInfo::exists(file))
        return Database::open(file, mode);

    const QString folder = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(folder))
        return unusable(QStringLiteral("the folder %1 for the default database cannot be created")
                            .arg(QDir::toNativeSeparators(folder)));
    auto created = SampleData::createDatabase(file);
    if (created && mode != Database::OpenMode::ReadOnly)
        return created;
    // Another program (the viewer, a second tenure-cli) may have made it first: use theirs.
    if (!created && !QFileInfo::exists(file))
        return created;
    return Database::open(file, mode);
}

Result<std::unique_ptr<Database>> DefaultDatabase::openPathOrDefault(const QString &pathOrEmpty,
                                                                     Database::OpenMode mode)
{
    if (pathOrEmpty.isEmpty())
        return openOrCreate(mode);
    return Database::open(pathOrEmpty, mode);
}

Result<std::unique_ptr<Database>> DefaultDatabase::openForViewing(const QString &pathOrEmpty)
{
    auto writable = openPathOrDefault(pathOrEmpty, Database::OpenMode::Existing);
    if (writable || writable.error().kind != Error::Kind::ReadOnly)
        return writable;
    return openPathOrDefault(pathOrEmpty, Database::OpenMode::ReadOnly);
}
