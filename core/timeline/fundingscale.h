#pragma once

#include <utility>

// A linear dollar scale from 0 to a round maximum in a few equal, round steps (1, 2 or 5
// times a power of ten), for the funding chart's amount and valuation axes.
class FundingScale
{
public:
    FundingScale() = default; // empty: nothing to scale
    // The fewest round steps, at most maxIntervals, that reach `maxValue`.
    static FundingScale fitting(double maxValue, int maxIntervals);
    // Exactly `intervals` round steps reaching `maxValue`.
    static FundingScale withIntervals(double maxValue, int intervals);
    // Two scales with the same number of steps, so they share grid lines: the count, at most
    // maxIntervals, that wastes the least height on both. A scale without values is empty.
    static std::pair<FundingScale, FundingScale> sharingGrid(double maxA, double maxB,
                                                             int maxIntervals);

    bool isValid() const { return m_intervals > 0; }
    double step() const { return m_step; }
    int intervals() const { return m_intervals; }
    double top() const { return m_step * m_intervals; }
    // Where `value` lies between 0 (the baseline) and 1 (the top).
    double fraction(double value) const { return isValid() ? value / top() : 0; }

private:
    FundingScale(double step, int intervals) : m_step(step), m_intervals(intervals) {}
    static double roundStepAtLeast(double value);

    double m_step = 0;
    int m_intervals = 0;
};
