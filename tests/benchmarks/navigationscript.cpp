#include "navigationscript.h"

#include <random>

std::vector<NavigationStep> NavigationScript::steps(int count)
{
    std::mt19937_64 rng(0x5343524950543031); // "SCRIPT01"
    const auto unit = [&rng]() { return double(rng() >> 11) * 0x1.0p-53; };
    std::vector<NavigationStep> steps;
    // Zooms in outnumber zooms out early on and the reverse later, so the script visits decades,
    // years and weeks; fits at fixed places reset it.
    int depth = 0; // zooms in minus zooms out since the last fit
    for (int i = 0; i < count; ++i) {
        NavigationStep step;
        const int pick = int(rng() % 100);
        if (i % 25 == 24) {
            step.kind = NavigationStep::Kind::FitAll;
            depth = 0;
        } else if (pick < 40) {
            step.kind = depth < 10 ? NavigationStep::Kind::ZoomIn : NavigationStep::Kind::ZoomOut;
        } else if (pick < 55) {
            step.kind = depth > 0 ? NavigationStep::Kind::ZoomOut : NavigationStep::Kind::ZoomIn;
        } else if (pick < 88) {
            step.kind = NavigationStep::Kind::Pan;
        } else {
            step.kind = NavigationStep::Kind::ScrollLanes;
        }
        switch (step.kind) {
        case NavigationStep::Kind::ZoomIn:
        case NavigationStep::Kind::ZoomOut:
            step.x = 0.05 + 0.9 * unit();
            step.factor = 1.25 + 0.75 * unit();
            depth += step.kind == NavigationStep::Kind::ZoomIn ? 1 : -1;
            break;
        case NavigationStep::Kind::Pan:
            step.dx = (100 + 500 * unit()) * (rng() % 2 ? 1 : -1);
            break;
        case NavigationStep::Kind::ScrollLanes:
            step.lanes = 1 + int(rng() % 4);
            break;
        case NavigationStep::Kind::FitAll:
            break;
        }
        steps.push_back(step);
    }
    return steps;
}
