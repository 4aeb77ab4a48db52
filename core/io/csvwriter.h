#pragma once

#include "model/event.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

// Writes events as the interchange CSV (docs/data-format.md): UTF-8, the header, one line per
// event in the given order, "\n" line ends, fields quoted only when they need it.
class CsvWriter
{
public:
    enum class Cells {
        Exact, // every value as it is, so the file imports to the same events
        // For spreadsheets: a value that starts with =, +, -, @, tab or CR gets a ' in front, as
        // OWASP advises against CSV injection, so a spreadsheet shows it rather than runs it as
        // a formula. Such a file does not round-trip: the ' is read back as part of the value.
        SpreadsheetSafe,
    };

    static QByteArray write(const std::vector<Event> &events, Cells cells = Cells::Exact);
    // Appends one record: the fields, quoted where needed, then "\n".
    static void appendRecord(QByteArray &out, const QStringList &fields,
                             Cells cells = Cells::Exact);
    // The value as a spreadsheet-safe cell holds it: prefixed with ' if it could start a formula.
    static QString neutralised(const QString &value);
};
