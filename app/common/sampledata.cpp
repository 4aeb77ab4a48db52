#include "sampledata.h"

#include "appresources.h"
#include "io/csvreader.h"
#include "store/database.h"
#include "store/eventrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace {

// The resource path set by resources/resources.qrc.
const QString resourcePath = QStringLiteral(":/tenure/stability-ai.csv");

// A database file and the companions SQLite may leave beside it.
void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

QString SampleData::fileName()
{
    return QFileInfo(resourcePath).fileName();
}

ImportBatch SampleData::events()
{
    AppResources::ensureLoaded();
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportBatch broken;
        broken.issues.append(
            {fileName(), 0, {}, QStringLiteral("the sample is missing from this build of Tenure")});
        return broken;
    }
    return CsvReader::read(file.readAll(), fileName());
}

Status SampleData::install(EventRepository &repository)
{
    const ImportBatch batch = events();
    if (!batch.ok())
        return invalidData(QStringLiteral("the bundled sample cannot be read: %1")
                               .arg(batch.issues.first().toString()));
    return repository.inTransaction([&]() -> Status {
        auto ids = repository.addAll(batch.events);
        if (!ids)
            return ids.error();
        return Done{};
    });
}

Result<std::unique_ptr<Database>> SampleData::createDatabase(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path))
        return unusable(
            QStringLiteral("%1 already exists; a new database is never written over a file")
                .arg(shown));

    // Beside the target, so the final rename stays on one file system and is atomic.
    const QString building =
        QStringLiteral("%1.new-%2")
            .arg(path)
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    Status status = [&building]() -> Status {
        auto db = Database::open(building, Database::OpenMode::CreateNew);
        if (!db)
            return db.error();
        EventRepository repository(**db);
        return install(repository);
    }(); // the connection closes here, which folds the WAL into the file and removes it

    // QFile::rename never replaces an existing file, so a database made meanwhile by another
    // program (the viewer starting at the same moment) is kept.
    if (status) {
        QFile built(building);
        if (!built.rename(path)) {
            status = QFileInfo::exists(path)
                         ? Status(unusable(QStringLiteral("%1 already exists; a new database is "
                                                          "never written over a file")
                                               .arg(shown)))
                         : Status(Error{Error::Kind::Io, QStringLiteral("%1 cannot be created: %2")
                                                             .arg(shown, built.errorString())});
        }
    }
    if (!status) {
        removeDatabaseFiles(building);
        // The temporary name means nothing to the user: report the file they asked for.
        Error error = status.error();
        error.message.replace(QDir::toNativeSeparators(building), shown);
        return error;
    }
    return Database::open(path);
}
