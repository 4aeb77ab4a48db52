#include "noteactions.h"

#include "databasesession.h"
#include "edit/edithistory.h"
#include "notedialog.h"
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/eventrepository.h"

#include <QAction>

NoteActions::NoteActions(QWidget *window) : QObject(window), m_window(window)
{
    m_add = new QAction(tr("Add &note…"), this);
    // Ctrl+Shift+N is File > New database.
    m_add->setShortcut(QKeySequence(tr("Ctrl+Alt+N")));
    m_add->setEnabled(false);
    connect(m_add, &QAction::triggered, this, [this] { add(QString(), QDate()); });
}

void NoteActions::setSession(DatabaseSession *session)
{
    m_session = session;
    m_add->setEnabled(m_session && !m_session->database().isReadOnly());
}

bool NoteActions::editable()
{
    if (!m_session)
        return false;
    if (m_session->database().isReadOnly()) {
        emit failed(tr("This database is open read-only, so its notes cannot be changed."));
        return false;
    }
    return true;
}

std::optional<Annotation> NoteActions::ask(const Annotation &note)
{
    QStringList companies;
    if (auto list = m_session->events().companies()) {
        for (const Company &company : *list)
            companies << company.name;
    }
    NoteDialog dialog(companies, m_window);
    dialog.setNote(note);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.note();
}

void NoteActions::add(const QString &company, QDate date, EventId event)
{
    if (!editable())
        return;
    Annotation note;
    note.company = company;
    note.event = event;
    if (event != 0) {
        if (auto found = m_session->events().find(event); found && *found) {
            note.company = (*found)->company;
            note.from = (*found)->date;
        }
    } else if (date.isValid()) {
        note.from = PartialDate::fromDate(date, PartialDate::Precision::Day);
    }
    const auto entered = ask(note);
    if (!entered)
        return;
    if (auto id = m_session->history().addNote(*entered); !id)
        emit failed(id.error().message);
}

void NoteActions::edit(AnnotationId id)
{
    if (!editable())
        return;
    const auto found = AnnotationStore(m_session->database()).find(id);
    if (!found || !*found)
        return;
    const auto entered = ask(**found);
    if (!entered || *entered == **found)
        return;
    if (auto status = m_session->history().editNote(**found, *entered); !status)
        emit failed(status.error().message);
}

void NoteActions::remove(AnnotationId id)
{
    if (!editable())
        return;
    const auto found = AnnotationStore(m_session->database()).find(id);
    if (!found || !*found)
        return;
    // Undoable, so no question asked.
    if (auto status = m_session->history().removeNote(**found); !status)
        emit failed(status.error().message);
}
