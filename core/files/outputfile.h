#pragma once

#include "model/result.h"

#include <QSaveFile>
#include <QString>

// A file the user named for output (an export, a chart), written under a temporary name and
// renamed over `path` only once complete: an error or a full disk leaves any old file as it was.
// Refuses targets FileSafety forbids (the database in use, any SQLite file, a FIFO or device).
//
// Writes go straight to the file, unbuffered: QSaveFile (Qt 6.4) commits a file whose buffered
// final flush failed, e.g. an empty file on a full disk, so every write's failure must show.
class OutputFile
{
public:
    explicit OutputFile(QString path);

    Status open();
    QIODevice *device() { return &m_file; }
    // Writes `bytes` whole, or fails.
    Status write(const QByteArray &bytes);
    // Replaces the target with what was written, unless a write failed or `cancel()` was called.
    Status commit();
    // Something went wrong while producing the contents (the painter failed): keep the old file.
    void cancel() { m_file.cancelWriting(); }

private:
    Error failure(const QString &errorString) const;

    QString m_path;
    QSaveFile m_file;
};
