#pragma once

#include <QStringList>

// The databases opened most recently, newest first, kept in QSettings between runs.
class RecentFiles
{
public:
    static constexpr int maxCount = 8;
    static QStringList list(); // only files that still exist
    static void add(const QString &path);
    static void clear();
};
