#include "sampledata.h"

#include "appresources.h"
#include "io/csvreader.h"
#include "store/database.h"
#include "store/eventrepository.h"

#include <QFile>
#include <QFileInfo>

namespace {
// The resource path set by resources/resources.qrc.
const QString resourcePath = QStringLiteral(":/tenure/stability-ai.csv");
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

Status SampleData::install(EventStore &repository)
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
    return Database::create(path, [](Database &db) {
        EventRepository repository(db);
        return install(repository);
    });
}
