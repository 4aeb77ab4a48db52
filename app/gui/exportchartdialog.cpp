#include "exportchartdialog.h"

#include "chartexportjob.h"
#include "chartpreview.h"
#include "export/chartbuilder.h"
#include "exportchartoptions.h"
#include "exportchartsettings.h"
#include "store/database.h"
#include "store/eventrepository.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <cmath>

namespace {
QStringList companyNames(Database &db)
{
    QStringList names;
    if (auto companies = EventRepository(db).companies()) {
        for (const Company &company : *companies)
            names << company.name;
    }
    return names;
}

// What the file will be: "3840 × 2160 px PNG", "1123 × 794 px SVG", "297 × 210 mm PDF". `size`
// is the chart's, its height fitted to the content once laid out; "…" until then.
QString describeOutput(const ChartRequest &request, QSizeF size, ImageFormat format)
{
    const auto rounded = [](double value) { return QString::number(std::lround(value)); };
    const auto height = [&](double factor) {
        return size.height() > 0 ? rounded(size.height() * factor) : QStringLiteral("…");
    };
    switch (format) {
    case ImageFormat::Png:
        return ExportChartDialog::tr("%1 × %2 px PNG")
            .arg(rounded(size.width() * request.scale), height(request.scale));
    case ImageFormat::Svg:
        return ExportChartDialog::tr("%1 × %2 px SVG").arg(rounded(size.width()), height(1));
    case ImageFormat::Pdf:
        break;
    }
    const double mmPerPixel = 25.4 / ChartExporter::dotsPerInch;
    return ExportChartDialog::tr("%1 × %2 mm PDF")
        .arg(rounded(size.width() * mmPerPixel), height(mmPerPixel));
}
} // namespace

ExportChartDialog::ExportChartDialog(Database &db, const ChartRequest &current, QWidget *parent)
    : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Export Chart"));
    m_options = new ExportChartOptions(current, companyNames(db));
    m_options->setObjectName(QStringLiteral("options"));

    m_preview = new ChartPreview(db.path());
    m_preview->setObjectName(QStringLiteral("preview"));
    auto *previewScroll = new QScrollArea;
    previewScroll->setObjectName(QStringLiteral("previewScroll"));
    previewScroll->setWidget(m_preview);
    previewScroll->setWidgetResizable(true); // fits the area, unless at actual size
    previewScroll->setFrameShape(QFrame::NoFrame);
    m_actualSize = new QCheckBox(tr("Actual si&ze (100 %)"));
    m_actualSize->setObjectName(QStringLiteral("actualSize"));
    m_actualSize->setToolTip(tr("Show the chart pixel for pixel, as it will be read"));
    connect(m_actualSize, &QCheckBox::toggled, m_preview, &ChartPreview::setActualSize);
    m_outputNote = new QLabel;
    m_outputNote->setObjectName(QStringLiteral("outputNote"));
    m_outputNote->setForegroundRole(QPalette::PlaceholderText);
    connect(m_preview, &ChartPreview::rendered, this, &ExportChartDialog::describeOutputFile);
    auto *previewHeader = new QHBoxLayout;
    previewHeader->addWidget(new QLabel(tr("Preview")), 1);
    previewHeader->addWidget(m_actualSize);
    auto *previewColumn = new QVBoxLayout;
    previewColumn->addLayout(previewHeader);
    previewColumn->addWidget(previewScroll, 1);
    previewColumn->addWidget(m_outputNote, 0, Qt::AlignRight);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText); // problems quote names and paths
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_copy = buttons->addButton(tr("Cop&y to Clipboard"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copy"));
    m_copy->setAutoDefault(false);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("export"));
    connect(m_export, &QPushButton::clicked, this, &ExportChartDialog::startExport);
    m_job = new ChartExportJob(this);
    connect(m_job, &ChartExportJob::finished, this, &ExportChartDialog::exportFinished);
    connect(m_copy, &QPushButton::clicked, this, &ExportChartDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_options, 0);
    columns->addLayout(previewColumn, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);
    setMinimumSize(980, 620);
    m_export->setDefault(true); // only once the button is inside the dialog

    ExportChartSettings defaults;
    defaults.theme = current.theme;
    defaults.title = current.decorations.title;
    defaults.subtitle = current.decorations.subtitle;
    defaults.legend = current.decorations.legend;
    defaults.sources = current.listSources;
    m_defaultFolder = defaultFolder();
    defaults.lastFolder = m_defaultFolder;
    ExportChartSettings settings = ExportChartSettings::load(defaults);
    // A folder remembered from another machine or since removed is not offered again.
    if (!QFileInfo(settings.lastFolder).isDir())
        settings.lastFolder = m_defaultFolder;
    m_options->apply(settings);
    connect(m_options, &ExportChartOptions::changed, this, &ExportChartDialog::changed);
    changed();
}

ChartRequest ExportChartDialog::request() const
{
    return m_options->request();
}

QString ExportChartDialog::outputPath() const
{
    return m_options->outputPath();
}

void ExportChartDialog::setOutputPath(const QString &path)
{
    m_options->setOutputPath(path);
}

QString ExportChartDialog::errorText() const
{
    return m_exportError.isEmpty() ? m_problems.join(QLatin1Char('\n')) : m_exportError;
}

QImage ExportChartDialog::previewImage() const
{
    return m_preview->image();
}

void ExportChartDialog::changed()
{
    m_exportError.clear();
    m_problems = m_options->problems();
    showMessage(m_problems.join(QLatin1Char('\n')), true);
    // A chart that cannot be drawn keeps its last preview; one merely lacking a file is shown.
    const bool drawable = m_options->chartProblems().isEmpty();
    m_export->setEnabled(m_problems.isEmpty() && !isExporting());
    m_copy->setEnabled(drawable);
    const ChartRequest chart = request();
    if (drawable || m_preview->image().isNull())
        m_preview->setRequest(chart);
    describeOutputFile();
}

void ExportChartDialog::describeOutputFile()
{
    const ChartRequest chart = request();
    // A height fitted to the content is known once the preview has laid the chart out.
    QSizeF size = chart.size;
    if (chart.fitHeight)
        size.setHeight(m_preview->chartSize().width() == chart.size.width()
                           ? m_preview->chartSize().height()
                           : 0);
    QString note = describeOutput(chart, size, m_options->format());
    if (m_options->writesSourcesFile())
        note += tr(", and its sources in %1")
                    .arg(QFileInfo(ChartBuilder::sourcesPathFor(outputPath())).fileName());
    m_outputNote->setText(note);
}

QString ExportChartDialog::defaultFolder()
{
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return pictures.isEmpty() ? QDir::homePath() : pictures;
}

void ExportChartDialog::showMessage(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
    m_message->setText(text);
}

bool ExportChartDialog::isExporting() const
{
    return m_job->isRunning();
}

bool ExportChartDialog::startExport()
{
    if (isExporting())
        return false;
    changed();
    if (!m_problems.isEmpty())
        return false;
    QString path = outputPath();
    if (!imageFormatForPath(path)) {
        path += QLatin1Char('.') + suffixOf(m_options->format());
        setOutputPath(path);
    }
    m_exportPath = QDir::fromNativeSeparators(path);
    // On a fresh machine the Pictures folder offered first may not exist yet: it is made. A
    // folder the user typed is never made behind their back.
    const QString folder = QFileInfo(m_exportPath).absolutePath();
    if (QDir(folder) == QDir(m_defaultFolder) && !QFileInfo::exists(folder))
        QDir().mkpath(folder);
    m_job->start(m_db.path(), request(), m_exportPath,
                 m_options->writesSourcesFile() ? ChartBuilder::sourcesPathFor(m_exportPath)
                                                : QString());
    m_export->setEnabled(false);
    showMessage(tr("Exporting the chart…"), false);
    return true;
}

void ExportChartDialog::exportFinished()
{
    m_export->setEnabled(m_problems.isEmpty());
    if (const auto error = m_job->error()) {
        if (m_job->isCancelled()) {
            m_exportError = tr("The export was cancelled; no file was written.");
        } else {
            // The core's message already says what to do (check the folder, pick a smaller
            // size).
            QString message = error->message;
            if (!message.endsWith(QLatin1Char('.')))
                message += QLatin1Char('.');
            m_exportError = tr("The chart was not exported: %1").arg(message);
        }
        showMessage(m_exportError, !m_job->isCancelled());
        return;
    }
    showMessage(QString(), false);
    m_options->setLastFolder(QFileInfo(m_exportPath).absolutePath());
    saveSettings();
    accept();
}

QImage ExportChartDialog::renderForClipboard(Database &db, const ChartRequest &request)
{
    auto image = ChartBuilder::image(db, request);
    return image ? *image : QImage();
}

void ExportChartDialog::copyToClipboard()
{
    auto image = ChartBuilder::image(m_db, request());
    if (!image) {
        showMessage(tr("The chart could not be drawn: %1.").arg(image.error().message), true);
        return;
    }
    QGuiApplication::clipboard()->setImage(*image);
    showMessage(tr("The chart was copied to the clipboard."), false);
}

void ExportChartDialog::saveSettings() const
{
    m_options->settings().save();
}

void ExportChartDialog::reject()
{
    if (isExporting()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

void ExportChartDialog::done(int result)
{
    saveSettings(); // the choices are remembered whether or not the chart was exported
    QDialog::done(result);
}
