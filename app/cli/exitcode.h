#pragma once

#include "model/result.h"

// What tenure-cli tells the shell, as the README documents it.
enum class ExitCode {
    Done = 0,
    Usage = 1,       // wrong usage: unknown command or option, bad value, unreadable file named
    InvalidData = 2, // the data is wrong or names nothing that exists; nothing was written
    Unusable = 3,    // the database cannot be used: missing, corrupt, locked, foreign, newer
    PartlyDone = 4,  // import --skip-invalid: the valid rows were imported, some were refused
};

// The exit code for an error from the core. An I/O error there comes from SQLite reading or
// writing the database, so the database cannot be used.
ExitCode exitCodeFor(const Error &error);
