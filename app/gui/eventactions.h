#pragma once

#include "model/event.h"

#include <QObject>

class DatabaseSession;
class QAction;
class QWidget;

// The Edit menu's event commands — new, edit, duplicate, delete — and importing and exporting
// events, on whichever database is open. Every change goes through EditHistory, so it is one
// transaction and one undoable step.
class EventActions : public QObject
{
    Q_OBJECT
public:
    explicit EventActions(QWidget *window);

    void setSession(DatabaseSession *session);
    void setSelectedEvent(EventId id);

    QAction *newEvent() const { return m_new; }
    QAction *editEvent() const { return m_edit; }
    QAction *duplicateEvent() const { return m_duplicate; }
    QAction *deleteEvent() const { return m_delete; }
    QAction *importEvents() const { return m_import; }
    QAction *exportEvents() const { return m_export; }

public slots:
    // The editor with the company (if any) and the date (if valid) filled in.
    void addEventOn(const QString &company, const PartialDate &date);
    void edit(EventId id);
    bool importFile(const QString &path); // reports problems in a dialog; false if none imported

signals:
    void eventChosen(EventId id); // a new or edited event, to select it
    void failed(const QString &message);
    void imported(const QString &summary); // what an import added, skipped and refused

private:
    void openEditor(const Event &event);
    std::optional<Event> selected() const;
    void updateEnabled();

    QWidget *m_window;
    DatabaseSession *m_session = nullptr;
    EventId m_selected = 0;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_import;
    QAction *m_export;
};
