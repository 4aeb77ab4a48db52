#pragma once

#include "export/chartrequest.h"

#include <QImage>
#include <QTimer>
#include <QWidget>

class Database;

// A live, scaled-down picture of the chart a request would export. The chart is laid out at its
// true size and painted small, so the preview shows the real proportions of text and marks; or,
// at actual size, pixel for pixel (in a scroll area), to judge how it reads. Changes are gathered
// for a moment before rendering, so typing a title stays fluid.
class ChartPreview : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPreview(Database &db, QWidget *parent = nullptr);

    // Renders `request` once the changes have paused for `debounceMs`.
    void setRequest(const ChartRequest &request);
    QImage image() const { return m_image; } // the last rendered preview; null before the first
    QString problem() const { return m_problem; }
    // The chart's size as laid out (its height fitted to the content if asked); empty before
    // the first rendering.
    QSizeF chartSize() const { return m_chartSize; }
    bool actualSize() const { return m_actualSize; }
    // At actual size the preview is as large as the chart, to be scrolled; else it fits.
    void setActualSize(bool actual);

    static constexpr int debounceMs = 150;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void rendered();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    QRectF chartArea(QSizeF chartSize) const;

    Database &m_db;
    ChartRequest m_request;
    QSizeF m_chartSize;
    bool m_actualSize = false;
    bool m_hasRequest = false;
    QTimer m_debounce;
    QImage m_image;
    QString m_problem;
};
