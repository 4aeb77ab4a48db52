#pragma once

#include "model/event.h"

#include <QAbstractTableModel>

#include <vector>

// Events as table rows, one column per field. Sorting by a column uses SortKeyRole, so dates sort
// chronologically and amounts numerically behind a QSortFilterProxyModel. Filled by its owner;
// it never queries.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Company, Type, People, RoleOrRound, Amount, Status, Description, Source };
    static constexpr int columnCountValue = Source + 1;
    enum Role {
        EventIdRole = Qt::UserRole, // the row's EventId (qint64)
        SortKeyRole,                // what the column sorts by: a number or folded text
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEvents(std::vector<Event> events);
    const std::vector<Event> &events() const { return m_events; }
    const Event &eventAt(int row) const { return m_events.at(std::size_t(row)); }
    int rowForEvent(EventId id) const; // -1 when not shown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // What a cell shows; the timeline reads an event out to screen readers in the same words.
    static QString displayText(const Event &event, int column);

private:
    QVariant sortKey(const Event &event, int column) const;
    QVariant toolTip(const Event &event, int column) const;

    std::vector<Event> m_events;
};
