#pragma once

#include "model/annotation.h"
#include "model/event.h"
#include "model/result.h"
#include "model/rolevocabulary.h"
#include "store/datachange.h"
#include "store/eventstore.h"

#include <QColor>
#include <QObject>
#include <QUndoStack>

#include <vector>

// Every change a user makes — add, edit, delete, duplicate, rename, merge, colour, import — as an
// undoable command on one QUndoStack. Each command writes to SQLite at once, in one transaction;
// a command whose write fails is dropped from the history and reported.
class EditHistory : public QObject
{
    Q_OBJECT
public:
    explicit EditHistory(EventStore &events, QObject *parent = nullptr);

    QUndoStack *undoStack() { return &m_stack; }
    EventStore &repository() { return m_events; }

    Result<EventId> addEvent(const Event &event);
    Status editEvent(const Event &before, const Event &after);
    Status deleteEvent(const Event &event);
    Result<EventId> duplicateEvent(const Event &event);
    // A file's new events and the role mappings and notes it carries (JSON), as one step.
    Result<std::vector<EventId>> importEvents(const std::vector<Event> &events,
                                              const QString &fileName,
                                              const EventStore::RoleAliases &roleAliases = {},
                                              const std::vector<Annotation> &notes = {});

    Status renameCompany(const QString &from, const QString &to);
    Status mergeCompanies(const QString &from, const QString &into);
    // Several names into one, as one step: the variants of a name, say (NameVariants).
    Status mergeCompanies(const QStringList &from, const QString &into);
    Status setCompanyColor(const QString &company, const QColor &color);
    Status renamePerson(const QString &from, const QString &to);
    Status mergePeople(const QString &from, const QString &into);
    Status mergePeople(const QStringList &from, const QString &into);
    // Maps a job title to a canonical role in this database, or forgets the mapping (nullopt).
    Status setRoleAlias(const QString &title, std::optional<RoleVocabulary::Role> role);

    // Notes pinned to a company's lane (Annotation).
    Result<AnnotationId> addNote(const Annotation &note);
    Status editNote(const Annotation &before, const Annotation &after);
    Status removeNote(const Annotation &note);

    // Called by the commands: reports a failed undo or redo and signals every change.
    void reportFailure(const Error &error);
    void reportChange(const DataChange &change);

signals:
    // After every write, undo and redo: first what it touched, then that something changed.
    void dataChanged(const DataChange &change);
    void databaseChanged();
    void failed(const QString &message);

private:
    Status push(class RepositoryCommand *command, DataChange change = DataChange::everything());
    Result<std::vector<EventId>> pushAdd(std::vector<Event> events, const QString &text,
                                         EventStore::RoleAliases roleAliases = {},
                                         std::vector<Annotation> notes = {});

    EventStore &m_events;
    QUndoStack m_stack;
};
