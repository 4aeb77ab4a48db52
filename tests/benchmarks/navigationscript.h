#pragma once

#include <vector>

// A fixed sequence of the things a user does to a timeline: zoom in and out around the mouse
// (by 1.25x to 2x), pan by 100 to 600 pixels either way, scroll down a few lanes, and now and then
// fit everything again. The same every run, so frame times compare between runs.
struct NavigationStep
{
    enum class Kind { ZoomIn, ZoomOut, Pan, ScrollLanes, FitAll };
    Kind kind = Kind::Pan;
    double x = 0;      // zoom: where the mouse is, as a fraction of the plot's width
    double factor = 1; // zoom: how much (> 1)
    double dx = 0;     // pan: pixels, positive shows earlier dates
    int lanes = 0;     // scroll: lanes down
};

class NavigationScript
{
public:
    static constexpr int defaultSteps = 100;
    static std::vector<NavigationStep> steps(int count = defaultSteps);
};
