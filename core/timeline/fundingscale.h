#pragma once

#include <cmath>
#include <utility>

// A dollar scale for the funding chart: linear from 0 to a round maximum in a few equal, round
// steps (1, 2 or 5 times a power of ten), or logarithmic from one power of ten to another, so a
// $10M seed and a $4B valuation both read on one axis.
class FundingScale
{
public:
    FundingScale() = default; // empty: nothing to scale
    // The fewest round steps, at most maxIntervals, that reach `maxValue`.
    static FundingScale fitting(double maxValue, int maxIntervals);

    // Powers of ten from the one at or below half the least value to the one at or above the
    // greatest (at least one decade): the least value still shows as a bar.
    static FundingScale logarithmic(double minValue, double maxValue);

    bool isValid() const { return m_intervals > 0; }
    bool isLogarithmic() const { return m_log; }
    double step() const { return m_step; } // linear only
    int intervals() const { return m_intervals; }
    double bottom() const { return m_log ? m_bottom : 0; }
    double top() const
    {
        return m_log ? m_bottom * std::pow(10.0, m_intervals) : m_step * m_intervals;
    }
    // The value of grid line i, 0 (the baseline) to intervals().
    double tick(int i) const { return m_log ? m_bottom * std::pow(10.0, i) : m_step * i; }
    // Where `value` lies between 0 (the baseline) and 1 (the top); a value at or below the
    // bottom of a logarithmic scale lies on the baseline.
    double fraction(double value) const;

private:
    FundingScale(double step, int intervals) : m_step(step), m_intervals(intervals) {}
    static double roundStepAtLeast(double value);

    double m_step = 0;
    int m_intervals = 0;
    bool m_log = false;
    double m_bottom = 0; // logarithmic: the baseline's value
};
