#pragma once

#include "model/result.h"

#include <QString>

// What importing one file costs Tenure: the events it added, the wall and CPU time, and the
// peak memory of the process that imported.
struct ImportFigures
{
    qint64 rows = 0;
    double wallMs = 0;
    double cpuMs = 0;
    qint64 peakRssMb = 0;

    // The line the measuring child prints; the parent reads it back with fromLine.
    QString line() const;
    static Result<ImportFigures> fromLine(const QString &line);
};

// Times an import of an interchange CSV exactly as `tenure-cli import --skip-invalid` does it
// (EventFile::read, ImportPlan::make, then importRoleAliases, addAll and the notes' addMissing in
// one transaction) into a new empty database, and compares it with the sqlite3 shell inserting the
// same rows (SqliteShellImport). Issue #10 asks for it to be within 3x of the shell.
class ImportBenchmark
{
public:
    // Imports `csv` in a child process, then times the shell on the same rows; returns the line:
    //   rows=N tenure_import_ms=X tenure_cpu_ms=C sqlite3_shell_ms=Y sqlite3_cpu_ms=D ratio=Z
    //   peak_rss_mb=W
    // With `profileStatements`, the child also reports SQLite's time by statement
    // (StatementProfile), which slows it by up to 15 %.
    static Result<QString> run(const QString &csv, bool profileStatements = false);
    // Internal (the child): imports `csv` into a new database at `database`, which must not
    // exist, and leaves it there for the shell's baseline to copy.
    static Result<ImportFigures> measure(const QString &csv, const QString &database,
                                         bool profileStatements = false);
};
