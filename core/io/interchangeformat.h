#pragma once

#include "model/event.h"

#include <QStringList>

#include <optional>

// The columns of the interchange format (docs/data-format.md) in file order, and how an event's
// value is spelled in each, shared by the CSV and JSON readers and writers.
class InterchangeFormat
{
public:
    enum class Column {
        Date,
        Announced,
        Company,
        CompanyId, // CompanyIdentifier
        Type,
        People,
        Role,
        Interim,
        Reason,
        ReasonNote,
        Round,
        AmountUsd, // in `currency`; the name is older than currencies
        ValuationUsd,
        Currency,
        Investors,
        Acquirer,
        Status,
        Description,
        SourceUrl, // the first source (CSV; JSON has them all in `sources`)
        SourceTitle,
        SourceOutlet,
        SourceDate,
        Sources, // CSV: the sources after the first, one a line; JSON: every source
    };
    static constexpr int columnCount = 23;
    // Amounts stop at 2^53, the largest whole number every JSON reader holds exactly.
    static constexpr qint64 maxAmount = qint64(1) << 53;
    static constexpr char peopleSeparator = ';';

    static QString name(Column column);
    static QStringList names(); // the CSV header, in order
    static std::optional<Column> columnNamed(QStringView name);
    static Column columnAt(int index) { return static_cast<Column>(index); }
    // The first source's own columns: CSV only. JSON writes every source in `sources` and reads
    // these keys too, as files written before several sources have them.
    static bool isFirstSourceColumn(Column column);
    static QStringList jsonKeys(); // the JSON keys the writer writes, in order
    // The columns files had before schema 6 (announced, reasons, currencies, investors,
    // acquisitions, several sources): a CSV header without one of them is warned about, one
    // without the newer ones is simply an older file.
    static bool isOriginalColumn(Column column);

    // The text of `column` for `event`, as the CSV writer writes it and the JSON writer writes
    // its string values. Interim is spelled for appointments and departures, status for funding
    // rounds; elsewhere they are empty unless they differ from the default.
    static QString text(const Event &event, Column column);
};
