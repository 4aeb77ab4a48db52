#pragma once

#include "model/result.h"

#include <QString>

// What the real main window costs, with every panel, on a large database: the wait from opening
// the file to the timeline's first paint, the time from each input of the NavigationScript (wheel,
// drag, Shift+wheel, Home, sent through QTest's events) to its repaint, the CPU the whole window
// spends a step (the GUI thread, its timers and its worker threads), and the peak memory once the
// user has paged through every lane.
struct GuiFigures
{
    int events = 0;
    double openFirstPaintMs = 0;
    double frameP50Ms = 0;
    double frameP95Ms = 0;
    double cpuPerStepMs = 0;
    qint64 peakRssMb = 0;

    QString line() const;
};

class GuiBenchmark
{
public:
    // Runs in this process, which must have a QApplication (offscreen).
    static Result<GuiFigures> measure(const QString &path, int events);
    // In a child process, so the peak memory is the window's alone: its line.
    static Result<QString> run(int events);
};
