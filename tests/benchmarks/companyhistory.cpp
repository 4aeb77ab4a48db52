#include "companyhistory.h"

#include <algorithm>
#include <array>
#include <numeric>

namespace {
constexpr std::array firstNames{
    "Ada",    "Alan",  "Alice", "Amara", "Ana",   "Ben",   "Bianca", "Carlos", "Chen",  "Chloe",
    "Daniel", "Dara",  "David", "Elena", "Emad",  "Emma",  "Farah",  "Felix",  "Grace", "Hana",
    "Hugo",   "Ines",  "Ivan",  "Jack",  "Jana",  "Jon",   "Julia",  "Kai",    "Kenji", "Lara",
    "Leo",    "Lina",  "Luca",  "Maya",  "Mei",   "Mira",  "Nadia",  "Noah",   "Nora",  "Omar",
    "Olga",   "Oscar", "Paula", "Pedro", "Priya", "Quinn", "Rafael", "Rosa",   "Ravi",  "Sara",
    "Sam",    "Sofia", "Tariq", "Tess",  "Tomas", "Uma",   "Victor", "Vera",   "Wei",   "Willa",
    "Xavier", "Yara",  "Yusuf", "Zoe"};
constexpr std::array lastNames{
    "Abbott",   "Adeyemi",   "Alvarez", "Andersen", "Baker",  "Banerjee",  "Becker",   "Bianchi",
    "Brennan",  "Castillo",  "Chen",    "Costa",    "Dubois", "Duarte",    "Eriksen",  "Evans",
    "Fischer",  "Fontaine",  "Garcia",  "Gupta",    "Hansen", "Hayashi",   "Hughes",   "Ibrahim",
    "Ivanova",  "Jensen",    "Johnson", "Kaur",     "Kim",    "Kowalski",  "Laforte",  "Larsen",
    "Lee",      "Lindqvist", "Lopez",   "Mahmoud",  "Martin", "Meyer",     "Moreau",   "Mostaque",
    "Murphy",   "Nakamura",  "Nguyen",  "Novak",    "Okafor", "Olsen",     "Ortiz",    "Park",
    "Patel",    "Petrov",    "Quinn",   "Rahman",   "Reyes",  "Rossi",     "Russo",    "Sato",
    "Schmidt",  "Silva",     "Singh",   "Sorensen", "Suzuki", "Tanaka",    "Thompson", "Torres",
    "Tran",     "Usman",     "Varga",   "Vasquez",  "Wagner", "Walsh",     "Wang",     "Weber",
    "Wilson",   "Wong",      "Xu",      "Yamamoto", "Yilmaz", "Young",     "Zhang",    "Zimmer",
    "Akkaraju", "Bauer",     "Cohen",   "Dietrich", "Eze",    "Fernandes", "Gallo",    "Horvat",
    "Ito",      "Jovanovic", "Keller",  "Lund",     "Mensah", "Nilsen",    "Oyelaran", "Pires"};
constexpr int nameCount = int(firstNames.size() * lastNames.size()) * 26;

struct Outlet
{
    const char *title;
    const char *host;
};
constexpr std::array outlets{Outlet{"The Ledger", "ledger.example.com"},
                             Outlet{"Market Wire", "marketwire.example.com"},
                             Outlet{"Venture Daily", "venturedaily.example.com"},
                             Outlet{"Silicon Courier", "siliconcourier.example.net"},
                             Outlet{"The Boardroom", "boardroom.example.org"},
                             Outlet{"Capital Report", "capitalreport.example.com"},
                             Outlet{"Tech Chronicle", "techchronicle.example.com"},
                             Outlet{"Business Herald", "businessherald.example.com"},
                             Outlet{"Founders Journal", "foundersjournal.example.io"},
                             Outlet{"Evening Markets", "eveningmarkets.example.com"},
                             Outlet{"Press release", "press.example.com"},
                             Outlet{"Regulatory filing", "filings.example.gov"},
                             Outlet{"Deal Street", "dealstreet.example.com"},
                             Outlet{"The Signal", "thesignal.example.net"},
                             Outlet{"Industry Weekly", "industryweekly.example.com"},
                             Outlet{"Global Finance Post", "gfpost.example.com"},
                             Outlet{"Startup Observer", "startupobserver.example.com"},
                             Outlet{"The Quarterly", "quarterly.example.org"},
                             Outlet{"Newsroom", "newsroom.example.com"},
                             Outlet{"Analyst Notes", "analystnotes.example.com"}};

constexpr std::array newsItems{"Launched a new product line",
                               "Opened an office abroad",
                               "Announced layoffs",
                               "Was sued over a patent",
                               "Acquired a smaller competitor",
                               "Published its annual report",
                               "Settled a lawsuit",
                               "Announced a strategic partnership",
                               "Disclosed a data breach",
                               "Moved its headquarters",
                               "Released an open-source model",
                               "Won a government contract",
                               "Recalled a product",
                               "Reported record revenue",
                               "Faced a regulatory inquiry",
                               "Held its first developer conference"};

// Round names in the order a company raises them; past the last, late rounds repeat.
constexpr std::array roundNames{"Pre-seed", "Seed",     "Series A", "Series B", "Series C",
                                "Series D", "Series E", "Series F", "Series G", "Series H"};
constexpr std::array lateRounds{"Growth round", "Debt financing", "Secondary sale"};
constexpr std::array<qint64, roundNames.size()> roundSizes{
    500'000,     2'000'000,   10'000'000,  30'000'000,  70'000'000,
    150'000'000, 250'000'000, 400'000'000, 600'000'000, 800'000'000};

// Officer roles held by one person at a time in practice (though only CEO is a sole role in
// the model), with how often each changes hands.
struct OfficerRole
{
    const char *name;
    int weight;
};
constexpr std::array officerRoles{OfficerRole{"CTO", 24},
                                  OfficerRole{"COO", 18},
                                  OfficerRole{"CFO", 22},
                                  OfficerRole{"President", 10},
                                  OfficerRole{"Chairman", 8},
                                  OfficerRole{"Executive chairman", 6},
                                  OfficerRole{"General Counsel", 8},
                                  OfficerRole{"Co-founder", 4}};
} // namespace

CompanyHistory::CompanyHistory(int index, QString name, int eventCount, qint64 foundedDay,
                               qint64 lastDay, std::uint64_t seed)
    : m_index(index), m_name(std::move(name)), m_rng(seed)
{
    for (const QChar c : m_name) {
        if (c.isLetterOrNumber())
            m_slug += c.toLower();
    }
    m_days.reserve(std::size_t(eventCount));
    for (int i = 0; i < eventCount; ++i)
        m_days.push_back(between(foundedDay, lastDay));
    std::sort(m_days.begin(), m_days.end());
    // The first event is the founding: the data's extent starts at the earliest founding.
    if (!m_days.empty())
        m_days.front() = foundedDay;
}

Event CompanyHistory::next()
{
    Event event;
    if (m_successor) {
        const Successor successor = *m_successor;
        m_successor.reset();
        event = appointSuccessor(successor);
    } else {
        const int pick = int(below(100));
        if (pick < 10 || (m_ceos.isEmpty() && pick < 40))
            event = ceoChange();
        else if (pick < 24)
            event = officerChange();
        else if (pick < 36)
            event = seatChange(QStringLiteral("Board member"), m_board, 3, 11);
        else if (pick < 44)
            event = seatChange(QStringLiteral("Researcher"), m_researchers, 2, 14);
        else if (pick < 71)
            event = funding();
        else
            event = news();
    }
    ++m_slot;
    return event;
}

Event CompanyHistory::ceoChange()
{
    const QString ceo = QStringLiteral("CEO");
    const QString coCeo = QStringLiteral("Co-CEO");
    if (m_ceos.isEmpty())
        return appoint(ceo, {newPerson()}, chance(10));
    if (m_ceos.size() == 2) {
        // Co-CEOs give way to a sole CEO (rule 3 ends both tenures), or leave together.
        if (chance(60))
            return appoint(ceo, {newPerson()}, false);
        scheduleSuccessor({ceo, 1, chance(25)}, chance(40));
        return depart(coCeo, m_ceos);
    }
    if (m_ceoInterim) {
        // The interim CEO is confirmed (a new, permanent tenure) or replaced.
        if (chance(50))
            return appoint(ceo, m_ceos, false);
        return appoint(ceo, {newPerson()}, false);
    }
    const int pick = int(below(100));
    if (pick < 45) {
        // Departure first; the successor the same day or later, sometimes interim or a pair.
        const bool pair = chance(15);
        scheduleSuccessor({pair ? coCeo : ceo, pair ? 2 : 1, chance(25)}, chance(30));
        return depart(ceo, m_ceos);
    }
    if (pick < 75)
        return appoint(ceo, {newPerson()}, false); // rule 3 closes the predecessor's tenure
    if (pick < 87)
        return appoint(coCeo, {newPerson(), newPerson()}, chance(30)); // rule 4
    return depart(ceo, m_ceos); // the post stays empty for a while
}

Event CompanyHistory::officerChange()
{
    int total = 0;
    for (const OfficerRole &role : officerRoles)
        total += role.weight;
    int pick = int(below(std::uint64_t(total)));
    const OfficerRole *chosen = &officerRoles.front();
    for (const OfficerRole &role : officerRoles) {
        if (pick < role.weight) {
            chosen = &role;
            break;
        }
        pick -= role.weight;
    }
    const QString role = QLatin1String(chosen->name);
    const auto holder = m_officers.find(role);
    if (holder == m_officers.end())
        return appoint(role, {newPerson()}, chance(6));
    if (chance(55))
        scheduleSuccessor({role, 1, chance(10)}, chance(35));
    const QString leaving = holder->second;
    return depart(role, {leaving});
}

Event CompanyHistory::seatChange(const QString &role, QStringList &holders, int fewest, int most)
{
    const bool grow = holders.size() < fewest || (holders.size() < most && chance(55));
    if (grow)
        return appoint(role, {newPerson()}, false);
    const QString leaving = holders.at(qsizetype(below(std::uint64_t(holders.size()))));
    return depart(role, {leaving});
}

Event CompanyHistory::funding()
{
    Event event = dated(EventType::Funding, 80, 15);
    const int stage = m_round;
    event.round = stage < int(roundNames.size())
                      ? QLatin1String(roundNames[std::size_t(stage)])
                      : QLatin1String(lateRounds[std::size_t(stage) % lateRounds.size()]);
    const qint64 base = roundSizes[std::size_t(std::min(stage, int(roundSizes.size()) - 1))];
    const qint64 amount = base / 1000 * between(500, 2000);
    const int pick = int(below(100));
    event.status = pick < 4    ? FundingStatus::Failed
                   : pick < 10 ? FundingStatus::Rumored
                               : FundingStatus::Completed;
    if (!chance(10))
        event.amountUsd = amount;
    const qint64 valuation = std::max(m_valuation, amount * between(4, 12));
    if (chance(60))
        event.valuationUsd = valuation;
    if (event.status == FundingStatus::Completed) {
        m_valuation = valuation;
        ++m_round;
    }
    event.description = QStringLiteral("%1 raises a %2 round").arg(m_name, event.round);
    addSource(event);
    return event;
}

Event CompanyHistory::news()
{
    Event event = dated(EventType::Other, 70, 20);
    event.description = QLatin1String(newsItems[below(newsItems.size())]);
    if (!m_ceos.isEmpty() && chance(15)) {
        event.people = {m_ceos.front()};
        event.role = QStringLiteral("CEO");
    }
    addSource(event);
    return event;
}

Event CompanyHistory::appoint(const QString &role, const QStringList &people, bool interim)
{
    Event event = dated(EventType::Appointment, 85, 15);
    event.people = people;
    event.role = role;
    event.interim = interim;
    event.description = QStringLiteral("%1 named %2%3")
                            .arg(people.join(QStringLiteral(" and ")),
                                 interim ? QStringLiteral("interim ") : QString(), role);
    addSource(event);

    // Mirror the model's rules closely enough that departures name people who hold the post.
    if (role == QLatin1String("CEO") || role == QLatin1String("Co-CEO")) {
        m_ceos = people;
        m_ceoInterim = interim;
    } else if (role == QLatin1String("Board member")) {
        m_board += people;
    } else if (role == QLatin1String("Researcher")) {
        m_researchers += people;
    } else {
        m_officers[role] = people.front();
    }
    return event;
}

Event CompanyHistory::appointSuccessor(const Successor &successor)
{
    QStringList people;
    for (int i = 0; i < successor.people; ++i)
        people << newPerson();
    return appoint(successor.role, people, successor.interim);
}

Event CompanyHistory::depart(const QString &role, const QStringList &people)
{
    Event event = dated(EventType::Departure, 85, 15);
    event.people = people;
    event.role = role;
    event.description =
        QStringLiteral("%1 steps down as %2").arg(people.join(QStringLiteral(" and ")), role);
    addSource(event);

    if (role == QLatin1String("CEO") || role == QLatin1String("Co-CEO")) {
        m_ceos.clear();
        m_ceoInterim = false;
    } else if (role == QLatin1String("Board member")) {
        m_board.removeAll(people.front());
    } else if (role == QLatin1String("Researcher")) {
        m_researchers.removeAll(people.front());
    } else {
        m_officers.erase(role);
    }
    return event;
}

void CompanyHistory::scheduleSuccessor(const Successor &successor, bool sameDay)
{
    if (m_slot + 1 >= m_days.size())
        return; // the history ends first: the post stays empty
    m_successor = successor;
    if (sameDay)
        m_days[m_slot + 1] = m_days[m_slot]; // still sorted: it only moves earlier
}

Event CompanyHistory::dated(EventType type, int dayPercent, int monthPercent)
{
    Event event;
    event.type = type;
    event.company = m_name;
    const QDate date = QDate::fromJulianDay(m_days[m_slot]);
    const int pick = int(below(100));
    event.date = pick < dayPercent ? PartialDate::ofDay(date.year(), date.month(), date.day())
                 : pick < dayPercent + monthPercent
                     ? PartialDate::ofMonth(date.year(), date.month())
                     : PartialDate::ofYear(date.year());
    return event;
}

void CompanyHistory::addSource(Event &event)
{
    const int pick = int(below(100));
    if (pick < 15)
        return; // no source given
    const Outlet &outlet = outlets[below(outlets.size())];
    EventSource source;
    source.url = QStringLiteral("https://%1/%2/%3-%4")
                     .arg(QLatin1String(outlet.host))
                     .arg(event.date.year())
                     .arg(m_slug)
                     .arg(m_slot);
    if (pick >= 20)
        source.title = QLatin1String(outlet.title);
    event.sources = {source};
}

QString CompanyHistory::newPerson()
{
    // Walk the name space with a stride coprime to its size, from a place of the company's own:
    // nobody is named twice in one company, and companies share some names as in life.
    std::uint64_t stride = 7919 + 2 * std::uint64_t(m_index);
    while (std::gcd(stride, std::uint64_t(nameCount)) != 1)
        stride += 2;
    const std::uint64_t start = std::uint64_t(m_index) * 104729;
    const std::uint64_t n = (start + stride * std::uint64_t(m_peopleMet++)) % nameCount;
    const std::size_t first = n % firstNames.size();
    const std::size_t last = (n / firstNames.size()) % lastNames.size();
    const char initial = char('A' + n / (firstNames.size() * lastNames.size()));
    return QStringLiteral("%1 %2. %3")
        .arg(QLatin1String(firstNames[first]), QChar::fromLatin1(initial),
             QLatin1String(lastNames[last]));
}
