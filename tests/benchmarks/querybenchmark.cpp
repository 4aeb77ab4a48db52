#include "querybenchmark.h"

#include "benchmarkoutput.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "syntheticdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <vector>

namespace {
using Out = BenchmarkOutput;

struct ListCase
{
    QString label;
    EventQuery query;
    QStringList options; // the same filter as tenure-cli list options
};

struct CliTimes
{
    std::vector<double> ms;
    qint64 bytes = 0; // of the table written
};

// Runs `tenure-cli --db PATH list OPTIONS` once per run, its table written to a file.
Result<CliTimes> timeCli(const QString &path, const QStringList &options, int runs)
{
    const QString out =
        QDir::tempPath() +
        QStringLiteral("/tenure-bench/list-%1.txt").arg(QCoreApplication::applicationPid());
    CliTimes times;
    for (int i = 0; i < runs; ++i) {
        QProcess cli;
        cli.setStandardOutputFile(out);
        QElapsedTimer timer;
        timer.start();
        cli.start(QueryBenchmark::cliPath(),
                  QStringList{QStringLiteral("--db"), path, QStringLiteral("list")} + options);
        const bool finished = cli.waitForFinished(-1);
        const double ms = Out::ms(timer.nsecsElapsed());
        if (!finished || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0)
            return Error{Error::Kind::Io,
                         QStringLiteral("tenure-cli list %1 failed: %2")
                             .arg(options.join(QLatin1Char(' ')),
                                  QString::fromUtf8(cli.readAllStandardError()).trimmed())};
        times.ms.push_back(ms);
        times.bytes = QFileInfo(out).size();
    }
    QFile::remove(out);
    return times;
}

QString slug(const QString &name)
{
    QString word;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            word += c.toLower();
    }
    return word;
}

ListCase companyCase(const QString &label, const QString &company)
{
    EventQuery query;
    query.companies = {company};
    return {label, query, {QStringLiteral("--company"), company}};
}

ListCase textCase(const QString &label, const QString &word)
{
    EventQuery query;
    query.text = word;
    return {label, query, {QStringLiteral("--search"), word}};
}
ListCase limitedCase(ListCase listCase, int limit)
{
    listCase.query.limit = limit;
    listCase.options << QStringLiteral("--limit") << QString::number(limit);
    return listCase;
}
} // namespace

QString QueryBenchmark::cliPath()
{
    return QStringLiteral(TENURE_CLI_PATH);
}

Status QueryBenchmark::run(const QString &path, int events)
{
    if (!QFileInfo(cliPath()).isExecutable())
        return Error{Error::Kind::Io,
                     QStringLiteral("%1 is missing: build the tenure-cli target").arg(cliPath())};
    auto opened = Database::open(path, Database::OpenMode::ReadOnly);
    if (!opened)
        return opened.error();
    EventRepository repository(**opened);
    auto sorted = SyntheticData::companiesBySize(repository);
    if (!sorted)
        return sorted.error();
    const std::vector<Company> &bySize = *sorted;
    const std::vector<ListCase> cases{
        companyCase(QStringLiteral("company_largest"), bySize.front().name),
        companyCase(QStringLiteral("company_median"), bySize[bySize.size() / 2].name),
        textCase(QStringLiteral("text_common"), QStringLiteral("ceo")),
        textCase(QStringLiteral("text_rare"), slug(bySize.back().name)),
        limitedCase(textCase(QStringLiteral("text_common_first_100"), QStringLiteral("ceo")), 100),
        // What the viewer's Events table asks for: tableLimit + 1 rows.
        limitedCase(textCase(QStringLiteral("text_common_first_10000"), QStringLiteral("ceo")),
                    10000)};

    // Starting the binary and opening the file, for a list of nothing.
    auto startup =
        timeCli(path, {QStringLiteral("--company"), QStringLiteral("No such company")}, runs + 1);
    if (!startup)
        return startup.error();
    startup->ms.erase(startup->ms.begin());
    Out::report("%d events: tenure-cli list of nothing (start, open, an empty query): median "
                "%.1f ms\n",
                events, Out::median(startup->ms));

    for (const ListCase &listCase : cases) {
        std::vector<double> queryMs;
        std::size_t matches = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto found = repository.query(listCase.query);
            queryMs.push_back(Out::ms(timer.nsecsElapsed()));
            if (!found)
                return found.error();
            matches = found->size();
        }
        auto cli = timeCli(path, listCase.options, runs + 1);
        if (!cli)
            return cli.error();
        cli->ms.erase(cli->ms.begin()); // the first warms the caches
        const double cliMs = Out::median(cli->ms);
        const double inProcessMs = Out::median(queryMs);
        Out::report("%d events: list %s: %zu events, tenure-cli %.1f ms (%.1f-%.1f; "
                    "table %lld bytes), EventRepository::query %.1f ms (%.1f-%.1f; the first "
                    "%.1f ms), the rest (start, open, table, writing, a new connection's "
                    "reads) %.1f ms\n",
                    events, qPrintable(listCase.options.join(QLatin1Char(' '))), matches, cliMs,
                    *std::min_element(cli->ms.begin(), cli->ms.end()),
                    *std::max_element(cli->ms.begin(), cli->ms.end()),
                    static_cast<long long>(cli->bytes), inProcessMs,
                    *std::min_element(queryMs.begin(), queryMs.end()),
                    *std::max_element(queryMs.begin(), queryMs.end()), queryMs.front(),
                    cliMs - inProcessMs);
        Out::line(QStringLiteral("events=%1 list=%2 matches=%3 cli_list_ms=%4 query_ms=%5")
                      .arg(events)
                      .arg(listCase.label)
                      .arg(matches)
                      .arg(cliMs, 0, 'f', 1)
                      .arg(inProcessMs, 0, 'f', 1));
    }
    return Done{};
}
