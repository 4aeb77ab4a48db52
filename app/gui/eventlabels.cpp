#include "eventlabels.h"

QString EventLabels::type(EventType type)
{
    switch (type) {
    case EventType::Appointment:
        return tr("Appointment");
    case EventType::Departure:
        return tr("Departure");
    case EventType::Funding:
        return tr("Funding round");
    case EventType::Other:
        return tr("Other");
    }
    return {};
}

QString EventLabels::typePlural(EventType type)
{
    switch (type) {
    case EventType::Appointment:
        return tr("Appointments");
    case EventType::Departure:
        return tr("Departures");
    case EventType::Funding:
        return tr("Funding rounds");
    case EventType::Other:
        return tr("Other events");
    }
    return {};
}

QString EventLabels::status(FundingStatus status)
{
    switch (status) {
    case FundingStatus::Completed:
        return tr("Completed");
    case FundingStatus::Failed:
        return tr("Failed");
    case FundingStatus::Rumored:
        return tr("Rumored");
    }
    return {};
}

const QList<EventType> &EventLabels::allTypes()
{
    static const QList<EventType> types{EventType::Appointment, EventType::Departure,
                                        EventType::Funding, EventType::Other};
    return types;
}
