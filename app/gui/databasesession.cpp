#include "databasesession.h"

#include "workerpool.h"

#include <QtConcurrent/QtConcurrentRun>

DatabaseSession::DatabaseSession(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_events(*m_db), m_history(m_events), m_timeline(*m_db), m_check(*m_db),
      m_watcher(*m_db)
{
    connect(&m_history, &EditHistory::dataChanged, this, &DatabaseSession::changed);
    connect(&m_watcher, &DatabaseWatcher::changedExternally, this,
            [this] { emit changed(DataChange::everything()); });
    connect(&m_wholeCheck, &QFutureWatcher<Result<DataCheck::ByCompany>>::finished, this,
            &DatabaseSession::adoptWholeCheck);
}

DatabaseSession::~DatabaseSession()
{
    // The worker has a connection of its own; waiting keeps its thread from outliving the
    // session's file, which the caller may be about to delete or replace.
    m_wholeCheck.disconnect(this);
    m_stopWholeCheck.request_stop();
    m_wholeCheck.waitForFinished();
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

void DatabaseSession::refreshCheck(const DataChange &change)
{
    if (change.all) {
        startWholeCheck();
        return;
    }
    if (m_wholeCheck.isRunning())
        m_touchedDuringCheck << change.companies; // the worker may have read them before
    if (auto status = m_check.refresh(change); !status)
        emit checkFailed(status.error().message);
    emit checkUpdated();
}

void DatabaseSession::startWholeCheck()
{
    if (m_wholeCheck.isRunning()) {
        m_wholeCheckStale = true;
        m_stopWholeCheck.request_stop();
        return;
    }
    m_wholeCheckStale = false;
    m_touchedDuringCheck.clear();
    m_stopWholeCheck = std::stop_source();
    m_wholeCheck.setFuture(QtConcurrent::run(
        workerPool(),
        [path = m_db->path(),
         stop = m_stopWholeCheck.get_token()]() -> Result<DataCheck::ByCompany> {
            auto db = Database::open(path, Database::OpenMode::ReadOnly);
            if (!db)
                return db.error();
            // Stopped, it hands back part of the companies: adoptWholeCheck then starts again.
            DataCheck::ByCompany all;
            const Status derived = DataCheck::deriveEach(
                **db, [&](const QString &company, DataCheck::Findings &&findings) {
                    all.emplace(company, std::move(findings));
                    return !stop.stop_requested();
                });
            if (!derived)
                return derived.error();
            return all;
        }));
}

void DatabaseSession::adoptWholeCheck()
{
    if (m_wholeCheckStale) {
        startWholeCheck();
        return;
    }
    Result<DataCheck::ByCompany> all = m_wholeCheck.result();
    if (!all) {
        emit checkFailed(all.error().message);
        return;
    }
    m_check.adopt(std::move(*all));
    if (!m_touchedDuringCheck.isEmpty()) {
        m_touchedDuringCheck.removeDuplicates();
        if (auto status = m_check.refresh(DataChange::ofCompanies(m_touchedDuringCheck)); !status)
            emit checkFailed(status.error().message);
        m_touchedDuringCheck.clear();
    }
    emit checkUpdated();
}
