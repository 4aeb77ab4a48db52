#include "exportchartsettings.h"

#include "model/textlanguage.h"

#include <QSettings>

#include <algorithm>
#include <array>
#include <utility>

namespace {
// Choices are stored by name, so the settings file stays readable and survives reordering.
template <typename T, std::size_t N>
T readNamed(const QSettings &settings, const QString &key,
            const std::array<std::pair<T, const char *>, N> &names, T fallback)
{
    const QString stored = settings.value(key).toString();
    for (const auto &[value, name] : names) {
        if (stored == QLatin1String(name))
            return value;
    }
    return fallback;
}

template <typename T, std::size_t N>
QString nameOf(const std::array<std::pair<T, const char *>, N> &names, T value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QLatin1String(name);
    }
    return {};
}

using Kind = ChartRequest::Kind;
using SizePreset = ExportChartSettings::SizePreset;
using Range = ExportChartSettings::Range;

constexpr std::array<std::pair<Kind, const char *>, 3> kindNames{
    {{Kind::Timeline, "timeline"}, {Kind::Funding, "funding"}, {Kind::Compare, "compare"}}};
constexpr std::array<std::pair<ImageFormat, const char *>, 3> formatNames{
    {{ImageFormat::Png, "png"}, {ImageFormat::Svg, "svg"}, {ImageFormat::Pdf, "pdf"}}};
constexpr std::array<std::pair<SizePreset, const char *>, 9> presetNames{
    {{SizePreset::FullHd, "1920x1080"},
     {SizePreset::UltraHd, "3840x2160"},
     {SizePreset::A4Landscape, "a4-landscape"},
     {SizePreset::LetterLandscape, "letter-landscape"},
     {SizePreset::Custom, "custom"},
     {SizePreset::ArticleColumn, "article-720"},
     {SizePreset::ArticleWide, "article-1200"},
     {SizePreset::SocialCard, "social"},
     {SizePreset::Slide, "slide"}}};
// The ChartPreset each stands for (Custom: none).
constexpr std::array<std::pair<SizePreset, const char *>, 8> chartPresetNames{
    {{SizePreset::FullHd, "full-hd"},
     {SizePreset::UltraHd, "4k"},
     {SizePreset::A4Landscape, "a4"},
     {SizePreset::LetterLandscape, "letter"},
     {SizePreset::ArticleColumn, "article-720"},
     {SizePreset::ArticleWide, "article-1200"},
     {SizePreset::SocialCard, "social"},
     {SizePreset::Slide, "slide"}}};
constexpr std::array<std::pair<Range, const char *>, 3> rangeNames{
    {{Range::CurrentView, "current-view"}, {Range::All, "all"}, {Range::Dates, "dates"}}};
constexpr std::array<std::pair<Theme::Kind, const char *>, 2> themeNames{
    {{Theme::Kind::Light, "light"}, {Theme::Kind::Dark, "dark"}}};

constexpr int minimumSide = 320;
constexpr int maximumSide = 10000;
} // namespace

ExportChartSettings ExportChartSettings::load(const ExportChartSettings &defaults)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("exportChart"));
    ExportChartSettings s = defaults;
    s.kind = readNamed(settings, QStringLiteral("kind"), kindNames, s.kind);
    s.format = readNamed(settings, QStringLiteral("format"), formatNames, s.format);
    s.sizePreset = readNamed(settings, QStringLiteral("sizePreset"), presetNames, s.sizePreset);
    const QSize custom = settings.value(QStringLiteral("customSize"), s.customSize).toSize();
    s.customSize = QSize(std::clamp(custom.width(), minimumSide, maximumSide),
                         std::clamp(custom.height(), minimumSide, maximumSide));
    s.fitHeight = settings.value(QStringLiteral("fitHeight"), s.fitHeight).toBool();
    s.scale = std::clamp(settings.value(QStringLiteral("scale"), s.scale).toInt(), 1, 3);
    s.range = readNamed(settings, QStringLiteral("range"), rangeNames, s.range);
    s.fromDate = settings.value(QStringLiteral("fromDate"), s.fromDate).toString();
    s.toDate = settings.value(QStringLiteral("toDate"), s.toDate).toString();
    s.theme = readNamed(settings, QStringLiteral("theme"), themeNames, s.theme);
    if (const QString language = settings.value(QStringLiteral("language")).toString();
        TextLanguage::codes().contains(language))
        s.language = language;
    s.transparent = settings.value(QStringLiteral("transparent"), s.transparent).toBool();
    s.title = settings.value(QStringLiteral("title"), s.title).toString();
    s.subtitle = settings.value(QStringLiteral("subtitle"), s.subtitle).toString();
    s.legend = settings.value(QStringLiteral("legend"), s.legend).toBool();
    s.sources = settings.value(QStringLiteral("sources"), s.sources).toBool();
    s.fullSources = settings.value(QStringLiteral("fullSources"), s.fullSources).toBool();
    s.lastFolder = settings.value(QStringLiteral("lastFolder"), s.lastFolder).toString();
    return s;
}

void ExportChartSettings::save() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("exportChart"));
    settings.setValue(QStringLiteral("kind"), nameOf(kindNames, kind));
    settings.setValue(QStringLiteral("format"), nameOf(formatNames, format));
    settings.setValue(QStringLiteral("sizePreset"), nameOf(presetNames, sizePreset));
    settings.setValue(QStringLiteral("customSize"), customSize);
    settings.setValue(QStringLiteral("fitHeight"), fitHeight);
    settings.setValue(QStringLiteral("scale"), scale);
    settings.setValue(QStringLiteral("range"), nameOf(rangeNames, range));
    settings.setValue(QStringLiteral("fromDate"), fromDate);
    settings.setValue(QStringLiteral("toDate"), toDate);
    settings.setValue(QStringLiteral("theme"), nameOf(themeNames, theme));
    if (language.isEmpty())
        settings.remove(QStringLiteral("language"));
    else
        settings.setValue(QStringLiteral("language"), language);
    settings.setValue(QStringLiteral("transparent"), transparent);
    settings.setValue(QStringLiteral("title"), title);
    settings.setValue(QStringLiteral("subtitle"), subtitle);
    settings.setValue(QStringLiteral("legend"), legend);
    settings.setValue(QStringLiteral("sources"), sources);
    settings.setValue(QStringLiteral("fullSources"), fullSources);
    settings.setValue(QStringLiteral("lastFolder"), lastFolder);
}

QSizeF ExportChartSettings::sizeOf(SizePreset preset, QSize custom)
{
    const ChartPreset *chartPreset = presetOf(preset);
    return chartPreset ? chartPreset->size : QSizeF(custom);
}

const ChartPreset *ExportChartSettings::presetOf(SizePreset preset)
{
    const QString name = nameOf(chartPresetNames, preset);
    return name.isEmpty() ? nullptr : ChartPreset::named(name);
}

QString suffixOf(ImageFormat format)
{
    return nameOf(formatNames, format);
}
