#include "eventfile.h"

#include "csvreader.h"
#include "csvwriter.h"
#include "files/filesafety.h"
#include "files/outputfile.h"
#include "jsonreader.h"
#include "jsonwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {
ImportBatch fileIssue(const QString &path, const QString &message)
{
    ImportBatch batch;
    batch.issues.append({path, 0, QString(), message});
    return batch;
}
} // namespace

std::optional<EventFileFormat> EventFile::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return EventFileFormat::Csv;
    if (suffix == QLatin1String("json"))
        return EventFileFormat::Json;
    return std::nullopt;
}

ImportBatch EventFile::read(const QString &path, TextEncoding::Kind encoding)
{
    const auto format = formatForPath(path);
    if (!format)
        return fileIssue(path, QCoreApplication::translate("EventFile",
                                                           "the file name must end in .csv or "
                                                           ".json, which says how to read it"));
    const QFileInfo info(FileSafety::literalPath(path));
    if (!info.exists())
        return fileIssue(path, QCoreApplication::translate("EventFile", "there is no such file"));
    if (info.isDir())
        return fileIssue(path,
                         QCoreApplication::translate("EventFile", "this is a folder, not a file"));
    // Never opens the database in use (that would drop SQLite's locks) nor blocks on a FIFO.
    if (const QString unsafe = FileSafety::whyNotReadable(path); !unsafe.isEmpty())
        return fileIssue(path, QCoreApplication::translate("EventFile", "this file %1",
                                                           "a reason: this file is a folder ...")
                                   .arg(unsafe));
    QFile file(FileSafety::literalPath(path));
    if (!file.open(QIODevice::ReadOnly))
        return fileIssue(path,
                         QCoreApplication::translate("EventFile", "the file cannot be read: %1")
                             .arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fileIssue(path,
                         QCoreApplication::translate("EventFile", "the file cannot be read: %1")
                             .arg(file.errorString()));
    return read(TextEncoding::toUtf8(bytes, encoding), path, *format);
}

ImportBatch EventFile::read(const QByteArray &bytes, const QString &fileName,
                            EventFileFormat format)
{
    return format == EventFileFormat::Csv ? CsvReader::read(bytes, fileName)
                                          : JsonReader::read(bytes, fileName);
}

QByteArray EventFile::write(const std::vector<Event> &events, EventFileFormat format,
                            CsvWriter::Cells cells, const JsonWriter::Extras &extras)
{
    return format == EventFileFormat::Csv ? CsvWriter::write(events, cells)
                                          : JsonWriter::writeDocument(events, extras);
}

Status EventFile::writeFile(const QString &path, const std::vector<Event> &events,
                            EventFileFormat format, CsvWriter::Cells cells,
                            const JsonWriter::Extras &extras)
{
    OutputFile file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    if (auto written = file.write(write(events, format, cells, extras)); !written)
        return written;
    return file.commit();
}
