#pragma once

#include "model/event.h"

#include <QWidget>

#include <vector>

class EventTableModel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

// The events as a sortable table with a quick filter over every column. Tells its owner which
// event the user picked; selecting one from outside (the timeline) is silent, so the two views
// can follow each other without a signal loop.
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

signals:
    void eventSelected(EventId id);  // the user selected a row
    void eventActivated(EventId id); // the user double-clicked a row or pressed Enter on it

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setInitialColumnWidths();
    void onSelectionChanged();
    EventId idAt(const QModelIndex &proxyIndex) const;

    EventTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    bool m_selectingProgrammatically = false;
};
