#pragma once

#include "timeline/scene.h"

#include <QColor>

// The colours a Scene is painted in. Light and dark share every shape and size; only colours
// differ. A primitive with its own colour (a company's) keeps it, adjusted for contrast.
struct Theme
{
    enum class Kind { Light, Dark };
    Kind kind = Kind::Light;

    QColor background;
    QColor text;
    QColor mutedText; // axis labels, role names, footnotes
    QColor gridMajor;
    QColor gridMinor;
    QColor axis;
    QColor today;
    QColor laneBand; // every other lane
    QColor noteBand; // a period a note highlights
    QColor laneSeparator;
    QColor selection;
    QColor appointment;
    QColor departure;
    QColor funding;
    QColor other;
    QColor acquisition;
    QColor cluster;
    QColor valuation;
    QColor leadershipRule;
    QColor window; // the visible window on the overview strip

    static Theme light();
    static Theme dark();
    static Theme of(Kind kind) { return kind == Kind::Dark ? dark() : light(); }

    QColor color(SceneRect::Role role) const;
    QColor color(SceneLine::Role role) const;
    QColor color(SceneMarker::Shape shape) const;
    QColor color(TextRole role) const;

    // A primitive's own colour as painted: kept, but lightened on the dark background (or
    // darkened on the light one) when it falls short of 3:1 against the background or lane band.
    QColor contrasted(const QColor &own) const;
    // Dark or light text, whichever reads better on `fill` (a label on a tenure bar): 4.5:1 at
    // least, whatever the fill.
    QColor textOn(const QColor &fill) const;
    // `color` mixed with the background: 0 gives the background, 1 the colour itself.
    QColor tint(const QColor &color, double amount) const;
};
