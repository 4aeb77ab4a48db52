#include "exportchartsettings.h"

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

constexpr std::array<std::pair<Kind, const char *>, 2> kindNames{
    {{Kind::Timeline, "timeline"}, {Kind::Funding, "funding"}}};
constexpr std::array<std::pair<ImageFormat, const char *>, 3> formatNames{
    {{ImageFormat::Png, "png"}, {ImageFormat::Svg, "svg"}, {ImageFormat::Pdf, "pdf"}}};
constexpr std::array<std::pair<SizePreset, const char *>, 5> presetNames{
    {{SizePreset::FullHd, "1920x1080"},
     {SizePreset::UltraHd, "3840x2160"},
     {SizePreset::A4Landscape, "a4-landscape"},
     {SizePreset::LetterLandscape, "letter-landscape"},
     {SizePreset::Custom, "custom"}}};
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
    s.scale = std::clamp(settings.value(QStringLiteral("scale"), s.scale).toInt(), 1, 3);
    s.range = readNamed(settings, QStringLiteral("range"), rangeNames, s.range);
    s.theme = readNamed(settings, QStringLiteral("theme"), themeNames, s.theme);
    s.transparent = settings.value(QStringLiteral("transparent"), s.transparent).toBool();
    s.title = settings.value(QStringLiteral("title"), s.title).toString();
    s.subtitle = settings.value(QStringLiteral("subtitle"), s.subtitle).toString();
    s.legend = settings.value(QStringLiteral("legend"), s.legend).toBool();
    s.sources = settings.value(QStringLiteral("sources"), s.sources).toBool();
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
    settings.setValue(QStringLiteral("scale"), scale);
    settings.setValue(QStringLiteral("range"), nameOf(rangeNames, range));
    settings.setValue(QStringLiteral("theme"), nameOf(themeNames, theme));
    settings.setValue(QStringLiteral("transparent"), transparent);
    settings.setValue(QStringLiteral("title"), title);
    settings.setValue(QStringLiteral("subtitle"), subtitle);
    settings.setValue(QStringLiteral("legend"), legend);
    settings.setValue(QStringLiteral("sources"), sources);
    settings.setValue(QStringLiteral("lastFolder"), lastFolder);
}

QSizeF ExportChartSettings::sizeOf(SizePreset preset, QSize custom)
{
    switch (preset) {
    case SizePreset::FullHd:
        return {1920, 1080};
    case SizePreset::UltraHd:
        return {3840, 2160};
    case SizePreset::A4Landscape:
        return ChartExporter::landscapeSize(QPageSize::A4);
    case SizePreset::LetterLandscape:
        return ChartExporter::landscapeSize(QPageSize::Letter);
    case SizePreset::Custom:
        break;
    }
    return QSizeF(custom);
}

QString suffixOf(ImageFormat format)
{
    return nameOf(formatNames, format);
}
