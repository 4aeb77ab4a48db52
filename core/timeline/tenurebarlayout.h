#pragma once

#include "chartfonts.h"
#include "lanelayout.h"
#include "scene.h"
#include "timelinedata.h"
#include "viewport.h"

#include <QStringList>

// Puts one lane's tenure bars into a scene, in the rows LaneLayout gave them: the part of each
// bar in view, in the lane's colour, with a tooltip and the person's name — inside where it fits,
// else beside the bar where its row is free, then in a shorter form ("S. S. Wong"), and cut short
// only when none of these is possible. A start or end known only to the month or year fades over
// the interval its date stands for.
class TenureBarLayout
{
public:
    TenureBarLayout(const Viewport &viewport, QRectF plot, QDate today, EventId selected,
                    const ChartStyle &style, const ChartFonts &fonts);

    void place(Scene &scene, const LaneData &lane, const LaneLayout &layout, int laneIndex,
               double laneTop) const;

    // "Emad Mostaque — CEO, 2019 – March 2024"
    static QString tooltip(const Tenure &tenure);
    // The shorter forms a name takes on a bar too short for it, longest first: "S. S. Wong",
    // "Wong". None for a name of one word.
    static QStringList shortForms(const QString &name);

    // A tenure in Julian days: it may have begun from `start`, surely held the post from
    // `solidFrom` to `solidTo`, and may have lasted to `end` (exclusive). An end or start known
    // to the day has no uncertain part; an open tenure ends `today`.
    struct DaySpan
    {
        double start = 0, solidFrom = 0, solidTo = 0, end = 0;
    };
    static DaySpan daySpanOf(const Tenure &tenure, double today);
    // Bars following each other in a row (`rows`, as LaneLayout gave them) whose uncertain end
    // and start overlap meet in the middle of the overlap.
    static void shareBoundaries(std::vector<DaySpan> &spans, const std::vector<int> &rows);
    // Where a bar is drawn solid: its rectangle less its fades.
    static QRectF solidPart(const SceneRect &bar);

private:
    struct PlacedBar
    {
        const Tenure *tenure;
        QRectF rect;
        QRectF solid;
        int row;
    };
    // The name of `placed`'s person: inside its bar, or in the row's free space between
    // `freeLeft` and `freeRight` beside it, or cut short inside.
    // Returns where the name ends on the right (its bar's left when there is none).
    double placeLabel(Scene &scene, const PlacedBar &placed, double freeLeft, double freeRight,
                      int laneIndex) const;

    Viewport m_viewport;
    QRectF m_plot;
    double m_todayX; // where open tenures end, in the viewport
    EventId m_selected;
    const ChartStyle &m_style;
    const ChartFonts &m_fonts;
};
