#pragma once

#include "event.h"
#include "rolevocabulary.h"

#include <optional>

// A span during which a person held a role at a company. Tenures are derived from appointments
// and departures (see TenureDeriver and docs/model.md), never stored. Each end keeps its date's
// precision: a tenure that ended "2022" ended some day that year, and views draw it so.
struct Tenure
{
    enum class End {
        Open,      // still held, runs to today
        Departure, // a departure of the holder from the post
        Succeeded, // someone else was appointed to the sole post, or the holder to a new title
        Confirmed, // the interim holder was appointed to the post for good, without a gap
    };

    QString company;
    QString person;
    QString role; // the title as written on the appointment
    // The canonical role this tenure stands for (a combined title makes one tenure per role);
    // nullopt for a title the vocabulary does not know.
    std::optional<RoleVocabulary::Role> canonicalRole;
    bool interim = false;
    PartialDate start;
    std::optional<PartialDate> end; // nullopt: still open, runs to today
    End endReason = End::Open;
    EventId startEventId = 0;
    EventId endEventId = 0;

    bool isOpen() const { return !end.has_value(); }
    bool operator==(const Tenure &other) const = default;
};
