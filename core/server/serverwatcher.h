#pragma once

#include "model/result.h"

#include <QObject>
#include <QSet>
#include <QSocketNotifier>
#include <QStringList>
#include <QTimer>

#include <memory>

class PgConnection;

// Notices commits to a server database by other programs and people within a moment: it LISTENs
// on a connection of its own for what the server's triggers NOTIFY (serverschema.h) — no polling
// — and says which companies changed. Changes made through the connections it is told to ignore
// (this program's own) are left out, as a file's DatabaseWatcher leaves out its own writes.
class ServerWatcher : public QObject
{
    Q_OBJECT

public:
    // Connects to `location` and starts listening; fails as connecting does.
    static Result<std::unique_ptr<ServerWatcher>> watch(const QString &location,
                                                        QObject *parent = nullptr);
    ~ServerWatcher() override;

    void ignoreChangesBy(int backendPid) { m_ignored.insert(backendPid); }

signals:
    // The companies whose events or notes others changed; empty when everything may have (a
    // rename, a merge, a role mapping, or more companies than are worth naming).
    void changedExternally(const QStringList &companies);

private:
    ServerWatcher(std::unique_ptr<PgConnection> connection, QObject *parent);
    void readNotifications();
    void report();

    std::unique_ptr<PgConnection> m_connection;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QSet<int> m_ignored;
    // Notifications arriving close together are reported once.
    QTimer m_settle;
    QSet<qint64> m_companyIds;
    bool m_everything = false;
};
