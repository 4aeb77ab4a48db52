#include "databasesession.h"

DatabaseSession::DatabaseSession(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_events(*m_db), m_history(m_events), m_timeline(*m_db), m_watcher(*m_db)
{
    connect(&m_history, &EditHistory::databaseChanged, this, &DatabaseSession::changed);
    connect(&m_watcher, &DatabaseWatcher::changedExternally, this, &DatabaseSession::changed);
}

Result<std::unique_ptr<DatabaseSession>> DatabaseSession::adopt(std::unique_ptr<Database> db)
{
    std::unique_ptr<DatabaseSession> session(new DatabaseSession(std::move(db)));
    if (auto status = session->m_timeline.reload(); !status)
        return status.error();
    return session;
}

Result<std::unique_ptr<DatabaseSession>> DatabaseSession::open(const QString &path,
                                                               Database::OpenMode mode)
{
    auto db = Database::open(path, mode);
    if (!db)
        return db.error();
    return adopt(std::move(*db));
}
