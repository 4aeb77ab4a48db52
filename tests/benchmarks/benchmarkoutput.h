#pragma once

#include <QString>

#include <vector>

// How tenure-bench reports: one line per measurement on stdout for people and scripts to read, a
// breakdown by stage on stderr, and the clocks and statistics the figures are made with.
class BenchmarkOutput
{
public:
    // Prints one measurement's line to stdout.
    static void line(const QString &text);
    // Prints a breakdown or progress to stderr, printf-style, prefixed "tenure-bench: ".
    __attribute__((format(printf, 1, 2))) static void report(const char *format, ...);
    // Prints a failure to stderr and returns the exit status for it.
    static int fail(const QString &message);

    // CPU time of the whole process, user and system, in nanoseconds: with wall time it says how
    // much of a wait was work and how much was I/O or waiting for a core.
    static qint64 processCpuNs();
    // CPU time of this thread: on a busy machine it says what the code costs, where wall time
    // also counts the waits for a core.
    static qint64 threadCpuNs();
    static double ms(qint64 nanoseconds) { return double(nanoseconds) / 1e6; }
    // The middle value; the mean of the two middle ones for an even count.
    static double median(std::vector<double> values);
    // Nearest rank: the smallest value with at least `percent` of all at or below it.
    static double percentile(std::vector<double> values, double percent);
};
