#pragma once

#include "model/event.h"

#include <QWidget>

#include <vector>

class EventTableModel;
class QCheckBox;
class QLabel;
class QPushButton;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

// The events the filters leave as a sortable table, with a line saying what is filtered and a
// button that clears it. Tells its owner which event the user picked; selecting one from outside
// (the timeline) is silent, so the two views can follow each other without a signal loop.
class EventTablePanel : public QWidget
{
    Q_OBJECT
public:
    explicit EventTablePanel(QWidget *parent = nullptr);

    // Replaces the rows; the selected event stays selected if it is still among them.
    void setEvents(std::vector<Event> events);
    // Selects the event and scrolls to it without emitting anything; 0 or an event not shown
    // (absent or hidden by the table filter) clears the selection.
    void selectEvent(EventId id);
    EventId selectedEvent() const; // 0 when none

    const EventTableModel &model() const { return *m_model; }

    // What the line above the rows says: "12 of 25 events · filter: …" when a filter is set,
    // "25 events" when none is; `listed` may be fewer than `matching` (the table's limit).
    // `matching` < 0: more than `listed`, not counted.
    void setSummary(qint64 listed, qint64 matching, qint64 total, const QString &filter);
    // Whether the table lists only the events in the timeline's visible span (off: all that
    // match, so zooming and panning do not change it).
    bool inViewOnly() const;

signals:
    void eventSelected(EventId id);  // the user selected a row
    void eventActivated(EventId id); // the user double-clicked a row or pressed Enter on it
    void inViewOnlyToggled(bool inViewOnly);
    void clearFiltersRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setInitialColumnWidths();
    void onSelectionChanged();
    EventId idAt(const QModelIndex &proxyIndex) const;

    EventTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QCheckBox *m_inViewOnly = nullptr;
    QTableView *m_view = nullptr;
    bool m_selectingProgrammatically = false;
};
