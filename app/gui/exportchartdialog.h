#pragma once

#include "export/chartrequest.h"

#include <QDialog>
#include <QImage>

class ChartExportJob;
class ChartPreview;
class Database;
class ExportChartOptions;
class QCheckBox;
class QLabel;
class QPushButton;

// File → Export chart: the chart the user is looking at, or another range, set of companies,
// size or theme, written to a PNG, SVG or PDF file, with a live preview beside the choices.
// The choices are remembered for the next export.
class ExportChartDialog : public QDialog
{
    Q_OBJECT
public:
    // `current` is what the window shows now: its filter (with the visible dates in from/to),
    // theme and collapsed lanes.
    ExportChartDialog(Database &db, const ChartRequest &current, QWidget *parent = nullptr);

    ChartRequest request() const; // the chart as configured
    QString outputPath() const;
    void setOutputPath(const QString &path);
    // What Export does: starts writing the file, off the GUI thread. False when the choices
    // keep it from starting. Once written, the choices are remembered and the dialog accepted;
    // on failure or Cancel errorText() says why and the dialog stays open.
    bool startExport();
    bool isExporting() const;
    QString errorText() const; // what keeps Export disabled, or why the last export failed
    QImage previewImage() const;

    // The chart as an image (null when it cannot be built), for "Copy chart to clipboard".
    static QImage renderForClipboard(Database &db, const ChartRequest &request);

    void done(int result) override;
    // While an export runs, Cancel (or Esc) stops it and the dialog stays open.
    void reject() override;

    // Where the first export goes: the user's Pictures folder (made if missing), else home.
    static QString defaultFolder();

private:
    void changed(); // after every edit: check the choices, update the notes, schedule a preview
    void showMessage(const QString &text, bool problem);
    void copyToClipboard();
    void describeOutputFile(); // the note under the preview: size and format of the file
    void saveSettings() const;
    void exportFinished();

    Database &m_db;
    ExportChartOptions *m_options = nullptr;
    ChartPreview *m_preview = nullptr;
    QCheckBox *m_actualSize = nullptr;
    QString m_defaultFolder;
    QLabel *m_outputNote = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_copy = nullptr;
    ChartExportJob *m_job = nullptr;
    QString m_exportPath; // of the export running or last run
    QStringList m_problems;
    QString m_exportError;
};
