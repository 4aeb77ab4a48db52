#include "chartpreset.h"

#include "chartexporter.h"

#include <QCoreApplication>

namespace {
std::vector<ChartPreset> makePresets()
{
    // Read smaller than they are: an article column shrinks to a phone's width, a social card
    // shows in a feed, a slide is read across a room. Their text is larger to stay legible.
    return {
        {QStringLiteral("full-hd"),
         QT_TRANSLATE_NOOP("ChartPreset", "1920 × 1080 (Full HD)"),
         {1920, 1080},
         1},
        {QStringLiteral("4k"),
         QT_TRANSLATE_NOOP("ChartPreset", "3840 × 2160 (4K)"),
         {3840, 2160},
         1},
        {QStringLiteral("article-720"),
         QT_TRANSLATE_NOOP("ChartPreset", "Article column, 720 px wide"),
         {720, 0},
         1.25},
        {QStringLiteral("article-1200"),
         QT_TRANSLATE_NOOP("ChartPreset", "Article, 1200 px wide"),
         {1200, 0},
         1.5},
        {QStringLiteral("social"),
         QT_TRANSLATE_NOOP("ChartPreset", "Social card, 1200 × 675"),
         {1200, 675},
         1.5},
        {QStringLiteral("slide"),
         QT_TRANSLATE_NOOP("ChartPreset", "Slide, 1920 × 1080"),
         {1920, 1080},
         1.5},
        {QStringLiteral("a4"), QT_TRANSLATE_NOOP("ChartPreset", "A4 landscape"),
         ChartExporter::landscapeSize(QPageSize::A4), 1},
        {QStringLiteral("letter"), QT_TRANSLATE_NOOP("ChartPreset", "Letter landscape"),
         ChartExporter::landscapeSize(QPageSize::Letter), 1},
    };
}
} // namespace

QString ChartPreset::label() const
{
    return QCoreApplication::translate("ChartPreset", labelSource);
}

void ChartPreset::applyTo(ChartRequest &request) const
{
    request.fitHeight = fitsHeight();
    request.size = QSizeF(size.width(), fitsHeight() ? request.size.height() : size.height());
    request.typeScale = typeScale;
}

const std::vector<ChartPreset> &ChartPreset::all()
{
    static const std::vector<ChartPreset> presets = makePresets();
    return presets;
}

const ChartPreset *ChartPreset::named(const QString &name)
{
    for (const ChartPreset &preset : all()) {
        if (preset.name == name)
            return &preset;
    }
    return nullptr;
}
