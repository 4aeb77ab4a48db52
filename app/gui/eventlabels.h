#pragma once

#include "model/departurereason.h"
#include "model/eventtype.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The words the GUI shows for event types and funding states, translated in one place so the
// table, the details and the filters agree.
class EventLabels
{
    Q_DECLARE_TR_FUNCTIONS(EventLabels)
public:
    static QString type(EventType type);       // "Funding round"
    static QString typePlural(EventType type); // "Funding rounds", for filters
    static QString status(FundingStatus status);
    static QString reason(DepartureReason reason); // "Dismissed (performance)"
    static const QList<EventType> &allTypes();
};
