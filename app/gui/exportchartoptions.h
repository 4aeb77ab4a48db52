#pragma once

#include "export/chartrequest.h"
#include "exportchartsettings.h"

#include <QWidget>

class ExportChartContents;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

// The choices of the export dialog, in three groups: the chart (kind, theme, title), the events
// shown (range, companies) and the output (format, size, file). Turns them into a ChartRequest
// and says what is wrong with them; the format follows the file name's extension and back.
class ExportChartOptions : public QWidget
{
    Q_OBJECT
public:
    // `current` is what the window shows now; `companies` every company in the database.
    ExportChartOptions(const ChartRequest &current, const QStringList &companies,
                       QWidget *parent = nullptr);

    void apply(const ExportChartSettings &settings);
    ExportChartSettings settings() const;
    void setLastFolder(const QString &folder) { m_lastFolder = folder; }

    ChartRequest request() const;
    ImageFormat format() const;
    // Whether the full list of sources goes to a text file beside the chart (PNG, SVG; a PDF
    // has it on a second page instead).
    bool writesSourcesFile() const;
    QString outputPath() const;
    void setOutputPath(const QString &path);
    // What keeps the chart from being exported, one sentence each; the fields at fault are
    // marked (property "faulty"). chartProblems() leaves out the file: what keeps it from
    // being drawn at all.
    QStringList problems();
    QStringList chartProblems();

signals:
    void changed();

private:
    QWidget *buildChartGroup();
    QWidget *buildOutputGroup();
    void connectChanges();

    ExportChartSettings::SizePreset sizePreset() const;

    void formatChosen();
    void pathEdited();
    void kindChosen();
    void sizePresetChosen();
    void browse();

    const ChartRequest m_current;
    QString m_lastFolder;
    QSize m_customSize;
    bool m_customFitsHeight = false;
    bool m_syncingPath = false; // the format and the file name's extension follow each other

    QComboBox *m_kind = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_subtitle = nullptr;
    QCheckBox *m_legend = nullptr;
    QCheckBox *m_sources = nullptr;
    QCheckBox *m_fullSources = nullptr;
    QCheckBox *m_leadershipOnly = nullptr; // starts as the view shows it
    QCheckBox *m_logScale = nullptr;       // funding only
    ExportChartContents *m_contents = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_sizePreset = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QCheckBox *m_fitHeight = nullptr;
    QComboBox *m_scale = nullptr;
    QCheckBox *m_transparent = nullptr;
    QLineEdit *m_path = nullptr;
};
