#pragma once

#include "model/event.h"
#include "scene.h"

#include <QFontMetricsF>
#include <QString>

#include <vector>

// A leadership change marked on a funding panel: a marker on a vertical rule and the people's
// names beside it.
struct FundingRuleLabel
{
    double x = 0;      // the rule's position
    QString text;      // "Emad Mostaque (CEO)"
    QString shortText; // "Emad Mostaque": tried where the whole text finds no room
    QString tooltip;
    SceneMarker::Shape shape = SceneMarker::Shape::Appointment;
    bool interim = false;
    bool prominent = false; // placed before the others: a chief executive coming or going
    EventId eventId = 0;

    // Filled by FundingRuleLabels::place.
    int row = -1;        // -1: no room for a label; the rule and its marker stay
    QString shownText;   // elided to fit
    double textLeft = 0; // the text's rectangle, horizontally
    double textWidth = 0;
};

// Stacks the labels of leadership rules into rows so that no two labels overlap and, where the
// rows allow, no rule passes through another rule's label: a rule runs down from its label's
// row, so a label should not cover a rule that starts above it, nor sit above a label whose span
// covers its own rule. Prominent labels are placed first, then the rest from left to right, each
// in the highest row with room, right of its rule or else left of it; failing that its short
// text is tried; then, in a crowd, a rule may cross a label; a label that fits nowhere is left
// out (its marker keeps the tooltip).
class FundingRuleLabels
{
public:
    static constexpr double markerGap = 3; // between a marker and its text
    static constexpr double labelGap = 8;  // between two labels in a row

    // Returns the number of rows used.
    static int place(std::vector<FundingRuleLabel> &labels, double left, double right, int maxRows,
                     double markerSize, double maxTextWidth, const QFontMetricsF &metrics);
};
