#include "fundingrulelabels.h"

#include "chartfonts.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace {
struct Span
{
    double left = 0, right = 0;
    bool covers(double x, double slack) const { return x >= left - slack && x <= right + slack; }
    bool overlaps(const Span &other, double gap) const
    {
        return left < other.right + gap && other.left < right + gap;
    }
};

struct PlacedLabel
{
    double x = 0;
    int row = 0;
    Span span;
};

// Whether a label at `x` spanning `span` may go in `row`, given those placed so far. Labels
// never overlap; unless `crossing` is allowed, no rule passes through a label either.
bool allowed(double x, const Span &span, int row, const std::vector<PlacedLabel> &placed,
             bool crossing)
{
    constexpr double ruleSlack = 3;
    for (const PlacedLabel &p : placed) {
        const bool sameRule = std::abs(p.x - x) < 0.5;
        if (p.row == row && span.overlaps(p.span, FundingRuleLabels::labelGap))
            return false;
        if (crossing)
            continue;
        if (!sameRule && p.row < row && span.covers(p.x, ruleSlack))
            return false;
        if (!sameRule && p.row > row && p.span.covers(x, ruleSlack))
            return false;
    }
    return true;
}
// Whether a label at `x` could go anywhere at all: the narrowest text (one pixel) beside its
// marker, rules allowed to cross it. A wider text's spans contain these, so where this finds no
// row none of the label's texts could take one, and it is not measured.
bool anyRoom(double x, double half, double roomLeft, double roomRight, int maxRows,
             const std::vector<PlacedLabel> &placed)
{
    constexpr double narrowest = 1;
    const Span right{x - half, x + half + FundingRuleLabels::markerGap + narrowest};
    const Span left{x - half - FundingRuleLabels::markerGap - narrowest, x + half};
    for (int row = 0; row < maxRows; ++row) {
        if ((narrowest <= roomRight && allowed(x, right, row, placed, true)) ||
            (narrowest <= roomLeft && allowed(x, left, row, placed, true)))
            return true;
    }
    return false;
}
} // namespace

int FundingRuleLabels::place(std::vector<FundingRuleLabel> &labels, double left, double right,
                             int maxRows, double markerSize, double maxTextWidth,
                             const QFontMetricsF &metrics)
{
    std::vector<size_t> order(labels.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (labels[a].prominent != labels[b].prominent)
            return labels[a].prominent;
        return labels[a].x < labels[b].x;
    });

    const double half = markerSize / 2;
    std::vector<PlacedLabel> placed;
    int rowsUsed = 0;
    for (const size_t index : order) {
        FundingRuleLabel &label = labels[index];
        label.row = -1;
        const double x = label.x;
        // Room on either side of the rule, within the plot.
        const double roomRight = right - (x + half + markerGap) - 1;
        const double roomLeft = (x - half - markerGap) - left - 1;
        const double room = std::min(maxTextWidth, std::max(roomRight, roomLeft));
        if (maxRows < 1 || room < 24)
            continue;
        if (!anyRoom(x, half, roomLeft, roomRight, maxRows, placed))
            continue;
        // Rather a shorter label than a rule through one; rather that than no label at all.
        // Each text is measured once, and only if it is tried: shaping is the dear part.
        std::optional<std::pair<QString, double>> measured[2];
        const auto measure = [&](int which) -> const std::pair<QString, double> & {
            if (!measured[which]) {
                const QString &candidate = which == 0 ? label.text : label.shortText;
                QString text =
                    metrics.elidedText(ChartFonts::showable(candidate, room), Qt::ElideRight, room);
                const double width = std::ceil(metrics.horizontalAdvance(text)) + 1;
                measured[which].emplace(std::move(text), width);
            }
            return *measured[which];
        };
        const std::pair<int, bool> attempts[] = {{0, false}, {1, false}, {0, true}, {1, true}};
        for (const auto &[which, crossing] : attempts) {
            if ((which == 0 ? label.text : label.shortText).isEmpty() || label.row >= 0)
                continue;
            const auto &[text, width] = measure(which);
            const Span right{x - half, x + half + markerGap + width};
            const Span left{x - half - markerGap - width, x + half};
            for (int row = 0; row < maxRows && label.row < 0; ++row) {
                for (const bool leftOfRule : {false, true}) {
                    const Span &span = leftOfRule ? left : right;
                    if (width > (leftOfRule ? roomLeft : roomRight) ||
                        !allowed(x, span, row, placed, crossing))
                        continue;
                    label.row = row;
                    label.shownText = text;
                    label.textWidth = width;
                    label.textLeft = leftOfRule ? span.left : x + half + markerGap;
                    placed.push_back({x, row, span});
                    rowsUsed = std::max(rowsUsed, row + 1);
                    break;
                }
            }
        }
    }
    return rowsUsed;
}
