#include "databasewatcher.h"

#include "database.h"

DatabaseWatcher::DatabaseWatcher(Database &db, int intervalMs, QObject *parent)
    : QObject(parent), m_db(db), m_lastSeen(db.externalChangeCounter())
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DatabaseWatcher::poll);
    m_timer.start();
}

bool DatabaseWatcher::poll()
{
    const qint64 now = m_db.externalChangeCounter();
    if (now == m_lastSeen || now < 0)
        return false;
    m_lastSeen = now;
    emit changedExternally();
    return true;
}
