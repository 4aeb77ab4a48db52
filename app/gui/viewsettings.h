#pragma once

#include "timeline/lanelayout.h"

#include <QSet>
#include <QStringList>

// What the user was looking at in one database: the visible span, the lane at the top, the
// collapsed lanes, the rows shown and the lanes' order. Kept in QSettings per database file, so
// each file opens where it was left.
struct SavedView
{
    double firstDay = 0; // Julian day at the left edge; 0: never saved
    double spanDays = 0;
    int firstLane = 0;
    QSet<QString> collapsed;
    QStringList laneOrder;
    RowOptions rows; // collapsed role groups, leadership only

    bool hasRange() const { return firstDay > 0 && spanDays > 0; }
};

class ViewSettings
{
public:
    static SavedView load(const QString &databasePath);
    static void save(const QString &databasePath, const SavedView &view);
};
