#pragma once

#include "edit/edithistory.h"
#include "model/result.h"
#include "query/timelinesource.h"
#include "store/database.h"
#include "store/databasewatcher.h"
#include "store/eventrepository.h"

#include <QObject>

#include <memory>

// One open database and everything the window works with on it: the repository, the undo
// history, the timeline's source of lanes and the watcher that notices other programs' writes.
// Opening another file replaces the whole session, so nothing of the old file lingers.
class DatabaseSession : public QObject
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<DatabaseSession>> open(const QString &path,
                                                         Database::OpenMode mode);
    static Result<std::unique_ptr<DatabaseSession>> adopt(std::unique_ptr<Database> db);

    Database &database() { return *m_db; }
    EventRepository &events() { return m_events; }
    EditHistory &history() { return m_history; }
    TimelineSource &timeline() { return m_timeline; }
    QString path() const { return m_db->path(); }

signals:
    // The data changed, by this window's edits, undo and redo, or another program.
    void changed();

private:
    explicit DatabaseSession(std::unique_ptr<Database> db);

    std::unique_ptr<Database> m_db;
    EventRepository m_events;
    EditHistory m_history;
    TimelineSource m_timeline;
    DatabaseWatcher m_watcher;
};
