#pragma once

#include "csvwriter.h"
#include "importbatch.h"
#include "jsonwriter.h"
#include "model/result.h"
#include "textencoding.h"

#include <QByteArray>

#include <optional>
#include <vector>

enum class EventFileFormat { Csv, Json };

// Reads and writes event files, choosing CSV or JSON by the file's extension (any case).
class EventFile
{
public:
    static std::optional<EventFileFormat> formatForPath(const QString &path);

    // The file's events, or its issues; a file that cannot be read or has an unknown extension
    // is one issue on line 0.
    // `encoding` says what the file is in; it is turned into UTF-8 before it is read.
    static ImportBatch read(const QString &path,
                            TextEncoding::Kind encoding = TextEncoding::Kind::Utf8);
    static ImportBatch read(const QByteArray &bytes, const QString &fileName,
                            EventFileFormat format);

    // `cells` applies to CSV: Exact for files to import again, SpreadsheetSafe for spreadsheets.
    // `extras`, the database's role mappings and notes, go into JSON (CSV has no place for them).
    static QByteArray write(const std::vector<Event> &events, EventFileFormat format,
                            CsvWriter::Cells cells = CsvWriter::Cells::Exact,
                            const JsonWriter::Extras &extras = {});
    // Atomic: the file is replaced only once every byte is written (QSaveFile), so a failed
    // export never leaves half a file behind. Errors are Error::Kind::Io.
    static Status writeFile(const QString &path, const std::vector<Event> &events,
                            EventFileFormat format,
                            CsvWriter::Cells cells = CsvWriter::Cells::Exact,
                            const JsonWriter::Extras &extras = {});
};
