#pragma once

#include "model/annotation.h"

#include <QDate>
#include <QObject>

class DatabaseSession;
class QAction;
class QWidget;

// Notes on the timeline: add one (Edit ▸ Add note…, or the timeline's context menu at a date, on
// a lane or on an event), edit and remove one. Each is one undoable step (EditHistory).
class NoteActions : public QObject
{
    Q_OBJECT
public:
    explicit NoteActions(QWidget *window);

    void setSession(DatabaseSession *session);
    QAction *addNote() const { return m_add; }

public slots:
    // The dialog, filled with what is known: a company, a date, an event to pin it to.
    void add(const QString &company, QDate date, EventId event = 0);
    void edit(AnnotationId id);
    void remove(AnnotationId id);

signals:
    void failed(const QString &message);

private:
    bool editable();
    std::optional<Annotation> ask(const Annotation &note);

    QWidget *m_window;
    DatabaseSession *m_session = nullptr;
    QAction *m_add;
};
