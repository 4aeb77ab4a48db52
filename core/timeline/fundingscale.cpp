#include "fundingscale.h"

#include <algorithm>
#include <cmath>

double FundingScale::roundStepAtLeast(double value)
{
    if (value <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (const double mantissa : {1.0, 2.0, 5.0, 10.0}) {
        // A little tolerance, so 100M over 5 steps is 20M and not 50M.
        if (mantissa * power >= value * (1 - 1e-9))
            return mantissa * power;
    }
    return 10 * power;
}

FundingScale FundingScale::fitting(double maxValue, int maxIntervals)
{
    if (maxValue <= 0 || maxIntervals < 1)
        return {};
    const double step = roundStepAtLeast(maxValue / maxIntervals);
    const int intervals = std::max(1, int(std::ceil(maxValue / step - 1e-9)));
    return {step, intervals};
}

FundingScale FundingScale::logarithmic(double minValue, double maxValue)
{
    if (maxValue <= 0)
        return {};
    minValue = minValue > 0 ? std::min(minValue, maxValue) : maxValue;
    // The bottom at most half the least value, so its bar stands at least a third of a decade
    // tall; a little tolerance, so $100M is on the $100M line and not a decade below it.
    const double low = std::floor(std::log10(minValue / 2) + 1e-9);
    const double high = std::max(low + 1, std::ceil(std::log10(maxValue) - 1e-9));
    FundingScale scale(0, int(high - low));
    scale.m_log = true;
    scale.m_bottom = std::pow(10.0, low);
    return scale;
}

double FundingScale::fraction(double value) const
{
    if (!isValid())
        return 0;
    if (!m_log)
        return value / top();
    if (value <= m_bottom)
        return 0;
    return std::log10(value / m_bottom) / m_intervals;
}
