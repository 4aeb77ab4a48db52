#pragma once

#include "model/result.h"

#include <QString>

// The checks every reader and writer of a user-named file makes before opening it, so that an
// import, export or chart never opens a database SQLite has open (see DatabaseFiles), never waits
// forever on a FIFO or device, and never replaces a database with a chart or a CSV.
class FileSafety
{
public:
    // `path` may be opened and read: an existing regular file that is not an open database.
    static Status checkReadable(const QString &path);
    // `path` may be replaced by a file being written: it is not an open database or one of its
    // companions, not an SQLite file of any program, and not a folder, FIFO or device.
    static Status checkReplaceable(const QString &path);

    // The same checks, giving the reason without the file's name ("is a folder, not a file"), or
    // an empty string when the file may be used.
    static QString whyNotReadable(const QString &path);
    static QString whyNotReplaceable(const QString &path);

    // Why writing `path` failed, for a message: "the disk is full" when it is (a full disk shows
    // in Qt only as the system's wording), else `errorString` as the device gave it.
    static QString writeFailure(const QString &path, const QString &errorString);

    // `path` as Qt's file classes take it literally: they read a leading ':' as a resource built
    // into the program (":chart.png"), so such a path gets "./" in front. Every user-named path
    // goes through this before QFile, QFileInfo or QSaveFile sees it.
    static QString literalPath(const QString &path);

    // True when the file at `path` starts with SQLite's header. Reads it, so never call it on a
    // file DatabaseFiles::isOpen() reports.
    static bool hasSqliteHeader(const QString &path);
};
