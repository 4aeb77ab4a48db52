#pragma once

#include "model/result.h"

#include <QString>

// Times `tenure-cli list` with a company or a text filter, as issue #10 asks (under 100 ms at
// 1M events): end to end, the real binary started, its database opened, queried and the table
// written, which is what a user waits for; and the query alone in this process
// (EventRepository::query, which listcommand.cpp calls). Four filters: the largest company and
// one of median size, a common word ("ceo") and a rare one (the smallest company's name as its
// source URLs spell it). One line each:
//   events=N list=company_largest matches=M cli_list_ms=X query_ms=Y
class QueryBenchmark
{
public:
    static constexpr int runs = 5; // of each, after one to warm up; the median is reported

    // The tenure-cli built with this benchmark.
    static QString cliPath();
    static Status run(const QString &path, int events);
};
