#pragma once

#include "event.h"

#include <QString>

// The one rule for when two events report the same fact, used by the importer and the editor.
// Two events are the same when their date, company, type, people, role and round are; the
// comparison of names ignores case and spaces around them (the database does too) and the order
// of the people. They are near duplicates when everything but the date is the same and one
// date lies within the other's precision ("2024-06" and "2024-06-25").
class DuplicateRule
{
public:
    enum class Likeness { Different, Same, Near };

    // Everything that must match but the date, as one string: events with different keys are
    // never alike, so a caller can group candidates by it.
    static QString key(const Event &event);
    static Likeness compare(const Event &a, const Event &b);
    // Whether two dates of the same key mark a near duplicate: different, one within the other.
    static bool datesNear(const PartialDate &a, const PartialDate &b);
};
