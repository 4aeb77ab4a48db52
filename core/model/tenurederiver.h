#pragma once

#include "derivationnote.h"
#include "event.h"
#include "rolevocabulary.h"
#include "tenure.h"

#include <vector>

// Derives tenures from appointment and departure events, following the rules in docs/model.md.
// A pure function: the same events in, in any order, give the same tenures out, sorted by start;
// O(n log n) in the number of events.
class TenureDeriver
{
public:
    struct Outcome
    {
        std::vector<Tenure> tenures;
        std::vector<DerivationNote> notes;
    };

    static std::vector<Tenure> derive(std::vector<Event> events);
    static Outcome deriveWithNotes(std::vector<Event> events,
                                   const RoleVocabulary &vocabulary = RoleVocabulary::builtIn());
};
