#include "checkbenchmark.h"

#include "benchmarkoutput.h"
#include "benchmarkrun.h"
#include "query/datacheck.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "syntheticdata.h"

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace {
using Out = BenchmarkOutput;

// The median time DataCheck::refresh takes to derive `company` again after an edit.
Result<double> refreshMs(DataCheck &check, const QString &company)
{
    std::vector<double> times;
    for (int i = 0; i < CheckBenchmark::refreshRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (auto status = check.refresh(DataChange::ofCompanies({company})); !status)
            return status.error();
        times.push_back(Out::ms(timer.nsecsElapsed()));
    }
    return Out::median(times);
}

// The two stages of one company's refresh, as EventRepository::derivation does them: reading its
// appointments and departures, then deriving; medians of as many runs as the refresh's.
struct CompanyStages
{
    double queryMs = 0;
    double deriveMs = 0;
    std::size_t events = 0;
};

Result<CompanyStages> companyStages(Database &db, const QString &company)
{
    EventRepository repository(db);
    auto vocabulary = repository.vocabulary();
    if (!vocabulary)
        return vocabulary.error();
    EventQuery query;
    query.types = {EventType::Appointment, EventType::Departure};
    query.companies = {company};
    std::vector<double> queries, derivations;
    CompanyStages stages;
    for (int i = 0; i < CheckBenchmark::refreshRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto events = repository.query(query);
        if (!events)
            return events.error();
        queries.push_back(Out::ms(timer.nsecsElapsed()));
        stages.events = events->size();
        timer.restart();
        (void)TenureDeriver::deriveWithNotes(std::move(*events), *vocabulary);
        derivations.push_back(Out::ms(timer.nsecsElapsed()));
    }
    stages.queryMs = Out::median(queries);
    stages.deriveMs = Out::median(derivations);
    return stages;
}
} // namespace

Result<QString> CheckBenchmark::measure(const QString &path, int events)
{
    // The whole check, as DatabaseSession::startWholeCheck's worker does it.
    const qint64 cpuStart = Out::processCpuNs();
    QElapsedTimer timer;
    timer.start();
    auto worker = Database::open(path, Database::OpenMode::ReadOnly);
    if (!worker)
        return worker.error();
    const qint64 openNs = timer.nsecsElapsed();
    auto all = DataCheck::deriveAll(**worker);
    if (!all)
        return all.error();
    const qint64 allNs = timer.nsecsElapsed() - openNs;
    const qint64 allCpuNs = Out::processCpuNs() - cpuStart;
    const qint64 allPeakMb = BenchmarkRun::peakRssMb();

    // Where the whole check's time goes, each stage once more as deriveAll does it
    // (EventRepository::derivation): the appointments and departures read, then derived.
    EventRepository repository(**worker);
    timer.restart();
    auto vocabulary = repository.vocabulary();
    if (!vocabulary)
        return vocabulary.error();
    EventQuery postChanges;
    postChanges.types = {EventType::Appointment, EventType::Departure};
    auto read = repository.query(postChanges);
    if (!read)
        return read.error();
    const std::size_t eventsRead = read->size();
    const qint64 queryNs = timer.nsecsElapsed();
    timer.restart();
    const TenureDeriver::Outcome outcome =
        TenureDeriver::deriveWithNotes(std::move(*read), *vocabulary);
    const qint64 deriveNs = timer.nsecsElapsed();

    // One company after an edit, on the viewer's own connection with the whole check adopted.
    auto session = Database::open(path);
    if (!session)
        return session.error();
    DataCheck check(**session);
    check.adopt(std::move(*all));
    EventRepository sessionEvents(**session);
    auto bySize = SyntheticData::companiesBySize(sessionEvents);
    if (!bySize)
        return bySize.error();
    const Company &largest = bySize->front();
    const Company &median = (*bySize)[bySize->size() / 2];
    auto largestMs = refreshMs(check, largest.name);
    if (!largestMs)
        return largestMs.error();
    auto medianMs = refreshMs(check, median.name);
    if (!medianMs)
        return medianMs.error();
    auto stages = companyStages(**session, largest.name);
    if (!stages)
        return stages.error();

    Out::report("%d events: whole check %.1f ms (CPU %.1f ms) after opening the worker's "
                "connection %.1f ms; again by stage: reading %zu appointments and departures "
                "(EventRepository::query) %.1f ms, TenureDeriver::deriveWithNotes %.1f ms (%zu "
                "tenures, %zu notes); peak memory after the whole check %lld MiB\n",
                events, Out::ms(allNs), Out::ms(allCpuNs), Out::ms(openNs), eventsRead,
                Out::ms(queryNs), Out::ms(deriveNs), outcome.tenures.size(), outcome.notes.size(),
                static_cast<long long>(allPeakMb));
    Out::report("%d events: refresh of one company (median of %d): the largest, %s (%lld "
                "events), %.1f ms; one of median size, %s (%lld events), %.1f ms; %d tenures in "
                "all; the largest again by stage: reading its %zu appointments and departures "
                "%.1f ms, TenureDeriver::deriveWithNotes %.1f ms\n",
                events, refreshRuns, qPrintable(largest.name),
                static_cast<long long>(largest.eventCount), *largestMs, qPrintable(median.name),
                static_cast<long long>(median.eventCount), *medianMs, check.tenureCount(),
                stages->events, stages->queryMs, stages->deriveMs);
    return QStringLiteral("events=%1 check_all_ms=%2 check_one_company_ms=%3 contradictions=%4 "
                          "guesses=%5")
        .arg(events)
        .arg(Out::ms(allNs), 0, 'f', 1)
        .arg(*largestMs, 0, 'f', 1)
        .arg(check.contradictionCount())
        .arg(check.guessCount());
}
