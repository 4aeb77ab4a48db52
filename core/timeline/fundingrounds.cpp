#include "fundingrounds.h"

#include "daynumber.h"
#include "fundingvaluelabels.h"
#include "model/money.h"
#include "model/textlanguage.h"

#include <algorithm>
#include <limits>

namespace {

using Side = FundingValueLabels::Side;

bool isHollow(const Event &round)
{
    return round.status != FundingStatus::Completed;
}

// What a hollow round is, in the chart's language: "failed", "rumored".
QString statusWord(const Event &round)
{
    return round.status == FundingStatus::Failed
               ? TextLanguage::translate("FundingRounds", "failed")
               : TextLanguage::translate("FundingRounds", "rumored");
}

QString tooltipOf(const Event &round)
{
    QString text = QStringLiteral("%1, %2").arg(
        round.round.isEmpty() ? TextLanguage::translate("FundingRounds", "Funding round")
                              : Event::shortened(round.round),
        round.date.toDisplayString());
    if (round.amountUsd)
        text += TextLanguage::translate("FundingRounds", ": %1 raised")
                    .arg(Money::formatShort(*round.amountUsd, round.currency));
    if (round.valuationUsd)
        text += TextLanguage::translate("FundingRounds", "%1 valued at %2")
                    .arg(round.amountUsd ? QStringLiteral(",") : QStringLiteral(":"),
                         Money::formatShort(*round.valuationUsd, round.currency));
    if (isHollow(round))
        text += QStringLiteral(" (%1)").arg(statusWord(round));
    return text;
}

// Longest first: "Seed $101M (rumored)", "Seed $101M", "$101M".
QStringList barTexts(const Event &round)
{
    const QString amount = Money::formatShort(*round.amountUsd, round.currency);
    const QString named = round.round.isEmpty()
                              ? amount
                              : QStringLiteral("%1 %2").arg(Event::shortened(round.round), amount);
    QStringList texts;
    if (isHollow(round))
        texts << QStringLiteral("%1 (%2)").arg(named, statusWord(round));
    texts << named << amount;
    texts.removeDuplicates();
    return texts;
}

QStringList valuationTexts(const Event &round)
{
    const QString value = Money::formatShort(*round.valuationUsd, round.currency);
    if (isHollow(round))
        return {TextLanguage::translate("FundingRounds", "%1 %2",
                                        "a valuation and its status: $4B failed")
                    .arg(value, statusWord(round)),
                value};
    return {TextLanguage::translate("FundingRounds", "%1 valuation").arg(value), value};
}

struct PlacedRound
{
    const Event *round = nullptr;
    double x = 0;
    QRectF bar; // null: no amount to draw
    QRectF marker;
    bool valuation = false;
};
} // namespace

void FundingRounds::layout(Scene &scene, const std::vector<const Event *> &rounds,
                           const FundingPlotArea &area, const Viewport &viewport,
                           const QColor &color, int lane, const std::vector<QRectF> &blocked,
                           const ChartStyle &style)
{
    FundingValueLabels labels(
        QRectF(area.left, area.barsTop, area.right - area.left, area.baseline - area.barsTop),
        style);
    for (const QRectF &rect : blocked)
        labels.block(rect);

    // About three weeks wide, within bounds; rounds close together stand side by side.
    const double barWidth = std::clamp(viewport.pixelsPerDay() * 21, minBarWidth, maxBarWidth);
    std::vector<PlacedRound> placed;
    double lastRight = -std::numeric_limits<double>::infinity();
    for (const Event *round : rounds) {
        PlacedRound p;
        p.round = round;
        p.x = area.left + viewport.xForDay(DayNumber::dayOf(*round));
        if (round->amountUsd && *round->amountUsd > 0 && area.amounts.isValid()) {
            const double left = std::max(p.x - barWidth / 2, lastRight + 2);
            p.x = left + barWidth / 2;
            const double top =
                std::min(area.y(area.amounts, double(*round->amountUsd)), area.baseline - 2);
            p.bar = QRectF(left, top, barWidth, area.baseline - top);
            lastRight = p.bar.right();
            SceneRect bar;
            bar.role = SceneRect::Role::FundingBar;
            bar.rect = p.bar;
            bar.color = color;
            bar.hollow = isHollow(*round);
            bar.lane = lane;
            bar.eventId = round->id;
            bar.tooltip = tooltipOf(*round);
            scene.rects.push_back(bar);
            labels.block(p.bar);
        }
        placed.push_back(p);
    }

    // Valuation points, the completed ones joined in date order; a failed or rumored valuation
    // stays a hollow point off the line, as it was never the company's value.
    QPolygonF line;
    for (PlacedRound &p : placed) {
        const Event &round = *p.round;
        SceneMarker marker;
        marker.lane = lane;
        marker.eventId = round.id;
        marker.tooltip = tooltipOf(round);
        marker.hollow = isHollow(round);
        if (round.valuationUsd && *round.valuationUsd > 0 && area.valuations.isValid()) {
            marker.shape = SceneMarker::Shape::ValuationPoint;
            marker.size = valuationMarkerSize;
            marker.center = QPointF(p.x, area.valuationY(double(*round.valuationUsd)));
            if (!marker.hollow)
                line << marker.center;
            p.valuation = true;
        } else if (p.bar.isNull()) {
            // A round of unknown size: a small mark on the baseline.
            marker.shape = SceneMarker::Shape::Funding;
            marker.size = unknownMarkerSize;
            marker.color = color;
            marker.center = QPointF(p.x, area.baseline - unknownMarkerSize / 2 - 1);
        } else {
            continue;
        }
        p.marker = marker.bounds();
        labels.block(p.marker.adjusted(-1, -1, 1, 1));
        scene.markers.push_back(marker);
    }
    if (line.size() >= 2)
        scene.valuationLines.push_back(line);

    // Labels: the bars' first, as they say the most.
    for (const PlacedRound &p : placed) {
        if (!p.bar.isNull())
            labels.place(scene, p.bar, {Side::Above}, barTexts(*p.round), lane, p.round->id);
    }
    for (const PlacedRound &p : placed) {
        // A point on its own bar is labelled beside the bar.
        QRectF target = p.marker;
        if (!p.bar.isNull() && p.marker.center().y() > p.bar.top())
            target = QRectF(p.bar.left(), p.marker.top(), p.bar.width(), p.marker.height());
        if (p.valuation)
            labels.place(scene, target, {Side::Right, Side::Left, Side::Above, Side::Below},
                         valuationTexts(*p.round), lane, p.round->id);
        else if (p.bar.isNull() && !p.round->round.isEmpty())
            labels.place(scene, p.marker, {Side::Above}, {p.round->round}, lane, p.round->id);
    }
}
