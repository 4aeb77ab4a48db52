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
    case EventType::Acquisition:
        return tr("Acquisition");
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
    case EventType::Acquisition:
        return tr("Acquisitions");
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

QString EventLabels::reason(DepartureReason reason)
{
    switch (reason) {
    case DepartureReason::DismissedPerformance:
        return tr("Dismissed (performance)");
    case DepartureReason::DismissedMisconduct:
        return tr("Dismissed (misconduct)");
    case DepartureReason::Resigned:
        return tr("Resigned");
    case DepartureReason::Retired:
        return tr("Retired");
    case DepartureReason::Health:
        return tr("Health");
    case DepartureReason::Death:
        return tr("Death");
    case DepartureReason::NewRole:
        return tr("New role elsewhere");
    case DepartureReason::Merger:
        return tr("Merger or acquisition");
    case DepartureReason::InterimEnded:
        return tr("Interim period ended");
    case DepartureReason::Unknown:
        return tr("Unknown");
    }
    return {};
}

const QList<EventType> &EventLabels::allTypes()
{
    static const QList<EventType> types{EventType::Appointment, EventType::Departure,
                                        EventType::Funding, EventType::Acquisition,
                                        EventType::Other};
    return types;
}
