#pragma once

#include "model/result.h"

#include <QString>

// The baseline of issue #10: the sqlite3 command-line shell inserting the rows Tenure imported
// into an empty database of the same schema, in one transaction. The script is made from the
// imported database with the shell itself (untimed); its full-text rows are inserted into the
// FTS5 table, so the shell tokenises them as Tenure's inserts do (not copied as index pages, as
// `.dump` would). The stderr breakdown adds the same load without the full-text rows and a plain
// `.dump` loaded into a new file.
class SqliteShellImport
{
public:
    struct Figures
    {
        double wallMs = 0;
        double cpuMs = 0;
    };

    // The shell's path, or empty when it is not on PATH.
    static QString executable();
    // Loads the rows of `imported` (`rows` events) into a new Tenure database in `workDir`.
    static Result<Figures> measure(const QString &imported, const QString &workDir, qint64 rows);
};
