#pragma once

#include "chartstyle.h"
#include "scene.h"

#include <QFontMetricsF>
#include <QStringList>

#include <initializer_list>
#include <vector>

// Places the funding chart's value labels ("Seed $101M", "$1B valuation") beside what they
// describe: each text in turn, longest first, at each side asked for, and the first that stays
// inside the bounds and clear of every bar, marker and label so far is kept. Otherwise none is:
// the primitive's tooltip still tells.
class FundingValueLabels
{
public:
    enum class Side { Above, Right, Left, Below };
    static constexpr double gap = 3; // between a label and what it labels

    FundingValueLabels(const QRectF &bounds, const ChartStyle &style);

    // Something labels must keep clear of.
    void block(const QRectF &rect) { m_taken.push_back(rect); }
    bool place(Scene &scene, const QRectF &target, std::initializer_list<Side> sides,
               const QStringList &texts, int lane, EventId eventId);

private:
    bool isFree(const QRectF &rect) const;

    QRectF m_bounds;
    QFontMetricsF m_metrics;
    double m_height;
    std::vector<QRectF> m_taken;
};
