#pragma once

#include "timeline/scene.h"

#include <QSizeF>
#include <QStringList>

// A chart laid out for a ChartRequest, ready to be written: its scene (in layout units, which a
// type scale makes smaller than the file), the size of the file it makes (as tall as its content
// when the request fits the height) and the full list of the sources of what it draws.
struct BuiltChart
{
    Scene scene;
    QSizeF size;         // of the file, in 96-dpi pixels
    QStringList sources; // one line a source (SourceCredits::fullList), for a file or a PDF page
    int companiesLeftOut = 0; // compare: companies not drawn (not chosen, or no room)
};
