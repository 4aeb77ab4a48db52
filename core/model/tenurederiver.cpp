#include "tenurederiver.h"

#include <QHash>
#include <QSet>
#include <QStringBuilder>

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

    // As many tenures as appointed people at most: reserved, so a crowd is not copied as it grows.
    std::size_t mostTenures = 0;
    for (const Event &event : events) {
        if (event.type == EventType::Appointment)
            mostTenures += std::size_t(event.people.size());
    }

    // Open tenures are indexed, so deriving a company with thousands of changes stays linear:
    // by company, person and role for departures and re-appointments, and by company for the
    // chief executives an appointment may succeed (only CEO and Co-CEO tenures are ever ended
    // by someone else's appointment).
    std::vector<Tenure> tenures;
    tenures.reserve(mostTenures);
    QHash<QString, std::size_t> openByHolder;
    QHash<QString, std::vector<std::size_t>> openChiefs;
    const auto norm = [](const QString &text) { return text.trimmed().toCaseFolded(); };
    const auto holderKey = [&norm](const QString &company, const QString &person,
                                   const QString &role) -> QString {
        // Built in one allocation of the exact size: there is a key per open tenure.
        return norm(company) % QChar(u'\x1f') % norm(person) % QChar(u'\x1f') % norm(role);
    };
    const auto closeAt = [&](std::size_t index, const Event &event, Tenure::End reason) {
        Tenure &t = tenures[index];
        close(t, event, reason);
        openByHolder.remove(holderKey(t.company, t.person, t.role));
    };

    for (const Event &event : events) {
        if (event.type == EventType::Departure) {
            for (const QString &person : event.people) {
                const auto held =
                    openByHolder.constFind(holderKey(event.company, person, event.role));
                if (held != openByHolder.constEnd())
                    closeAt(*held, event, Tenure::End::Departure);
            }
            continue;
        }
        if (event.type != EventType::Appointment)
            continue;

        std::vector<std::size_t> &chiefs = openChiefs[norm(event.company)];
        // Looked up, not searched: an appointment naming thousands, with thousands of chiefs in
        // office, must not compare each with each.
        QSet<QString> appointed;
        if (!chiefs.empty()) {
            for (const QString &person : event.people)
                appointed.insert(person.toCaseFolded());
        }
        std::erase_if(chiefs, [&](std::size_t index) {
            Tenure &t = tenures[index];
            if (!t.isOpen())
                return true;
            if (appointed.contains(t.person.toCaseFolded()) || !appointmentEnds(event.role, t.role))
                return false;
            closeAt(index, event, Tenure::End::Succeeded);
            return true;
        });
        for (const QString &person : event.people) {
            const QString key = holderKey(event.company, person, event.role);
            if (const auto held = openByHolder.constFind(key); held != openByHolder.constEnd()) {
                // Re-appointing to the same post only matters when it turns interim into
                // permanent (or back); otherwise the tenure simply continues.
                if (tenures[*held].interim == event.interim)
                    continue;
                closeAt(*held, event, Tenure::End::Succeeded);
            }
            Tenure t;
            t.company = event.company;
            t.person = person;
            t.role = event.role;
            t.interim = event.interim;
            t.start = event.date;
            t.startEventId = event.id;
            tenures.push_back(t);
            openByHolder.insert(key, tenures.size() - 1);
            if (isSoleRole(event.role) || isCoChief(event.role))
                openChiefs[norm(event.company)].push_back(tenures.size() - 1);
        }
    }
    return tenures;
}
