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

FundingScale FundingScale::withIntervals(double maxValue, int intervals)
{
    if (maxValue <= 0 || intervals < 1)
        return {};
    return {roundStepAtLeast(maxValue / intervals), intervals};
}

std::pair<FundingScale, FundingScale> FundingScale::sharingGrid(double maxA, double maxB,
                                                                int maxIntervals)
{
    if (maxA <= 0 || maxB <= 0)
        return {fitting(maxA, maxIntervals), fitting(maxB, maxIntervals)};
    std::pair<FundingScale, FundingScale> best;
    double leastWaste = 3;
    for (int n = std::min(2, maxIntervals); n <= maxIntervals; ++n) {
        const FundingScale a = withIntervals(maxA, n), b = withIntervals(maxB, n);
        const double waste = (1 - maxA / a.top()) + (1 - maxB / b.top());
        if (waste <= leastWaste + 1e-9) { // ties: more steps, more grid lines to read by
            leastWaste = waste;
            best = {a, b};
        }
    }
    return best;
}
