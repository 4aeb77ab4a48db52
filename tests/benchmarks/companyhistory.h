#pragma once

#include "model/event.h"

#include <QStringList>

#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <vector>

// One synthetic company's history, produced in date order one event at a time: CEO successions
// (some interim, some co-CEO pairs), officers, board members and researchers coming and going,
// funding rounds of growing size (a few failed or rumored) and other news. Every appointment is
// followed sooner or later by a departure or a successor, so tenure bars have both ends.
// Deterministic: the same arguments give the same events, whatever else the program does.
class CompanyHistory
{
public:
    // `eventCount` events between `foundedDay` and `lastDay` (Julian days); `seed` fixes them.
    CompanyHistory(int index, QString name, int eventCount, qint64 foundedDay, qint64 lastDay,
                   std::uint64_t seed);

    bool atEnd() const { return m_slot >= m_days.size(); }
    // The Julian day of the next event, to merge companies into one chronological stream.
    qint64 nextDay() const { return m_days[m_slot]; }
    int index() const { return m_index; }
    Event next();

private:
    // An appointment made at the next slot: the successor of someone who just left.
    struct Successor
    {
        QString role;
        int people = 1;
        bool interim = false;
    };

    std::uint64_t below(std::uint64_t bound) { return m_rng() % bound; }
    bool chance(int percent) { return int(below(100)) < percent; }
    qint64 between(qint64 low, qint64 high) { return low + qint64(below(quint64(high - low + 1))); }

    Event ceoChange();
    Event officerChange();
    Event seatChange(const QString &role, QStringList &holders, int fewest, int most);
    Event funding();
    Event news();
    Event appoint(const QString &role, const QStringList &people, bool interim);
    Event appointSuccessor(const Successor &successor);
    Event depart(const QString &role, const QStringList &people);
    // The successor, if any, is appointed at the next slot: the same day, or some time later.
    void scheduleSuccessor(const Successor &successor, bool sameDay);
    Event dated(EventType type, int dayPercent, int monthPercent);
    void addSource(Event &event);
    QString newPerson();

    int m_index;
    QString m_name;
    QString m_slug;
    std::mt19937_64 m_rng;
    std::vector<qint64> m_days;
    std::size_t m_slot = 0;
    int m_peopleMet = 0;
    int m_round = 0;
    qint64 m_valuation = 0;

    QStringList m_ceos; // one, or two co-CEOs
    bool m_ceoInterim = false;
    std::map<QString, QString> m_officers; // role -> holder
    QStringList m_board;
    QStringList m_researchers;
    std::optional<Successor> m_successor;
};
