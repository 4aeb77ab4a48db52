#include "axislayout.h"

#include "model/textlanguage.h"

#include <cmath>

namespace {

void placeTier(Scene &scene, const AxisTier &tier, TextRole role, double tierTop, double tierHeight,
               QRectF plot, const ChartFonts &fonts, const AxisTier *major, bool labelled = true)
{
    const double textTop = tierTop + (tierHeight - fonts.height(role)) / 2;
    std::size_t majorIndex = 0;
    for (const AxisTick &tick : tier.ticks) {
        if (labelled && !tick.label.isEmpty()) {
            SceneText text;
            text.role = role;
            text.rect = tick.labelRect.translated(plot.left(), textTop);
            text.text = tick.label;
            text.alignment = SceneText::LeftMiddle;
            scene.texts.push_back(std::move(text));
        }
        if (tick.x < 0 || tick.x > plot.width())
            continue;
        // A minor tick where a major one stands draws no second line. Both lists are by date.
        if (major) {
            while (majorIndex < major->ticks.size() && major->ticks[majorIndex].day < tick.day)
                ++majorIndex;
            if (majorIndex < major->ticks.size() && major->ticks[majorIndex].day == tick.day)
                continue;
        }
        const double x = plot.left() + tick.x;
        scene.lines.push_back({major ? SceneLine::Role::GridMinor : SceneLine::Role::GridMajor,
                               QLineF(x, tierTop, x, plot.bottom()), QColor()});
    }
}
} // namespace

void AxisLayout::place(Scene &scene, const AxisTicks &ticks, const Viewport &viewport, QRectF plot,
                       QDate today, const ChartStyle &style, const ChartFonts &fonts)
{
    const double axisTop = plot.top() - style.axisHeight;
    const double tierHeight = style.axisHeight / 2;
    // Over years, a row of decades says nothing the years do not: the years take the top row and
    // the decades keep only their stronger lines.
    const bool yearsLabelled = ticks.minor.step && ticks.minor.step->unit == TickStep::Unit::Year;
    if (ticks.major.step && yearsLabelled) {
        placeTier(scene, ticks.major, TextRole::AxisMajor, axisTop, tierHeight, plot, fonts,
                  nullptr, false);
        placeTier(scene, ticks.minor, TextRole::AxisMinor, axisTop, tierHeight, plot, fonts,
                  &ticks.major);
    } else if (ticks.major.step) {
        placeTier(scene, ticks.major, TextRole::AxisMajor, axisTop, tierHeight, plot, fonts,
                  nullptr);
        placeTier(scene, ticks.minor, TextRole::AxisMinor, axisTop + tierHeight, tierHeight, plot,
                  fonts, &ticks.major);
    } else {
        // The coarsest zoom has one tier: it gets the major tier's place and lines.
        placeTier(scene, ticks.minor, TextRole::AxisMinor, axisTop, tierHeight, plot, fonts,
                  nullptr);
    }
    scene.lines.push_back({SceneLine::Role::Axis, QLineF(plot.topLeft(), plot.topRight()), {}});

    if (!today.isValid())
        return;
    const double x = viewport.xForDate(today);
    if (x < 0 || x > plot.width())
        return;
    const double lineX = plot.left() + x;
    scene.lines.push_back(
        {SceneLine::Role::Today, QLineF(lineX, axisTop, lineX, plot.bottom()), QColor()});
    // The label sits at the foot of the line, on the side with room.
    const QString label = TextLanguage::translate("TimelineLayout", "Today");
    const double width = std::ceil(fonts.width(label, TextRole::AxisMinor));
    const double height = fonts.height(TextRole::AxisMinor);
    double left = lineX + 3;
    if (left + width > plot.right())
        left = lineX - 3 - width;
    if (left < plot.left() || height + 4 > plot.height())
        return;
    SceneText text;
    text.role = TextRole::AxisMinor;
    text.rect = QRectF(left, plot.bottom() - height - 2, width, height);
    text.text = label;
    text.alignment = SceneText::LeftMiddle;
    scene.texts.push_back(std::move(text));
}
