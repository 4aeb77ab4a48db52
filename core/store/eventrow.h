#pragma once

#include "eventsourcetable.h"
#include "model/annotation.h"
#include "model/event.h"

#include <QStringList>

// Events and notes from the columns the stores select, whatever the engine: `Row` is anything
// with text(i), integer(i) and optionalInteger(i) — an SQLite Statement on a row, or one row of
// a PostgreSQL COPY. Both engines select the same columns in the same order, so both read to the
// same values.
namespace eventrow {

// Names in one column, in their order; the unit separator (U+001F) cannot be typed.
inline constexpr char nameSeparator = '\x1f';

inline QStringList splitNames(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(QLatin1Char(nameSeparator));
}

// Columns: id, year, month, day, company, type, people, role, interim, round, amount, valuation,
// status, description, sources (EventSourceTable::parse), announced, reason, reason note,
// currency, investors, acquirer, company identifier.
template <typename Row> Event event(const Row &row)
{
    Event event;
    event.id = row.integer(0);
    const int year = int(row.integer(1));
    const int month = int(row.integer(2));
    const int day = int(row.integer(3));
    event.date = day     ? PartialDate::ofDay(year, month, day)
                 : month ? PartialDate::ofMonth(year, month)
                         : PartialDate::ofYear(year);
    event.company = row.text(4);
    event.type = static_cast<EventType>(row.integer(5));
    event.people = splitNames(row.text(6));
    event.role = row.text(7);
    event.interim = row.integer(8) != 0;
    event.round = row.text(9);
    event.amountUsd = row.optionalInteger(10);
    event.valuationUsd = row.optionalInteger(11);
    event.status = static_cast<FundingStatus>(row.integer(12));
    event.description = row.text(13);
    event.sources = EventSourceTable::parse(row.text(14));
    event.announced = PartialDate::parse(row.text(15)).value_or(PartialDate());
    // A reason this version does not know (written by a newer one) reads as none.
    event.reason = departureReasonFromString(row.text(16));
    event.reasonNote = row.text(17);
    event.currency = row.text(18);
    event.investors = splitNames(row.text(19));
    event.acquirer = row.text(20);
    event.companyIdentifier = row.text(21);
    return event;
}

// Columns: id, company, date from, date to, event id, text.
template <typename Row> Annotation annotation(const Row &row)
{
    Annotation note;
    note.id = row.integer(0);
    note.company = row.text(1);
    note.from = PartialDate::parse(row.text(2)).value_or(PartialDate());
    note.to = PartialDate::parse(row.text(3)).value_or(PartialDate());
    note.event = row.integer(4);
    note.text = row.text(5);
    return note;
}

} // namespace eventrow
