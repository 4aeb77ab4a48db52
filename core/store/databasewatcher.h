#pragma once

#include <QObject>
#include <QTimer>

class Database;

// Notices commits made to the database file by other connections — tenure-cli, a second
// window — by polling PRAGMA data_version, which this connection's own writes do not change.
class DatabaseWatcher : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseWatcher(Database &db, int intervalMs = 500, QObject *parent = nullptr);

    // Checks at once (the timer also calls this); true when something changed.
    bool poll();

signals:
    void changedExternally();

private:
    Database &m_db;
    QTimer m_timer;
    qint64 m_lastSeen = -1;
};
