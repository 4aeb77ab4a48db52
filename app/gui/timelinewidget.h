#pragma once

#include "model/event.h"
#include "render/theme.h"
#include "timeline/scene.h"
#include "timeline/timelinelayout.h"

#include <QTimer>
#include <QWidget>

class QScrollBar;
class TimelineSource;

// The interactive timeline: lays the visible lanes out when the data or the view changes and
// paints the resulting Scene. Wheel zooms around the cursor, drag pans, keys pan, zoom, fit and
// move between events. It never queries the store while painting.
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    enum class ThemeChoice { System, Light, Dark };

    explicit TimelineWidget(QWidget *parent = nullptr);

    // The source the lanes come from; not owned. Call refresh() when its data changes.
    void setSource(TimelineSource *source);
    void refresh();

    const TimelineView &view() const { return m_view; }
    const Scene &scene() const { return m_scene; }
    Viewport viewport() const { return m_view.viewport; }
    int firstLane() const { return m_view.firstLane; }
    void setViewport(const Viewport &viewport);
    void setVisibleRange(double firstDay, double lastDay);
    void setFirstLane(int lane);

    EventId selectedEvent() const { return m_view.selectedEvent; }
    void selectEvent(EventId id); // emits nothing: the caller chose it
    // Event `id` as a lane in view holds it (a marker of its own, in a cluster or a bar's start),
    // or nullopt when no lane in view has it. For the screen reader's description.
    std::optional<Event> shownEvent(EventId id);
    void setCollapsedCompanies(const QSet<QString> &companies);
    // Role groups collapsed to a summary row, or the leadership only.
    void setRowOptions(const RowOptions &rows);

    void setThemeChoice(ThemeChoice choice);
    ThemeChoice themeChoice() const { return m_themeChoice; }
    Theme theme() const;
    void setLegendVisible(bool visible);

public slots:
    void zoomIn();
    void zoomOut();
    void fitAll();
    // Centres on `date` and zooms in until the event (or, with id 0, whatever is at the date)
    // is no longer merged into a cluster.
    void showApart(EventId id, QDate date);
    void goToDate(QDate date);
    void panLeft();
    void panRight();
    void selectNextEvent();
    void selectPreviousEvent();
    void toggleLane(const QString &company);

signals:
    void eventSelected(EventId id);
    void eventActivated(EventId id); // double-click or Enter
    void tenureSelected(EventId startEventId);
    // A new event on a lane (company empty when none), dated as precisely as the axis shows.
    void addEventRequested(const QString &company, const PartialDate &date);
    // A note to add on a lane (company empty when none), at a date or on an event (0: none).
    void addNoteRequested(const QString &company, QDate date, EventId event);
    void noteActivated(AnnotationId id); // a click on a note: edit it
    void removeNoteRequested(AnnotationId id);
    void viewChanged(); // the visible range, lanes or collapsed lanes changed
    void laneMoveRequested(const QString &company, int delta);
    void failed(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void relayout();
    void zoomAt(double plotX, double factor);
    void selectAndReport(EventId id);
    void announceSelection();
    void openCluster(const SceneHit &hit, QPoint globalPos);
    // The lanes the scene draws something of, from the top (they are loaded).
    std::vector<int> lanesInView() const;
    // Tab's stops: every event of the lanes in view, lane by lane, by date within a lane — those
    // merged into a cluster or outside the view too — with the first day each is shown at.
    struct TabStop
    {
        EventId id = 0;
        QDate date;
    };
    std::vector<TabStop> tabStops();
    void selectStep(int step);
    void tabThroughEvents(bool forward);
    void syncScrollBar();
    double plotX(QPointF point) const;

    TimelineSource *m_source = nullptr;
    TimelineView m_view;
    Scene m_scene;
    ThemeChoice m_themeChoice = ThemeChoice::System;
    QScrollBar *m_laneBar = nullptr;
    QTimer m_prefetch; // reads neighbouring lanes once the user pauses
    bool m_dragging = false;
    bool m_dragMoved = false;
    QPointF m_dragStart;
    Viewport m_dragViewport;
};
