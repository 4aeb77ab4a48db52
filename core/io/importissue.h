#pragma once

#include <QString>

// One thing wrong with one row (or the whole file) of an import, located so the user can find it.
struct ImportIssue
{
    // What `line` counts: a physical line (CSV rows, JSON syntax errors) or an index into the
    // JSON array of events.
    enum class Position { Line, ArrayIndex };

    QString file;    // the file name as the user gave it
    int line = 0;    // CSV: 1-based line where the record starts (header is line 1), 0 for the
                     // whole file; JSON: the array index (0-based) when position is ArrayIndex
    QString column;  // interchange column name, e.g. "date"; empty for whole-row/file problems
    QString message; // a sentence: what is wrong
    Position position = Position::Line;

    // "FILE:LINE: column: message", "FILE:[INDEX]: column: message", or "FILE: message" for a
    // problem with the whole file (line 0). The column part is left out when there is none.
    QString toString() const;

    bool operator==(const ImportIssue &other) const = default;
};
