#pragma once

#include <QDate>
#include <QWidget>

#include <vector>

// The whole date range at a glance: a histogram of how many events fall in each stretch of
// time, year labels, and the timeline's visible window as a translucent band. Clicking centres
// the timeline there, dragging the band pans it; the owner moves the band with setWindow.
class OverviewStrip : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewStrip(QWidget *parent = nullptr);

    // `counts` holds the number of events in equal stretches of first..last (both included).
    void setDensity(QDate first, QDate last, std::vector<int> counts);
    // The visible part of the timeline, in Julian days (fractions allowed).
    void setWindow(double firstJulianDay, double lastJulianDay);

    // Where things are drawn, for the owner and the tests: x of a day and the day at an x.
    double xForDay(double julianDay) const;
    double dayAtX(double x) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void windowMoveRequested(double centerJulianDay);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    bool hasRange() const { return m_first.isValid() && m_last.isValid() && m_last >= m_first; }
    QRectF windowRect() const;
    int labelBandHeight() const;
    void paintYears(QPainter &painter);

    QDate m_first;
    QDate m_last;
    std::vector<int> m_counts;
    double m_windowFirst = 0;
    double m_windowLast = 0;
    bool m_dragging = false;
    double m_grabOffset = 0; // days from the window's centre to where the user grabbed it
};
