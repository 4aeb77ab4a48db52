#include "serverwatcher.h"

#include "pgconnection.h"

namespace {
constexpr const char *channel = "tenure_changes";
// Long enough to gather one transaction's notifications and a burst of small commits, short
// enough that another user's change shows within a second.
constexpr int settleMs = 150;
} // namespace

Result<std::unique_ptr<ServerWatcher>> ServerWatcher::watch(const QString &location,
                                                            QObject *parent)
{
    auto connection = PgConnection::connect(location);
    if (!connection)
        return connection.error();
    if (auto listening = (*connection)->run("LISTEN tenure_changes"); !listening)
        return listening.error();
    return std::unique_ptr<ServerWatcher>(new ServerWatcher(std::move(*connection), parent));
}

ServerWatcher::ServerWatcher(std::unique_ptr<PgConnection> connection, QObject *parent)
    : QObject(parent), m_connection(std::move(connection)),
      m_notifier(std::make_unique<QSocketNotifier>(m_connection->socket(), QSocketNotifier::Read))
{
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &ServerWatcher::readNotifications);
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, &ServerWatcher::report);
}

ServerWatcher::~ServerWatcher() = default;

void ServerWatcher::readNotifications()
{
    auto notifications = m_connection->takeNotifications();
    if (!notifications) {
        // The connection is gone (the server restarted): say everything may have changed, once.
        m_notifier->setEnabled(false);
        m_everything = true;
        m_settle.start();
        return;
    }
    for (const auto &notification : *notifications) {
        if (notification.channel != QLatin1String(channel) ||
            m_ignored.contains(notification.senderPid))
            continue;
        if (notification.payload == QLatin1String("*")) {
            m_everything = true;
        } else {
            for (const QString &id :
                 notification.payload.split(QLatin1Char(','), Qt::SkipEmptyParts))
                m_companyIds.insert(id.toLongLong());
        }
        if (!m_settle.isActive())
            m_settle.start();
    }
}

void ServerWatcher::report()
{
    QStringList companies;
    if (!m_everything && !m_companyIds.isEmpty()) {
        QStringList ids;
        for (const qint64 id : std::as_const(m_companyIds))
            ids << QString::number(id);
        auto rows =
            m_connection->query("SELECT name FROM tenure.companies WHERE id = ANY ($1::bigint[])",
                                {PgConnection::textArray(ids)});
        // A company that is gone since (merged away) cannot be named: everything, then.
        if (rows && rows->count() == int(m_companyIds.size())) {
            for (int row = 0; row < rows->count(); ++row)
                companies << rows->text(row, 0);
        }
    }
    const bool everything = m_everything || (companies.isEmpty() && !m_companyIds.isEmpty());
    m_everything = false;
    m_companyIds.clear();
    if (everything || !companies.isEmpty()) {
        companies.sort(Qt::CaseInsensitive);
        emit changedExternally(everything ? QStringList() : companies);
    }
}
