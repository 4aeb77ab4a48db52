#include "chartframe.h"

#include "chartfonts.h"
#include "model/textlanguage.h"

#include <QFontMetricsF>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

constexpr double sampleGap = 5; // between a legend sample and its label
constexpr double itemGap = 18;  // between legend items
constexpr double swatchWidth = 16, swatchHeight = 10, lineSample = 20, spanSample = 26;

struct LegendSlot
{
    const LegendItem *item = nullptr;
    QRectF sample;
    QRectF label;
    QString text;
    int row = 0;
};

struct FrameGeometry
{
    QRectF title, subtitle;
    QString titleText, subtitleText;
    std::vector<LegendSlot> legend;
    std::vector<SceneText> footnote;
    QRectF body;
};

double sampleWidth(const LegendItem &item, double markerSize)
{
    switch (item.kind) {
    case LegendItem::Kind::Marker:
        return markerSize;
    case LegendItem::Kind::Swatch:
        return swatchWidth;
    case LegendItem::Kind::Line:
        return lineSample;
    case LegendItem::Kind::DateSpan:
        return spanSample;
    }
    return markerSize;
}

// Fills rows left to right, wrapping when an item would pass `width`; each row is centred.
// Returns the number of rows; slots get their row and x positions, the layout their y.
int arrangeLegend(const std::vector<LegendItem> &items, const ChartStyle &style, double left,
                  double width, std::vector<LegendSlot> &placed)
{
    const QFontMetricsF fm(style.font(TextRole::Legend));
    const double markerSize = std::min(style.markerSize, fm.height());
    std::vector<std::vector<LegendSlot>> rows(1);
    double rowWidth = 0;
    for (const LegendItem &item : items) {
        LegendSlot slot;
        slot.item = &item;
        const double sample = sampleWidth(item, markerSize);
        const double room = std::max(0.0, width - sample - sampleGap - 2);
        slot.text = fm.elidedText(item.label, Qt::ElideRight, room);
        const double label = std::ceil(fm.horizontalAdvance(slot.text)) + 2;
        slot.sample = QRectF(0, 0, sample, 0);
        slot.label = QRectF(sample + sampleGap, 0, label, 0);
        const double itemWidth = sample + sampleGap + label;
        if (!rows.back().empty() && rowWidth + itemGap + itemWidth > width) {
            rows.emplace_back();
            rowWidth = 0;
        }
        const double x = rows.back().empty() ? 0 : rowWidth + itemGap;
        slot.sample.moveLeft(x);
        slot.label.moveLeft(x + sample + sampleGap);
        rowWidth = x + itemWidth;
        rows.back().push_back(slot);
    }
    for (size_t r = 0; r < rows.size(); ++r) {
        const double used = rows[r].empty() ? 0 : rows[r].back().label.right();
        const double offset = left + std::floor((width - used) / 2);
        for (LegendSlot &slot : rows[r]) {
            slot.row = int(r);
            slot.sample.translate(offset, 0);
            slot.label.translate(offset, 0);
            placed.push_back(slot);
        }
    }
    return items.empty() ? 0 : int(rows.size());
}

// "Sources: A; B; C" in at most `maxLines` lines of `width`: each source named once, a long
// title cut to half a line, and what does not fit counted at the end ("and 12 more").
// Linear in the number of sources, and only the items that get a place are measured: a chart of
// thousands of sources, or of one with a title of megabytes, costs what its few lines do.
QStringList footnoteLines(const QStringList &sources, const QFontMetricsF &fm, double width,
                          int maxLines)
{
    QStringList items;
    QSet<QString> seen;
    for (const QString &source : sources) {
        const QString text = ChartFonts::showable(source, width).simplified();
        if (!text.isEmpty() && !seen.contains(text)) {
            seen.insert(text);
            items << text;
        }
    }
    if (items.isEmpty())
        return {};
    const QString prefix = items.size() == 1 ? TextLanguage::translate("ChartFrame", "Source: ")
                                             : TextLanguage::translate("ChartFrame", "Sources: ");
    const double cap = items.size() == 1 ? width - fm.horizontalAdvance(prefix) : width / 2;
    std::vector<bool> elided(std::size_t(items.size()), false);
    const auto item = [&](qsizetype i) -> const QString & {
        if (!elided[std::size_t(i)]) {
            items[i] = fm.elidedText(items[i], Qt::ElideRight, cap);
            elided[std::size_t(i)] = true;
        }
        return items[i];
    };

    const auto fits = [&](const QString &text) { return fm.horizontalAdvance(text) <= width; };
    const QString separator = QStringLiteral("; ");
    QStringList lines;
    QString line = prefix;
    bool lineEmpty = true;
    const qsizetype n = items.size();
    for (qsizetype i = 0; i < n;) {
        const QString lead = lineEmpty ? line : line + separator;
        const QString candidate = lead + item(i);
        if (lines.size() < maxLines - 1) {
            if (fits(candidate) || lineEmpty) {
                line =
                    fits(candidate) ? candidate : fm.elidedText(candidate, Qt::ElideRight, width);
                lineEmpty = false;
                ++i;
            } else {
                lines << line;
                line.clear();
                lineEmpty = true;
            }
            continue;
        }
        // The last line ends with the count of what is left out.
        const qsizetype rest = n - i - 1;
        const QString more =
            rest > 0 ? TextLanguage::translate("ChartFrame", "; and %n more", nullptr, int(rest))
                     : QString();
        if (fits(candidate + more)) {
            line = candidate;
            lineEmpty = false;
            ++i;
            continue;
        }
        const double room = width - fm.horizontalAdvance(lead) - fm.horizontalAdvance(more) - 2;
        if (lineEmpty && room >= 80) {
            line = lead + fm.elidedText(item(i), Qt::ElideRight, room) + more;
        } else {
            line = lead + TextLanguage::translate("ChartFrame", "and %n more", nullptr, int(n - i));
        }
        lines << line;
        return lines;
    }
    if (!lineEmpty)
        lines << line;
    return lines;
}

FrameGeometry frameGeometry(QSizeF size, const ChartDecorations &decorations,
                            const std::vector<LegendItem> *legend, const ChartStyle &style)
{
    FrameGeometry g;
    const double m = style.margin;
    const double width = std::max(0.0, size.width() - 2 * m);

    double top = m;
    if (!decorations.title.isEmpty()) {
        const double h = style.lineHeight(TextRole::Title);
        g.title = QRectF(m, top, width, h);
        g.titleText = QFontMetricsF(style.font(TextRole::Title))
                          .elidedText(ChartFonts::showable(decorations.title, width),
                                      Qt::ElideRight, width - 2);
        top += h;
    }
    if (!decorations.subtitle.isEmpty()) {
        const double h = style.lineHeight(TextRole::Subtitle);
        top += g.title.isNull() ? 0 : 2;
        g.subtitle = QRectF(m, top, width, h);
        g.subtitleText = QFontMetricsF(style.font(TextRole::Subtitle))
                             .elidedText(ChartFonts::showable(decorations.subtitle, width),
                                         Qt::ElideRight, width - 2);
        top += h;
    }
    if (!g.title.isNull() || !g.subtitle.isNull())
        top += std::round(m * 0.75);

    double bottom = size.height() - m;
    const QFontMetricsF footFm(style.font(TextRole::Footnote));
    const double footHeight = std::ceil(footFm.height());
    const int maxLines = decorations.sourceLines > 0 ? decorations.sourceLines
                         : size.height() < 600       ? 2
                                                     : 3;
    const QStringList lines = footnoteLines(decorations.sources, footFm, width - 2, maxLines);
    bottom -= footHeight * double(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        SceneText text;
        text.role = TextRole::Footnote;
        text.rect = QRectF(m, bottom + footHeight * double(i), width, footHeight);
        text.text = lines[i];
        text.alignment = SceneText::LeftMiddle;
        g.footnote.push_back(text);
    }
    if (g.footnote.size() == 1 && decorations.sources.size() == 1 &&
        decorations.sources.front().startsWith(QLatin1String("http")))
        g.footnote.front().link = decorations.sources.front();
    if (!lines.isEmpty())
        bottom -= 4;

    int rows = 0;
    if (decorations.legend) {
        rows = legend ? arrangeLegend(*legend, style, m, width, g.legend) : 1;
    }
    if (rows > 0) {
        const double rowHeight = style.lineHeight(TextRole::Legend) + 6;
        const double block =
            rows == 1 ? std::max(style.legendHeight, rowHeight) : rowHeight * double(rows);
        const double blockTop = bottom - block;
        const double each = block / double(rows);
        for (LegendSlot &slot : g.legend) {
            const double rowTop = blockTop + each * double(slot.row);
            const double centre = rowTop + each / 2;
            const bool swatch = slot.item->kind == LegendItem::Kind::Swatch ||
                                slot.item->kind == LegendItem::Kind::DateSpan;
            const double sampleHeight = swatch ? swatchHeight : slot.sample.width();
            slot.sample = QRectF(slot.sample.x(), centre - sampleHeight / 2, slot.sample.width(),
                                 sampleHeight);
            slot.label = QRectF(slot.label.x(), rowTop, slot.label.width(), each);
        }
        bottom = blockTop;
    }
    if (rows > 0 || !lines.isEmpty())
        bottom -= std::round(m / 2);
    g.body = QRectF(m, top, width, std::max(0.0, bottom - top));
    return g;
}
} // namespace

QRectF ChartFrame::bodyRect(QSizeF size, const ChartDecorations &decorations,
                            const ChartStyle &style)
{
    return frameGeometry(size, decorations, nullptr, style).body;
}

QRectF ChartFrame::bodyRect(QSizeF size, const ChartDecorations &decorations,
                            const std::vector<LegendItem> &legend, const ChartStyle &style)
{
    return frameGeometry(size, decorations, &legend, style).body;
}

void ChartFrame::place(Scene &scene, const ChartDecorations &decorations,
                       const std::vector<LegendItem> &legend, const ChartStyle &style)
{
    const FrameGeometry g = frameGeometry(scene.size, decorations, &legend, style);
    const auto addText = [&](TextRole role, const QRectF &rect, const QString &text) {
        SceneText t;
        t.role = role;
        t.rect = rect;
        t.text = text;
        t.alignment = SceneText::LeftMiddle;
        scene.texts.push_back(t);
    };
    if (!g.title.isNull())
        addText(TextRole::Title, g.title, g.titleText);
    if (!g.subtitle.isNull())
        addText(TextRole::Subtitle, g.subtitle, g.subtitleText);

    for (const LegendSlot &slot : g.legend) {
        const LegendItem &item = *slot.item;
        switch (item.kind) {
        case LegendItem::Kind::Marker: {
            SceneMarker marker;
            marker.shape = item.shape;
            marker.center = slot.sample.center();
            marker.size = slot.sample.width();
            marker.hollow = item.hollow;
            marker.interim = item.interim;
            marker.color = item.color;
            marker.tooltip = item.label;
            scene.markers.push_back(marker);
            break;
        }
        case LegendItem::Kind::Swatch: {
            SceneRect rect;
            rect.role = SceneRect::Role::LegendSwatch;
            rect.rect = slot.sample;
            rect.color = item.color;
            rect.hollow = item.hollow;
            rect.interim = item.interim;
            rect.tooltip = item.label;
            scene.rects.push_back(rect);
            break;
        }
        case LegendItem::Kind::Line: {
            SceneLine line;
            line.role = item.lineRole;
            const double y = slot.sample.center().y();
            line.line = QLineF(slot.sample.left(), y, slot.sample.right(), y);
            line.color = item.color;
            scene.lines.push_back(line);
            break;
        }
        case LegendItem::Kind::DateSpan: {
            // A bar whose end fades over its last half, under the bracket of that half.
            const QRectF s = slot.sample;
            SceneRect rect;
            rect.role = SceneRect::Role::LegendSwatch;
            rect.rect = QRectF(s.left(), s.top() + 3, s.width(), s.height() - 3);
            rect.color = item.color;
            rect.fadeOut = {s.center().x(), s.right()};
            rect.tooltip = item.label;
            scene.rects.push_back(rect);
            const double y = s.top();
            const double mid = s.center().x();
            for (const QLineF &l : {QLineF(mid, y, s.right(), y), QLineF(mid, y, mid, y + 3),
                                    QLineF(s.right(), y, s.right(), y + 3)})
                scene.lines.push_back({SceneLine::Role::DateSpan, l, QColor()});
            break;
        }
        }
        addText(TextRole::Legend, slot.label, slot.text);
    }
    scene.texts.insert(scene.texts.end(), g.footnote.begin(), g.footnote.end());
}
