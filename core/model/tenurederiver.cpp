#include "tenurederiver.h"

#include "textfolding.h"
#include "textlanguage.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <deque>
#include <functional>

namespace {
using Role = RoleVocabulary::Role;

// One post an event's title names: a canonical role, or a title the vocabulary does not know,
// which is then a post of its own, matched by its normalised spelling.
struct Part
{
    QString key;
    std::optional<Role> role;
};

bool overlap(const PartialDate &a, const PartialDate &b)
{
    return a.firstDay() <= b.lastDay() && b.firstDay() <= a.lastDay();
}

// Departures before appointments, interim before permanent, on the same first day: with the
// rules below this makes the result independent of the order events were added in.
int typeRank(const Event &event)
{
    return event.type == EventType::Departure ? 0 : 1;
}

// Applies the rules of docs/model.md to the appointments and departures, sorted by date. A date
// is an interval: where two events of the same person and post overlap in time, their order is
// unknown, and the order that gives a consistent history is chosen (and noted).
class Derivation
{
public:
    Derivation(std::vector<Event> events, const RoleVocabulary &vocabulary);
    TenureDeriver::Outcome run();

private:
    using Pending = QHash<QString, std::deque<std::size_t>>;

    void apply(std::size_t index);
    void applyDeparture(std::size_t index);
    void applyAppointment(std::size_t index);
    void succeed(std::size_t index, const Part &part);
    void open(std::size_t index, const QString &person, const Part &part, const QString &key);
    void close(std::size_t tenure, std::size_t index, Tenure::End reason);
    std::optional<std::size_t> openTenure(const QString &key, bool interimOnly) const;
    bool endedByConfirmation(const QString &key) const;
    // The holder's latest tenure under `key`, if a successor ended it before event `index`.
    std::optional<std::size_t> endedBySuccessor(const QString &key, std::size_t index) const;
    // An event of `pending[key]`, not yet applied, whose date overlaps event `index`'s.
    std::optional<std::size_t> overlapping(Pending &pending, const QString &key, std::size_t index);
    void noteReordered(std::size_t first, std::size_t second);
    // `sentence` writes the note's message in TextLanguage's language.
    void note(DerivationNote::Kind kind, const Event &event, QList<EventId> ids,
              const std::function<QString()> &sentence);

    QString holderKey(const Event &event, const QString &person, const Part &part) const
    {
        return TextFolding::caseless(event.company) + QChar(u'\x1f') +
               TextFolding::caseless(person) + QChar(u'\x1f') + part.key;
    }
    QString postKey(const Event &event, Role post) const
    {
        return TextFolding::caseless(event.company) + QChar(u'\x1f') + QString::number(int(post));
    }

    const RoleVocabulary &m_vocabulary;
    std::vector<Event> m_events; // appointments and departures, sorted
    std::vector<QList<Part>> m_parts;
    std::vector<bool> m_applied;
    Pending m_pendingAppointments;
    Pending m_pendingDepartures;

    std::vector<Tenure> m_tenures;
    std::vector<std::size_t> m_startIndex;      // per tenure: the sorted index of its appointment
    std::vector<QString> m_holderKeys;          // per tenure
    QHash<QString, std::size_t> m_openByHolder; // holder key -> open tenure
    QSet<QString> m_confirmed;                  // holder keys whose interim tenure was confirmed
    QHash<QString, std::size_t> m_lastByHolder; // holder key -> latest tenure, open or not
    QHash<QString, std::vector<std::size_t>> m_openSole; // company and sole post -> tenures
    std::vector<DerivationNote> m_notes;
};

Derivation::Derivation(std::vector<Event> events, const RoleVocabulary &vocabulary)
    : m_vocabulary(vocabulary)
{
    std::erase_if(events, [](const Event &e) {
        return e.type != EventType::Appointment && e.type != EventType::Departure;
    });
    // The order of events with equal dates must not depend on the order they were added in:
    // after the date, the type and interim, they sort by what they say, and only identical
    // events by id (which then make the same tenures).
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        const auto key = [](const Event &e) {
            return std::make_tuple(e.date.firstDay().toJulianDay(), typeRank(e), !e.interim,
                                   e.date.lastDay().toJulianDay());
        };
        if (key(a) != key(b))
            return key(a) < key(b);
        if (const int byRole = a.role.compare(b.role); byRole != 0)
            return byRole < 0;
        if (a.people != b.people)
            return a.people < b.people;
        return a.id < b.id;
    });
    m_events = std::move(events);
    m_applied.assign(m_events.size(), false);
    std::size_t people = 0;
    for (const Event &event : m_events)
        people += std::size_t(event.people.size());
    m_tenures.reserve(people);
    m_parts.reserve(m_events.size());
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        const Event &event = m_events[i];
        QList<Part> parts;
        for (const Role role : m_vocabulary.rolesOf(event.role))
            parts.append({QStringLiteral("r%1").arg(int(role)), role});
        if (parts.isEmpty())
            parts.append({QStringLiteral("t:") + RoleVocabulary::normalise(event.role), {}});
        m_parts.push_back(parts);
        Pending &pending =
            event.type == EventType::Appointment ? m_pendingAppointments : m_pendingDepartures;
        for (const QString &person : event.people) {
            for (const Part &part : parts)
                pending[holderKey(event, person, part)].push_back(i);
        }
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

std::optional<std::size_t> Derivation::openTenure(const QString &key, bool interimOnly) const
{
    const auto found = m_openByHolder.constFind(key);
    if (found == m_openByHolder.constEnd())
        return std::nullopt;
    if (interimOnly && !m_tenures[*found].interim)
        return std::nullopt;
    return *found;
}

bool Derivation::endedByConfirmation(const QString &key) const
{
    return m_confirmed.contains(key);
}

std::optional<std::size_t> Derivation::endedBySuccessor(const QString &key, std::size_t index) const
{
    const auto last = m_lastByHolder.constFind(key);
    if (last == m_lastByHolder.constEnd())
        return std::nullopt;
    const Tenure &t = m_tenures[*last];
    const Event &departure = m_events[index];
    if (t.endReason != Tenure::End::Succeeded || (departure.interim && !t.interim) ||
        t.end->firstDay() > departure.date.lastDay())
        return std::nullopt;
    return *last;
}

std::optional<std::size_t> Derivation::overlapping(Pending &pending, const QString &key,
                                                   std::size_t index)
{
    const auto found = pending.find(key);
    if (found == pending.end())
        return std::nullopt;
    std::deque<std::size_t> &queue = *found;
    while (!queue.empty() && m_applied[queue.front()])
        queue.pop_front();
    const PartialDate &date = m_events[index].date;
    for (const std::size_t candidate : queue) {
        const PartialDate &other = m_events[candidate].date;
        if (other.firstDay() > date.lastDay())
            break; // sorted by first day: no later one can overlap
        if (candidate != index && !m_applied[candidate] && overlap(other, date))
            return candidate;
    }
    return std::nullopt;
}

void Derivation::applyDeparture(std::size_t index)
{
    const Event &event = m_events[index];
    for (const QString &person : event.people) {
        bool closedAny = false;
        for (const Part &part : m_parts[index]) {
            const QString key = holderKey(event, person, part);
            // An interim departure ends only an interim post; a plain one ends whichever is held
            // (data often leaves "interim" off a departure).
            auto held = openTenure(key, event.interim);
            if (!held) {
                // The appointment it ends may be dated within the departure's interval: a
                // departure "2022" and an appointment "2022-04" of the same post.
                if (const auto appointment = overlapping(m_pendingAppointments, key, index)) {
                    noteReordered(*appointment, index);
                    apply(*appointment);
                    held = openTenure(key, event.interim);
                }
            }
            if (held) {
                close(*held, index, Tenure::End::Departure);
                closedAny = true;
            } else if (event.interim && endedByConfirmation(key)) {
                closedAny = true; // leaving an interim post already made permanent
            } else if (const auto ended = endedBySuccessor(key, index)) {
                // The successor's appointment ended the tenure by inference; the data says
                // when the holder actually left, which wins: a handover shows as an overlap.
                close(*ended, index, Tenure::End::Departure);
                closedAny = true;
            }
        }
        if (!closedAny)
            note(DerivationNote::Kind::UnmatchedDeparture, event, {event.id}, [&] {
                return TextLanguage::translate(
                           "TenureDeriver",
                           "%1 left as %2 (%3), a post they are not known to hold there")
                    .arg(person.trimmed(), event.role.trimmed(), event.date.toString());
            });
    }
}

void Derivation::applyAppointment(std::size_t index)
{
    for (const Part &part : m_parts[index]) {
        succeed(index, part);
        const Event &event = m_events[index];
        for (const QString &person : event.people) {
            const QString key = holderKey(event, person, part);
            auto held = openTenure(key, false);
            if (held && m_tenures[*held].interim == event.interim) {
                // Appointed to a post already held: the tenure continues, unless a departure
                // dated within this appointment's interval ended it first (left 2023-11-17,
                // back 2023-11).
                if (const auto departure = overlapping(m_pendingDepartures, key, index)) {
                    noteReordered(*departure, index);
                    apply(*departure);
                    held = openTenure(key, false);
                }
                if (held)
                    continue;
            } else if (held) {
                close(*held, index,
                      m_tenures[*held].interim ? Tenure::End::Confirmed : Tenure::End::Succeeded);
            }
            open(index, person, part, key);
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
    std::vector<std::size_t> &holders = m_openSole[postKey(event, post)];
    if (holders.empty())
        return;
    // A set, so that an appointment naming a crowd stays linear in its size.
    QSet<QString> appointed;
    appointed.reserve(event.people.size());
    for (const QString &person : event.people)
        appointed.insert(TextFolding::caseless(person));
    std::erase_if(holders, [&](std::size_t t) {
        Tenure &held = m_tenures[t];
        if (!held.isOpen())
            return true;
        const bool samePerson = appointed.contains(TextFolding::caseless(held.person));
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
        if (overlap(held.start, event.date)) {
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

void Derivation::open(std::size_t index, const QString &person, const Part &part,
                      const QString &key)
{
    const Event &event = m_events[index];
    Tenure t;
    t.company = event.company;
    t.person = person;
    t.role = event.role;
    t.canonicalRole = part.role;
    t.interim = event.interim;
    t.start = event.date;
    t.startEventId = event.id;
    m_tenures.push_back(t);
    m_startIndex.push_back(index);
    m_holderKeys.push_back(key);
    const std::size_t added = m_tenures.size() - 1;
    m_openByHolder.insert(key, added);
    m_lastByHolder.insert(key, added);
    if (part.role && RoleVocabulary::isSolePost(RoleVocabulary::postOf(*part.role)))
        m_openSole[postKey(event, RoleVocabulary::postOf(*part.role))].push_back(added);
}

void Derivation::close(std::size_t tenure, std::size_t index, Tenure::End reason)
{
    Tenure &t = m_tenures[tenure];
    const Event &event = m_events[index];
    t.end = event.date;
    t.endReason = reason;
    t.endEventId = event.id;
    const QString &key = m_holderKeys[tenure];
    if (m_openByHolder.value(key, std::size_t(-1)) == tenure)
        m_openByHolder.remove(key);
    if (reason == Tenure::End::Confirmed)
        m_confirmed.insert(key);
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
