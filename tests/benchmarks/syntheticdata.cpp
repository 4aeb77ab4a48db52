#include "syntheticdata.h"

#include "companyhistory.h"
#include "store/database.h"
#include "store/eventrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <queue>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <memory>
#include <random>

namespace {
constexpr std::uint64_t seed = 0x54454e5542454e43; // "TENUBENC"

constexpr std::array namePrefixes{
    "Acme",     "Aether",   "Altair",   "Amber",    "Apex",    "Arbor",    "Atlas",  "Aurora",
    "Beacon",   "Blue Fin", "Bright",   "Cascade",  "Cedar",   "Cobalt",   "Comet",  "Copper",
    "Crescent", "Delta",    "Ember",    "Falcon",   "Fjord",   "Granite",  "Harbor", "Helix",
    "Horizon",  "Indigo",   "Juniper",  "Keystone", "Lumen",   "Meridian", "Nimbus", "Northwind",
    "Onyx",     "Orbit",    "Pinnacle", "Quartz",   "Redwood", "Sierra",   "Summit", "Vertex"};
constexpr std::array nameSuffixes{"AI",       "Analytics", "Bio",          "Capital",  "Cloud",
                                  "Dynamics", "Energy",    "Foods",        "Health",   "Holdings",
                                  "Labs",     "Logistics", "Media",        "Motors",   "Networks",
                                  "Pharma",   "Robotics",  "Security",     "Software", "Space",
                                  "Systems",  "Telecom",   "Therapeutics", "Ventures", "Works"};
static_assert(namePrefixes.size() * nameSuffixes.size() == SyntheticData::companyCount);

// A fixed permutation of 0..n-1 (Fisher-Yates on our own generator, not std::shuffle, whose
// algorithm the standard leaves open).
std::vector<int> permutation(int n, std::mt19937_64 &rng)
{
    auto order = std::vector<int>(std::size_t(n));
    for (int i = 0; i < n; ++i)
        order[std::size_t(i)] = i;
    for (int i = n - 1; i > 0; --i)
        std::swap(order[std::size_t(i)], order[rng() % std::uint64_t(i + 1)]);
    return order;
}

// Company sizes follow a gentle power law: the largest has about fifteen times the events of
// the smallest. Sizes are dealt out in a shuffled order so big and small companies mix by name.
std::vector<int> eventCounts(int events, std::mt19937_64 &rng)
{
    const int n = SyntheticData::companyCount;
    const std::vector<int> rank = permutation(n, rng);
    auto weight = std::vector<double>(std::size_t(n));
    double total = 0;
    for (int i = 0; i < n; ++i) {
        weight[std::size_t(i)] = 1 / std::pow(rank[std::size_t(i)] + 20.0, 0.7);
        total += weight[std::size_t(i)];
    }
    auto counts = std::vector<int>(std::size_t(n));
    int dealt = 0;
    for (int i = 0; i < n; ++i) {
        counts[std::size_t(i)] = std::max(1, int(events * weight[std::size_t(i)] / total));
        dealt += counts[std::size_t(i)];
    }
    // The rounding remainder, one event each, to the companies in rank order.
    for (int i = 0; dealt != events; i = (i + 1) % n) {
        int &count = counts[std::size_t(rank[std::size_t(i)])];
        if (dealt < events) {
            ++count;
            ++dealt;
        } else if (count > 1) {
            --count;
            --dealt;
        }
    }
    return counts;
}

void progress(int events, qint64 written, const QElapsedTimer &timer)
{
    std::fprintf(stderr, "tenure-bench: generating %d events: %lld written (%d%%), %.1f s\n",
                 events, static_cast<long long>(written), int(written * 100 / events),
                 double(timer.elapsed()) / 1000);
    std::fflush(stderr);
}

// Partial files of runs that were killed: their process is gone.
void removeAbandoned(const QString &cache)
{
    const QFileInfo info(cache);
    QDir dir = info.dir();
    const QStringList partials =
        dir.entryList({info.fileName() + QStringLiteral(".partial-*")}, QDir::Files);
    for (const QString &name : partials) {
        const QString pid =
            name.section(QStringLiteral(".partial-"), 1).section(QLatin1Char('-'), 0, 0);
        if (!QFileInfo::exists(QStringLiteral("/proc/") + pid))
            dir.remove(name);
    }
}
} // namespace

QString SyntheticData::cachePath(int events)
{
    // The schema's version too: a file of an older one would be upgraded on first use.
    return QDir::tempPath() + QStringLiteral("/tenure-bench/events-%1-v%2-schema%3.sqlite")
                                  .arg(events)
                                  .arg(version)
                                  .arg(Database::currentSchemaVersion);
}

Result<QString> SyntheticData::ensure(int events)
{
    const QString cache = cachePath(events);
    if (QFileInfo::exists(cache))
        return cache;
    if (!QDir().mkpath(QFileInfo(cache).path()))
        return Error{Error::Kind::Io,
                     QStringLiteral("cannot create %1").arg(QFileInfo(cache).path())};
    removeAbandoned(cache);
    const QString partial =
        cache + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
    const auto removePartial = [&partial]() {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(partial + QLatin1String(suffix));
    };
    removePartial();
    if (auto status = generate(events, partial); !status) {
        removePartial();
        return status.error();
    }
    // Another run may have finished the same cache meanwhile; theirs is as good as ours.
    if (!QFile::rename(partial, cache) && !QFileInfo::exists(cache)) {
        removePartial();
        return Error{Error::Kind::Io, QStringLiteral("cannot rename %1 to %2").arg(partial, cache)};
    }
    removePartial();
    return cache;
}

Status SyntheticData::generate(int events, const QString &path)
{
    auto opened = Database::open(path, Database::OpenMode::CreateNew);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(*opened);
    EventRepository repository(*db);

    std::mt19937_64 rng(seed);
    const std::vector<int> counts = eventCounts(events, rng);
    const std::vector<int> nameOrder = permutation(companyCount, rng);
    const qint64 first = firstDay().toJulianDay();
    const qint64 last = lastDay().toJulianDay();
    // Founding days lean late, as more companies exist each decade; the first company is there
    // from the start, and every company has at least seven years of history.
    const qint64 latestFounding = last - 7 * 365;
    std::vector<CompanyHistory> companies;
    companies.reserve(std::size_t(companyCount));
    for (int i = 0; i < companyCount; ++i) {
        const double u = double(rng() >> 11) * 0x1.0p-53;
        const qint64 founded =
            i == 0 ? first : first + qint64(std::pow(u, 0.8) * double(latestFounding - first));
        const int name = nameOrder[std::size_t(i)];
        const QString company = QStringLiteral("%1 %2").arg(
            QLatin1String(namePrefixes[std::size_t(name) % namePrefixes.size()]),
            QLatin1String(nameSuffixes[std::size_t(name) / namePrefixes.size()]));
        companies.emplace_back(i, company, counts[std::size_t(i)], founded, last, rng());
    }

    // Companies' histories merged into one chronological stream, as a user adding events over
    // the years would have written them: a company's events are spread across the file.
    using Next = std::pair<qint64, int>; // day, company
    std::priority_queue<Next, std::vector<Next>, std::greater<>> queue;
    for (const CompanyHistory &company : companies) {
        if (!company.atEnd())
            queue.emplace(company.nextDay(), company.index());
    }
    QElapsedTimer timer;
    timer.start();
    std::vector<Event> batch;
    batch.reserve(std::size_t(batchSize));
    qint64 written = 0;
    qint64 reported = 0;
    while (!queue.empty()) {
        CompanyHistory &company = companies[std::size_t(queue.top().second)];
        queue.pop();
        batch.push_back(company.next());
        if (!company.atEnd())
            queue.emplace(company.nextDay(), company.index());
        if (int(batch.size()) == batchSize || queue.empty()) {
            auto ids = repository.addAll(batch);
            if (!ids)
                return ids.error();
            written += qint64(batch.size());
            batch.clear();
            if (written - reported >= events / 10 || written == events) {
                progress(events, written, timer);
                reported = written;
            }
        }
    }
    // Fold the write-ahead log into the file, so the cache is one self-contained file.
    return db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

Result<std::vector<Company>> SyntheticData::companiesBySize(EventRepository &events)
{
    auto companies = events.companies();
    if (!companies)
        return companies.error();
    if (companies->empty())
        return Error{Error::Kind::InvalidData,
                     QStringLiteral("%1 has no events").arg(events.database().path())};
    std::vector<Company> bySize = std::move(*companies);
    std::stable_sort(bySize.begin(), bySize.end(), [](const Company &a, const Company &b) {
        return a.eventCount > b.eventCount;
    });
    return bySize;
}
