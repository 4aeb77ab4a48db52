#pragma once

#include "event.h"

#include <optional>

// A span during which a person held a role at a company. Tenures are derived from appointments
// and departures (see TenureDeriver and docs/model.md), never stored.
struct Tenure
{
    enum class End { Open, Departure, Succeeded };

    QString company;
    QString person;
    QString role;
    bool interim = false;
    PartialDate start;
    std::optional<PartialDate> end; // nullopt: still open, runs to today
    End endReason = End::Open;
    EventId startEventId = 0;
    EventId endEventId = 0;

    bool isOpen() const { return !end.has_value(); }
    bool operator==(const Tenure &other) const = default;
};
