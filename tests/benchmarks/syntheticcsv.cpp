#include "syntheticcsv.h"

#include "benchmarkoutput.h"
#include "io/eventfile.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "syntheticdata.h"

#include <QElapsedTimer>
#include <QFileInfo>

QString SyntheticCsv::cachePath(int events)
{
    const QString database = SyntheticData::cachePath(events);
    return database.left(database.lastIndexOf(QLatin1Char('.'))) + QStringLiteral(".csv");
}

Result<QString> SyntheticCsv::ensure(int events)
{
    const QString csv = cachePath(events);
    if (QFileInfo::exists(csv))
        return csv;
    auto database = SyntheticData::ensure(events);
    if (!database)
        return database.error();
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(*database, Database::OpenMode::ReadOnly);
    if (!opened)
        return opened.error();
    // What `tenure-cli export --out FILE.csv` does: every event by date, exact cells, written
    // under a temporary name and renamed once complete.
    EventRepository repository(**opened);
    const auto all = repository.query();
    if (!all)
        return all.error();
    if (auto status = EventFile::writeFile(csv, *all, EventFileFormat::Csv); !status)
        return status.error();
    BenchmarkOutput::report("exported %zu events to %s (%lld bytes) in %.1f s\n", all->size(),
                            qPrintable(csv), static_cast<long long>(QFileInfo(csv).size()),
                            double(timer.elapsed()) / 1000);
    return csv;
}
