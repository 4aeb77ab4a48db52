#pragma once

#include "export/chartrequest.h"

#include <QImage>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <stop_token>

class PreviewRenderer;
struct PreviewResult;

// A live, scaled-down picture of the chart a request would export. The chart is laid out at its
// true size and painted small, so the preview shows the real proportions of text and marks; or,
// at actual size, pixel for pixel (in a scroll area), to judge how it reads. Changes are gathered
// for a moment before rendering, so typing a title stays fluid; the rendering itself runs on a
// thread of its own, over its own connection to the database at `databasePath`, and only the
// latest request's picture is ever shown.
class ChartPreview : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPreview(const QString &databasePath, QWidget *parent = nullptr);
    ~ChartPreview() override;

    // Renders `request` once the changes have paused for `debounceMs`.
    void setRequest(const ChartRequest &request);
    QImage image() const { return m_image; } // the last rendered preview; null before the first
    QString problem() const { return m_problem; }
    // The chart's size as laid out (its height fitted to the content if asked); empty before
    // the first rendering.
    QSizeF chartSize() const { return m_chartSize; }
    // True from a change until its picture is shown: what is shown is older than the request.
    bool isRendering() const { return m_rendering; }
    bool actualSize() const { return m_actualSize; }
    // At actual size the preview is as large as the chart, to be scrolled; else it fits.
    void setActualSize(bool actual);

    static constexpr int debounceMs = 150;
    // A rendering quicker than this shows no "Rendering" note, which would only flicker.
    static constexpr int busyNoteDelayMs = 300;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void rendered();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void render(); // hands the request to the renderer's thread
    void showResult(const PreviewResult &result);
    QRectF chartArea(QSizeF chartSize) const;
    QRectF room() const;

    ChartRequest m_request;
    QSizeF m_chartSize;
    bool m_actualSize = false;
    bool m_hasRequest = false;
    bool m_rendering = false;
    bool m_transparent = false; // the shown image's, which the request may no longer be
    QTimer m_debounce;
    QTimer m_busyNote; // runs from handing a job over until the note is due
    bool m_showBusyNote = false;
    QImage m_image;
    QString m_problem;
    QThread m_thread;
    PreviewRenderer *m_renderer = nullptr; // lives on m_thread, deleted when it finishes
    std::stop_source m_stop;               // of the job last handed over
    quint64 m_lastJob = 0; // the only job whose result is shown; 0 once it is dropped
    quint64 m_jobCount = 0;
};
