#pragma once

#include "event.h"

#include <QList>
#include <QString>

// Something the derivation of tenures had to guess or could not resolve, with the events
// involved, for `tenure-cli check` and the viewer's warnings: nothing is dropped silently.
struct DerivationNote
{
    enum class Kind {
        // Guesses: the data allows them, the derivation chose the consistent reading.
        OrderFromConsistency, // two events' dates overlap; taken in the order that makes sense
        // Contradictions of the data itself.
        UnmatchedDeparture, // a departure from a post the person is not known to hold
        OverlappingHolders, // two holders of a sole post appointed within one date interval
    };

    Kind kind = Kind::UnmatchedDeparture;
    QString company;
    QList<EventId> events;
    QString message;        // a sentence naming the people, post and dates, for people to read
    QString englishMessage; // the same sentence in English, for machine output (JSON)

    bool isContradiction() const { return kind != Kind::OrderFromConsistency; }
    bool operator==(const DerivationNote &other) const = default;
};
