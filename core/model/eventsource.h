#pragma once

#include "partialdate.h"

#include <QString>

// Where an event was read: a page, its title, who published it and when. An event may cite
// several; any part may be unknown, but not all of them at once.
struct EventSource
{
    QString url; // empty, or http/https
    QString title;
    QString outlet; // "Axios", "Bloomberg"
    PartialDate date;

    bool isEmpty() const
    {
        return url.isEmpty() && title.isEmpty() && outlet.isEmpty() && !date.isValid();
    }
    bool operator==(const EventSource &other) const = default;
};
