#pragma once

#include "model/result.h"

#include <QString>

// The checks every reader and writer of a user-named file makes before opening it, so that an
// import, export or chart never opens a database SQLite has open (see DatabaseFiles), never waits
// forever on a FIFO or device, and never replaces a database with a chart or a CSV.
class FileSafety
{
public:
    // `path` may be replaced by a file being written: it is not an open database or one of its
    // companions, not an SQLite file of any program, and not a folder, FIFO or device.
    static Status checkReplaceable(const QString &path);

    // The same checks, giving the reason without the file's name ("is a folder, not a file"), or
    // an empty string when the file may be used.
    static QString whyNotReadable(const QString &path);
    static QString whyNotReplaceable(const QString &path);

    // Whether the disk holding `path` has no room left: Qt and SQLite report a full disk only as
    // a write or I/O error, so the space is asked for after one.
    static bool isDiskFull(const QString &path);

    // `path` as Qt's file classes take it literally: they read a leading ':' as a resource built
    // into the program (":chart.png"), so such a path gets "./" in front. Every user-named path
    // goes through this before QFile, QFileInfo or QSaveFile sees it.
    static QString literalPath(const QString &path);

    // True when the file at `path` starts with SQLite's header. Reads it, so never call it on a
    // file DatabaseFiles::isOpen() reports.
    static bool hasSqliteHeader(const QString &path);
};
