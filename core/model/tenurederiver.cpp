#include "tenurederiver.h"

#include <algorithm>

namespace {
bool sameText(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

bool isCoChief(const QString &role)
{
    return sameText(role, QStringLiteral("Co-CEO"));
}

// Appointing a CEO ends every other chief executive's tenure; appointing co-CEOs ends a sole
// CEO's tenure but not the tenures of other co-CEOs, who share the post.
bool appointmentEnds(const QString &newRole, const QString &heldRole)
{
    if (isSoleRole(newRole))
        return isSoleRole(heldRole) || isCoChief(heldRole);
    if (isCoChief(newRole))
        return isSoleRole(heldRole);
    return false;
}

void close(Tenure &tenure, const Event &event, Tenure::End reason)
{
    tenure.end = event.date;
    tenure.endReason = reason;
    tenure.endEventId = event.id;
}
} // namespace

std::vector<Tenure> TenureDeriver::derive(std::vector<Event> events)
{
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        if (a.date != b.date)
            return a.date < b.date;
        return a.id < b.id;
    });

    std::vector<Tenure> tenures;
    const auto openTenure = [&tenures](const QString &company, const QString &person,
                                       const QString &role) -> Tenure * {
        for (auto &t : tenures) {
            if (t.isOpen() && sameText(t.company, company) && sameText(t.person, person) &&
                sameText(t.role, role))
                return &t;
        }
        return nullptr;
    };

    for (const Event &event : events) {
        if (event.type == EventType::Departure) {
            for (const QString &person : event.people) {
                if (Tenure *t = openTenure(event.company, person, event.role))
                    close(*t, event, Tenure::End::Departure);
            }
            continue;
        }
        if (event.type != EventType::Appointment)
            continue;

        for (auto &t : tenures) {
            if (t.isOpen() && sameText(t.company, event.company) &&
                !event.people.contains(t.person, Qt::CaseInsensitive) &&
                appointmentEnds(event.role, t.role))
                close(t, event, Tenure::End::Succeeded);
        }
        for (const QString &person : event.people) {
            if (Tenure *held = openTenure(event.company, person, event.role)) {
                // Re-appointing to the same post only matters when it turns interim into
                // permanent (or back); otherwise the tenure simply continues.
                if (held->interim == event.interim)
                    continue;
                close(*held, event, Tenure::End::Succeeded);
            }
            Tenure t;
            t.company = event.company;
            t.person = person;
            t.role = event.role;
            t.interim = event.interim;
            t.start = event.date;
            t.startEventId = event.id;
            tenures.push_back(t);
        }
    }
    return tenures;
}
