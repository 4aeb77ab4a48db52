#include "fundingvaluelabels.h"

#include <algorithm>
#include <cmath>

FundingValueLabels::FundingValueLabels(const QRectF &bounds, const ChartStyle &style)
    : m_bounds(bounds), m_metrics(style.font(TextRole::Value)),
      m_height(std::ceil(m_metrics.height()))
{}

bool FundingValueLabels::isFree(const QRectF &rect) const
{
    if (rect.left() < m_bounds.left() || rect.right() > m_bounds.right() ||
        rect.top() < m_bounds.top() || rect.bottom() > m_bounds.bottom())
        return false;
    return std::none_of(m_taken.begin(), m_taken.end(),
                        [&](const QRectF &taken) { return taken.intersects(rect); });
}

bool FundingValueLabels::place(Scene &scene, const QRectF &target,
                               std::initializer_list<Side> sides, const QStringList &texts,
                               int lane, EventId eventId)
{
    for (const QString &text : texts) {
        if (text.isEmpty())
            continue;
        const double width = std::ceil(m_metrics.horizontalAdvance(text)) + 2;
        for (const Side side : sides) {
            QRectF rect(0, 0, width, m_height);
            switch (side) {
            case Side::Above:
                rect.moveCenter(QPointF(target.center().x(), 0));
                rect.moveBottom(target.top() - gap);
                break;
            case Side::Below:
                rect.moveCenter(QPointF(target.center().x(), 0));
                rect.moveTop(target.bottom() + gap);
                break;
            case Side::Right:
                rect.moveCenter(QPointF(0, target.center().y()));
                rect.moveLeft(target.right() + gap);
                break;
            case Side::Left:
                rect.moveCenter(QPointF(0, target.center().y()));
                rect.moveRight(target.left() - gap);
                break;
            }
            if (side == Side::Above || side == Side::Below) {
                // Near the plot's edges a centred label slides inwards.
                const double shift = std::max(0.0, m_bounds.left() - rect.left()) -
                                     std::max(0.0, rect.right() - m_bounds.right());
                rect.translate(shift, 0);
            }
            if (!isFree(rect))
                continue;
            SceneText label;
            label.role = TextRole::Value;
            label.rect = rect;
            label.text = text;
            label.alignment = SceneText::CentreMiddle;
            label.lane = lane;
            label.eventId = eventId;
            scene.texts.push_back(label);
            m_taken.push_back(rect);
            return true;
        }
    }
    return false;
}
