#include "eventactions.h"

#include "databasesession.h"
#include "edit/importplan.h"
#include "eventeditordialog.h"
#include "importproblemsdialog.h"
#include "io/eventfile.h"
#include "io/importreport.h"
#include "store/annotationstore.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace {
// Translated when a dialog asks for it, not at static initialisation, before any translator.
QString eventFileFilter()
{
    return EventActions::tr("Event files (*.csv *.json);;CSV (*.csv);;JSON (*.json)");
}

QString lastFolder()
{
    return QSettings().value(QStringLiteral("lastEventFolder")).toString();
}

void rememberFolder(const QString &path)
{
    QSettings().setValue(QStringLiteral("lastEventFolder"), QFileInfo(path).absolutePath());
}
} // namespace

EventActions::EventActions(QWidget *window) : QObject(window), m_window(window)
{
    m_new = new QAction(tr("&New event…"), this);
    m_new->setShortcut(QKeySequence::New);
    m_new->setStatusTip(tr("Add an event by hand, with its source"));
    connect(m_new, &QAction::triggered, this, [this] { addEventOn({}, {}); });

    m_edit = new QAction(tr("&Edit event…"), this);
    m_edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_edit->setShortcutContext(Qt::WidgetShortcut); // Enter belongs to the focused view
    connect(m_edit, &QAction::triggered, this, [this] { edit(m_selected); });

    m_duplicate = new QAction(tr("D&uplicate event"), this);
    m_duplicate->setShortcut(QKeySequence(tr("Ctrl+D")));
    connect(m_duplicate, &QAction::triggered, this, [this] {
        const auto event = selected();
        if (!event)
            return;
        auto id = m_session->history().duplicateEvent(*event);
        if (!id)
            emit failed(id.error().message);
        else
            emit eventChosen(*id);
    });

    m_delete = new QAction(tr("&Delete event…"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, [this] {
        const auto event = selected();
        if (!event)
            return;
        QMessageBox confirm(QMessageBox::Question, tr("Delete event"),
                            tr("Delete “%1”?").arg(event->summary()), QMessageBox::Cancel,
                            m_window);
        confirm.setTextFormat(Qt::PlainText); // the summary holds names, not markup
        confirm.setInformativeText(tr("You can undo this with Edit → Undo."));
        QPushButton *remove = confirm.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        confirm.setDefaultButton(QMessageBox::Cancel);
        confirm.exec();
        if (confirm.clickedButton() != remove)
            return;
        if (auto status = m_session->history().deleteEvent(*event); !status)
            emit failed(status.error().message);
    });

    m_import = new QAction(tr("&Import events…"), this);
    m_import->setShortcut(QKeySequence(tr("Ctrl+I")));
    connect(m_import, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Import events"),
                                                          lastFolder(), eventFileFilter());
        if (!path.isEmpty())
            importFile(path);
    });

    m_export = new QAction(tr("E&xport events…"), this);
    m_export->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    connect(m_export, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        QString path = QFileDialog::getSaveFileName(m_window, tr("Export events"), lastFolder(),
                                                    eventFileFilter());
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".csv");
        const auto format = EventFile::formatForPath(path);
        if (!format) {
            emit failed(tr("%1: the file name must end in .csv or .json").arg(path));
            return;
        }
        auto events = m_session->events().query();
        // JSON carries the role mappings and the notes with the events.
        auto aliases = m_session->events().roleAliases();
        auto notes = AnnotationStore(m_session->database()).list();
        Status written = !events    ? Status(events.error())
                         : !aliases ? Status(aliases.error())
                         : !notes
                             ? Status(notes.error())
                             : EventFile::writeFile(path, *events, *format, CsvWriter::Cells::Exact,
                                                    {*aliases, *notes});
        if (!written)
            emit failed(written.error().message);
        else
            rememberFolder(path);
    });
    updateEnabled();
}

void EventActions::setSession(DatabaseSession *session)
{
    m_session = session;
    m_selected = 0;
    updateEnabled();
}

void EventActions::setSelectedEvent(EventId id)
{
    m_selected = id;
    updateEnabled();
}

void EventActions::updateEnabled()
{
    const bool open = m_session != nullptr;
    const bool writable = open && !m_session->database().isReadOnly();
    m_export->setEnabled(open);
    for (QAction *action : {m_new, m_import})
        action->setEnabled(writable);
    for (QAction *action : {m_edit, m_duplicate, m_delete})
        action->setEnabled(writable && m_selected != 0);
}

std::optional<Event> EventActions::selected() const
{
    if (!m_session || m_selected == 0)
        return std::nullopt;
    auto found = m_session->events().find(m_selected);
    if (!found || !*found)
        return std::nullopt;
    return **found;
}

void EventActions::addEventOn(const QString &company, const PartialDate &date)
{
    Event event;
    event.type = EventType::Appointment;
    event.company = company;
    event.date = date;
    openEditor(event);
}

void EventActions::edit(EventId id)
{
    if (!m_session)
        return;
    auto found = m_session->events().find(id);
    if (found && *found)
        openEditor(**found);
}

void EventActions::openEditor(const Event &event)
{
    if (!m_session)
        return;
    if (m_session->database().isReadOnly()) {
        emit failed(tr("This database is open read-only (the file or its folder cannot be "
                       "written), so its events cannot be changed. Save a copy with File → Save "
                       "database as… to edit it."));
        return;
    }
    EventEditorDialog editor(m_session->events(), m_window);
    editor.setEvent(event);
    if (editor.exec() != QDialog::Accepted)
        return;
    const auto entered = editor.event();
    if (!entered)
        return;
    if (event.id == 0) {
        auto id = m_session->history().addEvent(*entered);
        if (!id)
            emit failed(id.error().message);
        else
            emit eventChosen(*id);
    } else if (*entered != event) {
        if (auto status = m_session->history().editEvent(event, *entered); !status)
            emit failed(status.error().message);
        else
            emit eventChosen(event.id);
    }
}

bool EventActions::importFile(const QString &path)
{
    if (!m_session)
        return false;
    rememberFolder(path);
    const QString fileName = QFileInfo(path).fileName();
    const ImportBatch batch = EventFile::read(path);
    // Events already stored are skipped, so importing a file twice adds nothing. The plan writes
    // nothing; it is made first so that the problems dialog lists its warnings too.
    const auto plan = ImportPlan::make(m_session->events(), batch, fileName);
    if (!plan) {
        emit failed(plan.error().message);
        return false;
    }
    if (!batch.ok()) {
        QStringList problems;
        for (const ImportIssue &issue : batch.issues)
            problems << issue.toString();
        QStringList warnings;
        for (const ImportIssue &issue : batch.warnings + plan->warnings())
            warnings << issue.toString();
        ImportProblemsDialog dialog(fileName, problems, batch.problemCount(), m_window);
        dialog.setWarnings(warnings);
        dialog.setReport(ImportReport::text(batch, plan->warnings()));
        dialog.offerValidRows(qsizetype(batch.valid().size()));
        if (dialog.exec() != QDialog::Accepted || batch.valid().empty())
            return false;
    }
    if (!plan->toAdd.empty() || !batch.roleAliases.empty() || !batch.notes.empty()) {
        auto ids = m_session->history().importEvents(plan->toAdd, fileName, batch.roleAliases,
                                                     batch.notes);
        if (!ids) {
            emit failed(ids.error().message);
            return false;
        }
    }
    QStringList parts{
        tr("Imported %n events from %1", nullptr, int(plan->toAdd.size())).arg(fileName)};
    if (plan->duplicates > 0)
        parts << tr("skipped %1 already there").arg(plan->duplicates);
    if (!batch.roleAliases.empty())
        parts << tr("role mappings: %1 in the file").arg(batch.roleAliases.size());
    if (!batch.notes.empty())
        parts << tr("notes: %1 in the file").arg(batch.notes.size());
    if (!batch.ok())
        parts << tr("refused %n rows", nullptr, int(batch.rejected.size()));
    const qsizetype warnings = batch.warnings.size() + plan->warnings().size();
    if (warnings > 0)
        parts << tr("%n warnings", nullptr, int(warnings));
    if (const qsizetype variants = plan->nameVariants.size(); variants > 0) {
        const QString which =
            tr("%n names may be other spellings of names already there", nullptr, int(variants));
        parts << which + tr(" (Edit → Companies and people… can merge them)");
    }
    emit imported(parts.join(QStringLiteral("; ")) + QLatin1Char('.'));
    return true;
}
