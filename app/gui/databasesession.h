#pragma once

#include "edit/edithistory.h"
#include "model/result.h"
#include "query/datacheck.h"
#include "query/timelinesource.h"
#include "store/database.h"
#include "store/databasewatcher.h"
#include "store/eventrepository.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>

#include <memory>
#include <stop_token>

// One open database and everything the window works with on it: the repository, the undo
// history, the timeline's source of lanes, the check of the data and the watcher that notices
// other programs' writes. Opening another file replaces the whole session, so nothing of the old
// file lingers.
class DatabaseSession : public QObject
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<DatabaseSession>> open(const QString &path,
                                                         Database::OpenMode mode);
    static Result<std::unique_ptr<DatabaseSession>> adopt(std::unique_ptr<Database> db);
    ~DatabaseSession() override;

    Database &database() { return *m_db; }
    EventRepository &events() { return m_events; }
    EditHistory &history() { return m_history; }
    TimelineSource &timeline() { return m_timeline; }
    QString path() const { return m_db->path(); }

    // The standing check of the data. A change to a few companies is checked at once; a whole
    // check (on opening, after another program's write) runs on a worker thread with its own
    // read-only connection, so a million events never hold the window back.
    const DataCheck &check() const { return m_check; }
    void refreshCheck(const DataChange &change);
    // The whole check, here and now, for a user who asked for the list.
    Status checkNow() { return m_check.refresh(DataChange::everything()); }
    bool isCheckRunning() const { return m_wholeCheck.isRunning(); }

signals:
    // The data changed, by this window's edits, undo and redo, or another program's writes
    // (which are everything's change).
    void changed(const DataChange &change);
    void checkUpdated();
    void checkFailed(const QString &message);

private:
    explicit DatabaseSession(std::unique_ptr<Database> db);
    void startWholeCheck();
    void adoptWholeCheck();

    std::unique_ptr<Database> m_db;
    EventRepository m_events;
    EditHistory m_history;
    TimelineSource m_timeline;
    DataCheck m_check;
    DatabaseWatcher m_watcher;
    QFutureWatcher<Result<DataCheck::ByCompany>> m_wholeCheck;
    bool m_wholeCheckStale = false;    // everything changed again while it ran
    std::stop_source m_stopWholeCheck; // between companies: its result would be thrown away
    QStringList m_touchedDuringCheck;
};
