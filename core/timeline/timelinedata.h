#pragma once

#include "model/annotation.h"
#include "model/event.h"
#include "model/tenure.h"

#include <QColor>

#include <vector>

// One company's lane as the layout needs it: its events by date and its derived tenures. The
// query step fills these; the layout only reads them.
struct LaneData
{
    QString company;
    QColor color; // always valid: the company's own or one picked for it
    std::vector<Event> events;
    std::vector<Tenure> tenures;
    std::vector<Annotation> notes; // by date
};
