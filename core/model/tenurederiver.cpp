#include "tenurederiver.h"

#include "tenurekeys.h"
#include "textlanguage.h"

#include <algorithm>
#include <functional>
#include <tuple>

namespace {
using Role = RoleVocabulary::Role;
using Part = TenureKeys::Part;

constexpr std::size_t none = std::size_t(-1);
constexpr int roleCount = int(Role::Founder) + 1;

// Departures before appointments, interim before permanent, on the same first day: with the
// rules below this makes the result independent of the order events were added in.
int typeRank(const Event &event)
{
    return event.type == EventType::Departure ? 0 : 1;
}

// The events of a pending post in date order, those already applied dropped from the front.
struct Queue
{
    std::vector<std::size_t> events;
    std::size_t head = 0;
};

// Applies the rules of docs/model.md to the appointments and departures, sorted by date. A date
// is an interval: where two events of the same person and post overlap in time, their order is
// unknown, and the order that gives a consistent history is chosen (and noted).
//
// Everything compared in the loop is numbered once beforehand (TenureKeys), and each event's
// first and last days are Julian day numbers: a lane of thousands of events repeats a few
// titles and names, and folding or reading them again per event was most of the time taken.
class Derivation
{
public:
    Derivation(std::vector<Event> events, const RoleVocabulary &vocabulary);
    TenureDeriver::Outcome run();

private:
    using Pending = std::vector<Queue>; // by holder

    void sort(std::vector<Event> &events);
    void apply(std::size_t index);
    void applyDeparture(std::size_t index);
    void applyAppointment(std::size_t index);
    void succeed(std::size_t index, const Part &part);
    void open(std::size_t index, std::size_t person, const Part &part, int holder);
    void close(std::size_t tenure, std::size_t index, Tenure::End reason);
    std::optional<std::size_t> openTenure(int holder, bool interimOnly) const;
    // The holder's latest tenure, if a successor ended it before event `index`.
    std::optional<std::size_t> endedBySuccessor(int holder, std::size_t index) const;
    // An event of `pending[holder]`, not yet applied, whose date overlaps event `index`'s.
    std::optional<std::size_t> overlapping(Pending &pending, int holder, std::size_t index);
    bool overlap(std::size_t a, std::size_t b) const
    {
        return m_firstDay[a] <= m_lastDay[b] && m_firstDay[b] <= m_lastDay[a];
    }
    const QList<Part> &partsOf(std::size_t index) const { return *m_parts[index]; }
    // The holder of event `index`'s `person`-th person in its `part`-th post.
    int holderOf(std::size_t index, std::size_t person, qsizetype part) const
    {
        return m_holders[m_holderStart[index] + person * std::size_t(partsOf(index).size()) +
                         std::size_t(part)];
    }
    std::vector<std::size_t> &soleHolders(std::size_t index, Role post)
    {
        return m_openSole[std::size_t(m_company[index]) * roleCount + std::size_t(post)];
    }
    void noteReordered(std::size_t first, std::size_t second);
    // `sentence` writes the note's message in TextLanguage's language.
    void note(DerivationNote::Kind kind, const Event &event, QList<EventId> ids,
              const std::function<QString()> &sentence);

    TenureKeys m_keys;
    std::vector<Event> m_events;    // appointments and departures, sorted
    std::vector<qint64> m_firstDay; // per event: Julian days of its date's first and last days
    std::vector<qint64> m_lastDay;
    std::vector<const QList<Part> *> m_parts; // per event, owned by m_keys
    std::vector<int> m_company;               // per event
    std::vector<std::size_t> m_personStart;   // per event: its people's first index in m_people
    std::vector<int> m_people;                // per person of each event
    std::vector<std::size_t> m_holderStart;   // per event: its first index in m_holders
    std::vector<int> m_holders;               // per person and part of each event
    std::vector<bool> m_applied;
    Pending m_pendingAppointments;
    Pending m_pendingDepartures;

    std::vector<Tenure> m_tenures;
    std::vector<std::size_t> m_startIndex;   // per tenure: the sorted index of its appointment
    std::vector<std::size_t> m_endIndex;     // per tenure: the sorted index of what ended it
    std::vector<int> m_holderOfTenure;       // per tenure
    std::vector<int> m_personOfTenure;       // per tenure
    std::vector<std::size_t> m_openByHolder; // per holder: its open tenure, or none
    std::vector<bool> m_confirmed;           // per holder: whose interim tenure was confirmed
    std::vector<std::size_t> m_lastByHolder; // per holder: its latest tenure, open or not
    std::vector<std::vector<std::size_t>> m_openSole; // per company and sole post: tenures
    std::vector<DerivationNote> m_notes;
};

Derivation::Derivation(std::vector<Event> events, const RoleVocabulary &vocabulary)
    : m_keys(vocabulary)
{
    sort(events);
    const std::size_t count = m_events.size();
    m_applied.assign(count, false);
    m_parts.reserve(count);
    m_company.reserve(count);
    m_personStart.reserve(count);
    m_holderStart.reserve(count);
    qsizetype people = 0;
    for (const Event &event : m_events)
        people += event.people.size();
    m_keys.reserve(people);
    m_people.reserve(std::size_t(people));
    for (const Event &event : m_events) {
        m_parts.push_back(&m_keys.partsOf(event.role));
        m_company.push_back(m_keys.companyOf(event.company));
        m_personStart.push_back(m_people.size());
        m_holderStart.push_back(m_holders.size());
        for (const QString &person : event.people) {
            const int number = m_keys.personOf(person);
            m_people.push_back(number);
            for (const Part &part : *m_parts.back())
                m_holders.push_back(m_keys.holderOf(m_company.back(), number, part.id));
        }
    }
    m_pendingAppointments.resize(std::size_t(m_keys.holderCount()));
    m_pendingDepartures.resize(std::size_t(m_keys.holderCount()));
    for (std::size_t i = 0; i < count; ++i) {
        Pending &pending = m_events[i].type == EventType::Appointment ? m_pendingAppointments
                                                                      : m_pendingDepartures;
        for (std::size_t h = m_holderStart[i];
             h < (i + 1 < count ? m_holderStart[i + 1] : m_holders.size()); ++h)
            pending[std::size_t(m_holders[h])].events.push_back(i);
    }
    m_openByHolder.assign(std::size_t(m_keys.holderCount()), none);
    m_lastByHolder.assign(std::size_t(m_keys.holderCount()), none);
    m_confirmed.assign(std::size_t(m_keys.holderCount()), false);
    m_openSole.resize(std::size_t(m_keys.companyCount()) * roleCount);
    m_tenures.reserve(std::size_t(people));
}

// The order of events with equal dates must not depend on the order they were added in: after
// the date, the type and interim, they sort by what they say, and only identical events by id
// (which then make the same tenures). Indices are sorted, with each date's days worked out once,
// and the events moved into that order once.
void Derivation::sort(std::vector<Event> &events)
{
    struct Key
    {
        qint64 first;
        int rank;
        bool permanent;
        qint64 last;
    };
    const auto tied = [](const Key &k) { return std::tie(k.first, k.rank, k.permanent, k.last); };
    std::vector<Key> keys(events.size());
    std::vector<std::size_t> order;
    order.reserve(events.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event &e = events[i];
        if (e.type != EventType::Appointment && e.type != EventType::Departure)
            continue;
        keys[i] = {e.date.firstDay().toJulianDay(), typeRank(e), !e.interim,
                   e.date.lastDay().toJulianDay()};
        order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (tied(keys[a]) != tied(keys[b]))
            return tied(keys[a]) < tied(keys[b]);
        const Event &ea = events[a];
        const Event &eb = events[b];
        if (const int byRole = ea.role.compare(eb.role); byRole != 0)
            return byRole < 0;
        if (ea.people != eb.people)
            return ea.people < eb.people;
        return ea.id < eb.id;
    });
    m_events.reserve(order.size());
    m_firstDay.reserve(order.size());
    m_lastDay.reserve(order.size());
    for (const std::size_t i : order) {
        m_events.push_back(std::move(events[i]));
        m_firstDay.push_back(keys[i].first);
        m_lastDay.push_back(keys[i].last);
    }
}

TenureDeriver::Outcome Derivation::run()
{
    for (std::size_t i = 0; i < m_events.size(); ++i)
        apply(i);
    // Tenures in order of start, then of their appointments; events applied out of date order
    // made some later than their start.
    std::vector<std::size_t> order(m_tenures.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
        return m_startIndex[a] < m_startIndex[b];
    });
    TenureDeriver::Outcome result;
    result.tenures.reserve(order.size());
    for (const std::size_t i : order)
        result.tenures.push_back(std::move(m_tenures[i]));
    result.notes = std::move(m_notes);
    return result;
}

void Derivation::apply(std::size_t index)
{
    if (m_applied[index])
        return;
    m_applied[index] = true;
    if (m_events[index].type == EventType::Departure)
        applyDeparture(index);
    else
        applyAppointment(index);
}

std::optional<std::size_t> Derivation::openTenure(int holder, bool interimOnly) const
{
    const std::size_t found = m_openByHolder[std::size_t(holder)];
    if (found == none)
        return std::nullopt;
    if (interimOnly && !m_tenures[found].interim)
        return std::nullopt;
    return found;
}

std::optional<std::size_t> Derivation::endedBySuccessor(int holder, std::size_t index) const
{
    const std::size_t last = m_lastByHolder[std::size_t(holder)];
    if (last == none)
        return std::nullopt;
    const Tenure &t = m_tenures[last];
    const Event &departure = m_events[index];
    if (t.endReason != Tenure::End::Succeeded || (departure.interim && !t.interim) ||
        m_firstDay[m_endIndex[last]] > m_lastDay[index])
        return std::nullopt;
    return last;
}

std::optional<std::size_t> Derivation::overlapping(Pending &pending, int holder, std::size_t index)
{
    Queue &queue = pending[std::size_t(holder)];
    while (queue.head < queue.events.size() && m_applied[queue.events[queue.head]])
        ++queue.head;
    for (std::size_t i = queue.head; i < queue.events.size(); ++i) {
        const std::size_t candidate = queue.events[i];
        if (m_firstDay[candidate] > m_lastDay[index])
            break; // sorted by first day: no later one can overlap
        if (candidate != index && !m_applied[candidate] && overlap(candidate, index))
            return candidate;
    }
    return std::nullopt;
}

void Derivation::applyDeparture(std::size_t index)
{
    const Event &event = m_events[index];
    const QList<Part> &parts = partsOf(index);
    for (std::size_t p = 0; p < std::size_t(event.people.size()); ++p) {
        bool closedAny = false;
        for (qsizetype k = 0; k < parts.size(); ++k) {
            const int holder = holderOf(index, p, k);
            // An interim departure ends only an interim post; a plain one ends whichever is held
            // (data often leaves "interim" off a departure).
            auto held = openTenure(holder, event.interim);
            if (!held) {
                // The appointment it ends may be dated within the departure's interval: a
                // departure "2022" and an appointment "2022-04" of the same post.
                if (const auto appointment = overlapping(m_pendingAppointments, holder, index)) {
                    noteReordered(*appointment, index);
                    apply(*appointment);
                    held = openTenure(holder, event.interim);
                }
            }
            if (held) {
                close(*held, index, Tenure::End::Departure);
                closedAny = true;
            } else if (event.interim && m_confirmed[std::size_t(holder)]) {
                closedAny = true; // leaving an interim post already made permanent
            } else if (const auto ended = endedBySuccessor(holder, index)) {
                // The successor's appointment ended the tenure by inference; the data says
                // when the holder actually left, which wins: a handover shows as an overlap.
                close(*ended, index, Tenure::End::Departure);
                closedAny = true;
            }
        }
        if (!closedAny) {
            const QString &person = event.people[qsizetype(p)];
            note(DerivationNote::Kind::UnmatchedDeparture, event, {event.id}, [&] {
                return TextLanguage::translate(
                           "TenureDeriver",
                           "%1 left as %2 (%3), a post they are not known to hold there")
                    .arg(person.trimmed(), event.role.trimmed(), event.date.toString());
            });
        }
    }
}

void Derivation::applyAppointment(std::size_t index)
{
    const QList<Part> &parts = partsOf(index);
    for (qsizetype k = 0; k < parts.size(); ++k) {
        const Part &part = parts[k];
        succeed(index, part);
        const Event &event = m_events[index];
        for (std::size_t p = 0; p < std::size_t(event.people.size()); ++p) {
            const int holder = holderOf(index, p, k);
            auto held = openTenure(holder, false);
            if (held && m_tenures[*held].interim == event.interim) {
                // Appointed to a post already held: the tenure continues, unless a departure
                // dated within this appointment's interval ended it first (left 2023-11-17,
                // back 2023-11).
                if (const auto departure = overlapping(m_pendingDepartures, holder, index)) {
                    noteReordered(*departure, index);
                    apply(*departure);
                    held = openTenure(holder, false);
                }
                if (held)
                    continue;
            } else if (held) {
                close(*held, index,
                      m_tenures[*held].interim ? Tenure::End::Confirmed : Tenure::End::Succeeded);
            }
            open(index, p, part, holder);
        }
    }
}

// A new holder of a sole post ends the other holders' tenures: a chief executive ends every
// other chief executive's and co-chief executive's, a chair ends the other chair's. Co-chief
// executives end no one's: they may have been appointed beside the chief executive (GiveWell's
// co-executive director beside its CEO), and real data records the CEO's departure when there
// was one. Holders appointed within one date interval of each other share the post: their order
// is unknown.
void Derivation::succeed(std::size_t index, const Part &part)
{
    if (!part.role || !RoleVocabulary::isSolePost(RoleVocabulary::postOf(*part.role)))
        return;
    const Event &event = m_events[index];
    const Role post = RoleVocabulary::postOf(*part.role);
    const bool coHolder = *part.role == Role::CoChiefExecutive;
    std::vector<std::size_t> &holders = soleHolders(index, post);
    if (holders.empty())
        return;
    // Sorted, so that an appointment naming a crowd stays O(n log n) in its size.
    std::vector<int> appointed(m_people.begin() + std::ptrdiff_t(m_personStart[index]),
                               m_people.begin() + std::ptrdiff_t(m_personStart[index]) +
                                   event.people.size());
    std::sort(appointed.begin(), appointed.end());
    std::erase_if(holders, [&](std::size_t t) {
        Tenure &held = m_tenures[t];
        if (!held.isOpen())
            return true;
        const bool samePerson =
            std::binary_search(appointed.begin(), appointed.end(), m_personOfTenure[t]);
        if (samePerson) {
            // The same person under another title of the post (co-CEO, then CEO): the new title
            // takes over. Under the same title, applyAppointment decides.
            if (held.canonicalRole == part.role)
                return false;
            close(t, index, Tenure::End::Succeeded);
            return true;
        }
        if (coHolder)
            return false;
        const bool heldAsCoHolder = held.canonicalRole == Role::CoChiefExecutive;
        if (overlap(m_startIndex[t], index)) {
            if (!heldAsCoHolder)
                note(DerivationNote::Kind::OverlappingHolders, event, {held.startEventId, event.id},
                     [&] {
                         return TextLanguage::translate(
                                    "TenureDeriver",
                                    "%1 (%2) and %3 (%4) were both appointed %5 within one date "
                                    "interval; both are shown holding the post")
                             .arg(held.person, held.start.toString(),
                                  event.people.join(QStringLiteral(", ")), event.date.toString(),
                                  RoleVocabulary::displayName(post).toLower());
                     });
            return false;
        }
        close(t, index, Tenure::End::Succeeded);
        return true;
    });
}

void Derivation::open(std::size_t index, std::size_t person, const Part &part, int holder)
{
    const Event &event = m_events[index];
    Tenure t;
    t.company = event.company;
    t.person = event.people[qsizetype(person)];
    t.role = event.role;
    t.canonicalRole = part.role;
    t.interim = event.interim;
    t.start = event.date;
    t.startEventId = event.id;
    m_tenures.push_back(std::move(t));
    m_startIndex.push_back(index);
    m_endIndex.push_back(none);
    m_holderOfTenure.push_back(holder);
    m_personOfTenure.push_back(m_people[m_personStart[index] + person]);
    const std::size_t added = m_tenures.size() - 1;
    m_openByHolder[std::size_t(holder)] = added;
    m_lastByHolder[std::size_t(holder)] = added;
    if (part.role && RoleVocabulary::isSolePost(RoleVocabulary::postOf(*part.role)))
        soleHolders(index, RoleVocabulary::postOf(*part.role)).push_back(added);
}

void Derivation::close(std::size_t tenure, std::size_t index, Tenure::End reason)
{
    Tenure &t = m_tenures[tenure];
    const Event &event = m_events[index];
    t.end = event.date;
    t.endReason = reason;
    t.endEventId = event.id;
    m_endIndex[tenure] = index;
    const auto holder = std::size_t(m_holderOfTenure[tenure]);
    if (m_openByHolder[holder] == tenure)
        m_openByHolder[holder] = none;
    if (reason == Tenure::End::Confirmed)
        m_confirmed[holder] = true;
}

void Derivation::noteReordered(std::size_t first, std::size_t second)
{
    const Event &a = m_events[first];
    const Event &b = m_events[second];
    if (a.date == b.date)
        return; // a post held within one month, or left and taken again on one day: no guess
    const auto what = [](const Event &e) {
        return (e.type == EventType::Appointment
                    ? TextLanguage::translate("TenureDeriver", "the appointment %1 (%2)",
                                              "the post, the date")
                    : TextLanguage::translate("TenureDeriver", "the departure %1 (%2)",
                                              "the post, the date"))
            .arg(e.role.trimmed(), e.date.toString());
    };
    note(DerivationNote::Kind::OrderFromConsistency, a, {a.id, b.id}, [&] {
        return (a.type == EventType::Appointment
                    ? TextLanguage::translate("TenureDeriver", "%1: %2 and %3 overlap in time; the "
                                                               "appointment is taken as first")
                    : TextLanguage::translate("TenureDeriver", "%1: %2 and %3 overlap in time; the "
                                                               "departure is taken as first"))
            .arg(a.people.join(QStringLiteral(", ")), what(a), what(b));
    });
}

void Derivation::note(DerivationNote::Kind kind, const Event &event, QList<EventId> ids,
                      const std::function<QString()> &sentence)
{
    // In English as well, for machine output, which never follows the language.
    QString english;
    {
        const TextLanguage::Scope inEnglish(TextLanguage::localeFor(QStringLiteral("en")));
        english = sentence();
    }
    m_notes.push_back({kind, event.company, std::move(ids), sentence(), std::move(english)});
}
} // namespace

std::vector<Tenure> TenureDeriver::derive(std::vector<Event> events)
{
    return deriveWithNotes(std::move(events)).tenures;
}

TenureDeriver::Outcome TenureDeriver::deriveWithNotes(std::vector<Event> events,
                                                      const RoleVocabulary &vocabulary)
{
    return Derivation(std::move(events), vocabulary).run();
}
