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
        Company,
        Type,
        People,
        Role,
        Interim,
        Round,
        AmountUsd,
        ValuationUsd,
        Status,
        Description,
        SourceUrl,
        SourceTitle,
    };
    static constexpr int columnCount = 13;
    // Amounts stop at 2^53, the largest whole number every JSON reader holds exactly.
    static constexpr qint64 maxAmount = qint64(1) << 53;
    static constexpr char peopleSeparator = ';';

    static QString name(Column column);
    static QStringList names(); // the CSV header and the JSON keys, in order
    static std::optional<Column> columnNamed(QStringView name);
    static Column columnAt(int index) { return static_cast<Column>(index); }

    // The text of `column` for `event`, as the CSV writer writes it and the JSON writer writes
    // its string values. Interim is spelled for appointments and departures, status for funding
    // rounds; elsewhere they are empty unless they differ from the default.
    static QString text(const Event &event, Column column);
};
