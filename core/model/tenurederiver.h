#pragma once

#include "event.h"
#include "tenure.h"

#include <vector>

// Derives tenures from appointment and departure events, following the rules in docs/model.md.
// A pure function: same events in, same tenures out, in order of start then appointment.
class TenureDeriver
{
public:
    static std::vector<Tenure> derive(std::vector<Event> events);
};
