#include "notelayout.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace {
constexpr double minTextWidth = 36; // less than this shows too little to read
constexpr double gap = 6;           // between two notes' boxes in a tier
} // namespace

NoteLayout::NoteLayout(const Viewport &viewport, QRectF plot, const ChartFonts &fonts)
    : m_viewport(viewport), m_plot(plot), m_fonts(fonts)
{}

double NoteLayout::bandHeight(const ChartFonts &fonts)
{
    return tiers * (std::ceil(fonts.height(TextRole::MarkerLabel)) + 2 * padding + 2) + 2;
}

double NoteLayout::xForDay(double day) const
{
    return m_plot.left() + m_viewport.xForDay(day);
}

void NoteLayout::place(Scene &scene, std::span<const Annotation> notes, int laneIndex,
                       QRectF markerRow, QRectF band, double laneBottom) const
{
    const double tierHeight = band.height() / tiers;
    std::array<double, tiers> tierEnd; // where each tier's last box ends
    tierEnd.fill(m_plot.left() - gap);
    for (const Annotation &note : notes) {
        const double start = xForDay(double(note.from.firstDay().toJulianDay()));
        const double end =
            note.isPeriod() ? xForDay(double(note.to.lastDay().toJulianDay() + 1)) : start;
        if (end < m_plot.left() || start > m_plot.right())
            continue; // out of view
        const QString when = note.isPeriod() ? QStringLiteral("%1 – %2").arg(note.from.toString(),
                                                                             note.to.toString())
                                             : note.from.toString();
        const QString tooltip = when + QStringLiteral(": ") + note.text;
        if (note.isPeriod()) {
            SceneRect shade;
            shade.role = SceneRect::Role::NoteBand;
            shade.rect =
                QRectF(QPointF(std::max(start, m_plot.left()), markerRow.top()),
                       QPointF(std::min(std::max(end, start + 2), m_plot.right()), laneBottom)) &
                m_plot;
            shade.lane = laneIndex;
            shade.noteId = note.id;
            shade.tooltip = tooltip;
            scene.rects.push_back(std::move(shade));
        }

        // The box: at the note's date (a period's start), kept inside the plot.
        double fullWidth = 0;
        m_fonts.fitted(note.text, TextRole::MarkerLabel, maxTextWidth, &fullWidth);
        const double wanted = std::min(fullWidth, maxTextWidth) + 2 * padding;
        const double left =
            std::clamp(std::max(start, m_plot.left()), m_plot.left(), m_plot.right() - wanted);
        int tier = -1;
        double room = 0;
        for (int t = 0; t < tiers; ++t) {
            const double free = tierEnd[std::size_t(t)] + gap;
            if (free <= left) {
                tier = t;
                room = m_plot.right() - left;
                break;
            }
        }
        double boxLeft = left;
        if (tier < 0) { // every tier is taken here: the one that frees first, if it leaves room
            tier = int(std::min_element(tierEnd.begin(), tierEnd.end()) - tierEnd.begin());
            boxLeft = tierEnd[std::size_t(tier)] + gap;
            room = m_plot.right() - boxLeft;
        }
        const double width = std::min(wanted, room);
        if (width < minTextWidth + 2 * padding)
            continue; // the band or leader keeps the tooltip
        const QRectF box(boxLeft, band.top() + tier * tierHeight + 1, width, tierHeight - 2);
        tierEnd[std::size_t(tier)] = box.right();
        if (!note.isPeriod()) {
            const double x = std::clamp(start, m_plot.left(), m_plot.right());
            scene.lines.push_back({SceneLine::Role::Leader,
                                   QLineF(x, markerRow.bottom() - 2, x, box.top()), QColor()});
        }
        SceneRect card;
        card.role = SceneRect::Role::Callout;
        card.rect = box;
        card.lane = laneIndex;
        card.noteId = note.id;
        card.tooltip = tooltip;
        scene.rects.push_back(std::move(card));
        SceneText text;
        text.role = TextRole::MarkerLabel;
        text.rect = box.adjusted(padding, 0, -padding, 0);
        text.text = m_fonts.fitted(note.text, TextRole::MarkerLabel, text.rect.width());
        text.lane = laneIndex;
        text.noteId = note.id;
        text.tooltip = tooltip;
        scene.texts.push_back(std::move(text));
    }
}
