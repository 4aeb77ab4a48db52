#include "exportchartoptions.h"

#include "exportchartcontents.h"
#include "model/textlanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>

using SizePreset = ExportChartSettings::SizePreset;

namespace {
QComboBox *comboBox(const char *name, const std::vector<std::pair<QString, int>> &items)
{
    auto *combo = new QComboBox;
    combo->setObjectName(QLatin1String(name));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const auto &[text, value] : items)
        combo->addItem(text, value);
    return combo;
}

void select(QComboBox *combo, int value)
{
    if (const int index = combo->findData(value); index >= 0)
        combo->setCurrentIndex(index);
}

// A row of widgets in one form field: line edits share the width, anything else keeps its own.
QWidget *row(std::initializer_list<QWidget *> widgets)
{
    auto *container = new QWidget;
    auto *layout = new QHBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    bool stretched = false;
    for (QWidget *widget : widgets) {
        const bool edit = qobject_cast<QLineEdit *>(widget) != nullptr;
        layout->addWidget(widget, edit ? 1 : 0);
        stretched = stretched || edit;
    }
    if (!stretched)
        layout->addStretch(1);
    return container;
}

template <typename W> W *named(W *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

QString defaultBaseName(ChartRequest::Kind kind)
{
    switch (kind) {
    case ChartRequest::Kind::Funding:
        return QStringLiteral("tenure-funding");
    case ChartRequest::Kind::Compare:
        return QStringLiteral("tenure-compare");
    case ChartRequest::Kind::Timeline:
        break;
    }
    return QStringLiteral("tenure-timeline");
}
constexpr std::array allKinds{ChartRequest::Kind::Timeline, ChartRequest::Kind::Funding,
                              ChartRequest::Kind::Compare};
} // namespace

ExportChartOptions::ExportChartOptions(const ChartRequest &current, const QStringList &companies,
                                       QWidget *parent)
    : QWidget(parent), m_current(current)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildChartGroup());
    m_contents = new ExportChartContents(current.filter, companies);
    m_contents->setObjectName(QStringLiteral("contents"));
    layout->addWidget(m_contents, 1);
    layout->addWidget(buildOutputGroup());
    connectChanges();
}

QWidget *ExportChartOptions::buildChartGroup()
{
    m_kind = comboBox(
        "kind", {{tr("Timeline of leadership"), int(ChartRequest::Kind::Timeline)},
                 {tr("Funding rounds"), int(ChartRequest::Kind::Funding)},
                 {tr("Compare companies' chief executives"), int(ChartRequest::Kind::Compare)}});
    m_kind->setToolTip(
        tr("Compare: one row per company, its chief executives only, on one time "
           "axis (the companies chosen, else those with the most chief executives)"));
    m_theme = comboBox(
        "theme", {{tr("Light"), int(Theme::Kind::Light)}, {tr("Dark"), int(Theme::Kind::Dark)}});
    // A Spanish figure for a Spanish article whatever the program speaks; each language is
    // named in itself.
    m_language = named(new QComboBox, "language");
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setToolTip(tr("The language of the legend, axis, notes and sources line, and of "
                              "the dates and amounts"));
    m_title = named(new QLineEdit, "title");
    m_subtitle = named(new QLineEdit, "subtitle");
    m_legend = named(new QCheckBox(tr("Show &legend")), "legend");
    m_sources = named(new QCheckBox(tr("List &sources")), "sources");
    m_fullSources = named(new QCheckBox(tr("&Full list of sources")), "fullSources");
    m_fullSources->setToolTip(tr("Every source of the events drawn, with its title and address: "
                                 "in NAME-sources.txt beside an image, on a second page of a PDF"));
    m_leadershipOnly = named(new QCheckBox(tr("Leaders&hip only")), "leadershipOnly");
    m_leadershipOnly->setToolTip(tr("Only the chief executive, executives and chair"));
    m_leadershipOnly->setChecked(m_current.rows.leadershipOnly);
    m_logScale = named(new QCheckBox(tr("L&og scale")), "logScale");
    m_logScale->setToolTip(tr("Funding: amounts raised and valuations on one logarithmic axis"));
    m_logScale->setChecked(m_current.logScale);
    m_logScale->setEnabled(false);

    auto *group = new QGroupBox(tr("Chart"));
    auto *form = new QFormLayout(group);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(tr("Lan&guage:"), m_language);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&ubtitle:"), m_subtitle);
    form->addRow(QString(), row({m_legend, m_sources, m_leadershipOnly, m_logScale}));
    form->addRow(QString(), m_fullSources);
    return group;
}

QWidget *ExportChartOptions::buildOutputGroup()
{
    m_format = comboBox("format", {{tr("PNG image"), int(ImageFormat::Png)},
                                   {tr("SVG drawing"), int(ImageFormat::Svg)},
                                   {tr("PDF document"), int(ImageFormat::Pdf)}});
    // Screens, then where a reader meets the chart (slide, social card, article), then paper.
    std::vector<std::pair<QString, int>> presets;
    for (const SizePreset preset :
         {SizePreset::FullHd, SizePreset::UltraHd, SizePreset::Slide, SizePreset::SocialCard,
          SizePreset::ArticleColumn, SizePreset::ArticleWide, SizePreset::A4Landscape,
          SizePreset::LetterLandscape})
        presets.emplace_back(ExportChartSettings::presetOf(preset)->label(), int(preset));
    presets.emplace_back(tr("Custom"), int(SizePreset::Custom));
    m_sizePreset = comboBox("sizePreset", presets);
    m_width = named(new QSpinBox, "width");
    m_height = named(new QSpinBox, "height");
    for (QSpinBox *spin : {m_width, m_height}) {
        spin->setRange(320, 10000);
        spin->setSuffix(tr(" px"));
        spin->setMinimumWidth(90);
    }
    m_fitHeight = named(new QCheckBox(tr("Fit &height to the content")), "fitHeight");
    m_fitHeight->setToolTip(tr("As tall as the title, lanes, legend and sources need"));
    m_scale = comboBox("scale", {{tr("1×"), 1}, {tr("2×"), 2}, {tr("3×"), 3}});
    m_transparent = named(new QCheckBox(tr("Trans&parent background")), "transparent");
    m_path = named(new QLineEdit, "path");
    auto *browse = named(new QPushButton(tr("&Browse…")), "browse");
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &ExportChartOptions::browse);

    auto *group = new QGroupBox(tr("Output"));
    auto *form = new QFormLayout(group);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("Si&ze:"), m_sizePreset);
    form->addRow(tr("&Width × height:"), row({m_width, new QLabel(QStringLiteral("×")), m_height}));
    form->addRow(QString(), m_fitHeight);
    form->addRow(tr("Sc&ale (PNG):"), m_scale);
    form->addRow(QString(), m_transparent);
    form->addRow(tr("F&ile:"), row({m_path, browse}));
    return group;
}

void ExportChartOptions::connectChanges()
{
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportChartOptions::formatChosen);
    connect(m_path, &QLineEdit::textChanged, this, &ExportChartOptions::pathEdited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportChartOptions::kindChosen);
    connect(m_sizePreset, &QComboBox::currentIndexChanged, this,
            &ExportChartOptions::sizePresetChosen);
    connect(m_contents, &ExportChartContents::changed, this, &ExportChartOptions::changed);
    for (QSpinBox *spin : {m_width, m_height}) {
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            if (sizePreset() == SizePreset::Custom)
                m_customSize = QSize(m_width->value(), m_height->value());
            emit changed();
        });
    }
    for (QComboBox *combo : {m_theme, m_language, m_scale})
        connect(combo, &QComboBox::currentIndexChanged, this, &ExportChartOptions::changed);
    for (QLineEdit *edit : {m_title, m_subtitle})
        connect(edit, &QLineEdit::textChanged, this, &ExportChartOptions::changed);
    for (QCheckBox *box :
         {m_legend, m_sources, m_fullSources, m_transparent, m_leadershipOnly, m_logScale})
        connect(box, &QCheckBox::toggled, this, &ExportChartOptions::changed);
    connect(m_fitHeight, &QCheckBox::toggled, this, [this](bool fits) {
        if (sizePreset() == SizePreset::Custom)
            m_customFitsHeight = fits;
        m_height->setEnabled(sizePreset() == SizePreset::Custom && !fits);
        emit changed();
    });
}

void ExportChartOptions::apply(const ExportChartSettings &s)
{
    select(m_kind, int(s.kind));
    m_logScale->setEnabled(s.kind == ChartRequest::Kind::Funding);
    m_leadershipOnly->setEnabled(s.kind == ChartRequest::Kind::Timeline);
    select(m_format, int(s.format));
    formatChosen();
    m_customSize = s.customSize;
    m_customFitsHeight = s.fitHeight;
    select(m_sizePreset, int(s.sizePreset));
    sizePresetChosen();
    select(m_scale, s.scale);
    m_contents->setDates(s.fromDate, s.toDate);
    m_contents->setRange(s.range);
    select(m_theme, int(s.theme));
    // Never chosen: the program's language.
    const QString language = s.language.isEmpty() ? TextLanguage::codeFor(QLocale()) : s.language;
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_transparent->setChecked(s.transparent);
    m_title->setText(s.title);
    m_subtitle->setText(s.subtitle);
    m_legend->setChecked(s.legend);
    m_sources->setChecked(s.sources);
    m_fullSources->setChecked(s.fullSources);
    m_lastFolder = s.lastFolder;
    m_path->setText(QDir(m_lastFolder)
                        .filePath(defaultBaseName(s.kind) + QLatin1Char('.') + suffixOf(s.format)));
}

ExportChartSettings ExportChartOptions::settings() const
{
    ExportChartSettings s;
    s.kind = ChartRequest::Kind(m_kind->currentData().toInt());
    s.format = format();
    s.sizePreset = sizePreset();
    s.customSize = m_customSize;
    s.fitHeight = m_customFitsHeight;
    s.scale = m_scale->currentData().toInt();
    s.range = m_contents->range();
    s.fromDate = m_contents->fromText();
    s.toDate = m_contents->toText();
    s.theme = Theme::Kind(m_theme->currentData().toInt());
    // The program's language is kept as none chosen, so it follows the program's.
    s.language = m_language->currentData().toString();
    if (s.language == TextLanguage::codeFor(QLocale()))
        s.language.clear();
    s.transparent = m_transparent->isChecked();
    s.title = m_title->text();
    s.subtitle = m_subtitle->text();
    s.legend = m_legend->isChecked();
    s.sources = m_sources->isChecked();
    s.fullSources = m_fullSources->isChecked();
    s.lastFolder = m_lastFolder;
    return s;
}

ImageFormat ExportChartOptions::format() const
{
    return ImageFormat(m_format->currentData().toInt());
}

SizePreset ExportChartOptions::sizePreset() const
{
    return SizePreset(m_sizePreset->currentData().toInt());
}

bool ExportChartOptions::writesSourcesFile() const
{
    return m_fullSources->isChecked() && format() != ImageFormat::Pdf;
}

QString ExportChartOptions::outputPath() const
{
    return m_path->text().trimmed();
}

void ExportChartOptions::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

ChartRequest ExportChartOptions::request() const
{
    ChartRequest request = m_current; // keeps the types, person, text and collapsed lanes
    const ExportChartSettings s = settings();
    request.kind = s.kind;
    if (const ChartPreset *preset = ExportChartSettings::presetOf(s.sizePreset)) {
        preset->applyTo(request);
    } else {
        request.size = QSizeF(s.customSize);
        request.fitHeight = s.fitHeight;
        request.typeScale = 1;
    }
    request.sourcesPage = s.fullSources && s.format == ImageFormat::Pdf;
    request.scale = s.format == ImageFormat::Png ? s.scale : 1;
    request.theme = s.theme;
    request.locale = s.language.isEmpty() ? QLocale() // the program's own, in its country
                                          : TextLanguage::localeFor(s.language);
    request.transparent = s.transparent && s.format != ImageFormat::Pdf;
    request.decorations.title = s.title.trimmed();
    request.decorations.subtitle = s.subtitle.trimmed();
    request.decorations.legend = s.legend;
    request.listSources = s.sources;
    request.rows.leadershipOnly = m_leadershipOnly->isChecked();
    request.logScale = s.kind == ChartRequest::Kind::Funding && m_logScale->isChecked();
    if (!s.sources)
        request.decorations.sources.clear();
    m_contents->applyTo(request.filter);
    return request;
}

QStringList ExportChartOptions::chartProblems()
{
    return m_contents->problems();
}

QStringList ExportChartOptions::problems()
{
    QStringList problems = chartProblems();
    if (outputPath().isEmpty())
        problems << tr("Choose the file to export to.");
    markFaulty(m_path, outputPath().isEmpty());
    return problems;
}

void ExportChartOptions::formatChosen()
{
    const bool png = format() == ImageFormat::Png;
    m_scale->setEnabled(png);
    m_transparent->setEnabled(format() != ImageFormat::Pdf);
    // A file name ending in another format's extension takes this one's.
    const QString path = m_path->text();
    if (!m_syncingPath && imageFormatForPath(path)) {
        const QString suffix = QFileInfo(path).suffix();
        const QScopedValueRollback syncing(m_syncingPath, true);
        m_path->setText(path.left(path.size() - suffix.size()) + suffixOf(format()));
    }
    emit changed();
}

void ExportChartOptions::pathEdited()
{
    const auto fromName = imageFormatForPath(m_path->text());
    if (!m_syncingPath && fromName && *fromName != format()) {
        const QScopedValueRollback syncing(m_syncingPath, true);
        select(m_format, int(*fromName));
    }
    emit changed();
}

void ExportChartOptions::kindChosen()
{
    // A file still named after the other kind of chart is renamed along.
    const QFileInfo file(m_path->text());
    const auto kind = ChartRequest::Kind(m_kind->currentData().toInt());
    m_logScale->setEnabled(kind == ChartRequest::Kind::Funding);
    m_leadershipOnly->setEnabled(kind == ChartRequest::Kind::Timeline);
    const bool otherDefault =
        std::any_of(allKinds.begin(), allKinds.end(), [&](ChartRequest::Kind other) {
            return other != kind && file.completeBaseName() == defaultBaseName(other);
        });
    if (otherDefault) {
        m_path->setText(
            file.dir().filePath(defaultBaseName(kind) + QLatin1Char('.') + file.suffix()));
    }
    emit changed();
}

void ExportChartOptions::sizePresetChosen()
{
    const bool custom = sizePreset() == SizePreset::Custom;
    const QSizeF size = ExportChartSettings::sizeOf(sizePreset(), m_customSize);
    const bool fits = custom ? m_customFitsHeight : size.height() <= 0;
    {
        const QSignalBlocker blockWidth(m_width), blockHeight(m_height), blockFit(m_fitHeight);
        m_width->setValue(int(std::lround(size.width())));
        if (size.height() > 0)
            m_height->setValue(int(std::lround(size.height())));
        m_fitHeight->setChecked(fits);
    }
    m_width->setEnabled(custom);
    m_height->setEnabled(custom && !fits);
    m_fitHeight->setEnabled(custom);
    emit changed();
}

void ExportChartOptions::browse()
{
    const QStringList filters{tr("PNG image (*.png)"), tr("SVG drawing (*.svg)"),
                              tr("PDF document (*.pdf)")};
    QString filter = filters.value(m_format->currentIndex());
    const QString start = outputPath().isEmpty() ? m_lastFolder : outputPath();
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), start,
                                                filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (!imageFormatForPath(path)) {
        const qsizetype index = std::max<qsizetype>(0, filters.indexOf(filter));
        path += QLatin1Char('.') + suffixOf(ImageFormat(m_format->itemData(int(index)).toInt()));
    }
    m_path->setText(QDir::toNativeSeparators(path));
}
