#pragma once

#include <QString>
#include <QStringList>

// What frames a chart: title, subtitle, legend and a footnote naming the sources of the events
// shown. All optional; the screen shows the legend only.
struct ChartDecorations
{
    QString title;
    QString subtitle;
    bool legend = true;
    QStringList sources; // source titles (or URLs), shortened sensibly when long
    int sourceLines = 0; // the most lines the sources take; 0: 2 under 600 px of height, else 3
};
