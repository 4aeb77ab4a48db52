#pragma once

#include "event.h"
#include "partialdate.h"

#include <QString>

using AnnotationId = qint64;

// A note a user pins to a company's lane: at a date or to one of its events ("Mostaque: 'to
// pursue decentralised AI'"), or over a period, drawn as a shaded band with its text ("Failed
// raise at $4B"). Drawn on screen and in exports.
struct Annotation
{
    AnnotationId id = 0; // 0 until stored
    QString company;
    PartialDate from;  // the date, or the start of the period
    PartialDate to;    // the end of the period; invalid for a note at one date
    EventId event = 0; // the event it is pinned to, 0 for none; its date is `from`
    QString text;

    bool isPeriod() const { return to.isValid(); }
    bool operator==(const Annotation &other) const = default;

    // "2024-03-22 Stability AI: Mostaque: 'to pursue …'", for menus and the undo history.
    QString summary() const;
    // What is wrong with it, or empty: text, company and dates, a period that ends before it
    // starts.
    QString problem() const;
};
