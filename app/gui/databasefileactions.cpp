#include "databasefileactions.h"

#include "databasesession.h"
#include "defaultdatabase.h"
#include "plaintext.h"
#include "recentfiles.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace {
QString databaseFilter()
{
    return DatabaseFileActions::tr("Tenure databases (*.sqlite *.db);;All files (*)");
}

QString withSuffix(QString path)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    return path;
}
} // namespace

DatabaseFileActions::DatabaseFileActions(QWidget *window, Adopt adopt, Current current)
    : QObject(window), m_window(window), m_adopt(std::move(adopt)), m_current(std::move(current))
{}

void DatabaseFileActions::addTo(QMenu *menu)
{
    menu->addAction(tr("&New database…"), QKeySequence(tr("Ctrl+Shift+N")), this,
                    &DatabaseFileActions::createNew);
    menu->addAction(tr("&Open database…"), QKeySequence::Open, this,
                    &DatabaseFileActions::chooseAndOpen);
    QMenu *recent = menu->addMenu(tr("Open &recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecent(recent); });
    menu->addAction(tr("Save database &as…"), QKeySequence::SaveAs, this,
                    &DatabaseFileActions::saveAs);
}

void DatabaseFileActions::fillRecent(QMenu *menu)
{
    menu->clear();
    const QStringList recent = RecentFiles::list();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        menu->addAction(
            QStringLiteral("&%1 %2").arg(QString::number(i + 1), PlainText::asActionText(path)),
            this, [this, path] { open(path); });
    }
    if (recent.isEmpty())
        menu->addAction(tr("(none)"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("Clear list"), this, [] { RecentFiles::clear(); });
}

bool DatabaseFileActions::open(const QString &path)
{
    auto db = DefaultDatabase::openForViewing(path);
    if (!db) {
        emit failed(db.error().message);
        return false;
    }
    auto session = DatabaseSession::adopt(std::move(*db));
    if (!session) {
        emit failed(session.error().message);
        return false;
    }
    m_adopt(std::move(*session));
    return true;
}

void DatabaseFileActions::createNew()
{
    const QString path = withSuffix(
        QFileDialog::getSaveFileName(m_window, tr("New database"), QString(), databaseFilter()));
    if (path.isEmpty())
        return;
    auto session = DatabaseSession::open(path, Database::OpenMode::CreateNew);
    if (!session) {
        emit failed(session.error().message);
        return;
    }
    m_adopt(std::move(*session));
}

void DatabaseFileActions::chooseAndOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open database"), QString(), databaseFilter());
    if (!path.isEmpty())
        open(path);
}

void DatabaseFileActions::saveAs()
{
    DatabaseSession *session = m_current();
    if (!session)
        return;
    const QString path = withSuffix(QFileDialog::getSaveFileName(m_window, tr("Save database as"),
                                                                 QString(), databaseFilter()));
    if (path.isEmpty())
        return;
    // The copy becomes the open database, as Save As does everywhere.
    if (auto status = session->database().copyTo(path); !status) {
        emit failed(status.error().message);
        return;
    }
    open(path);
}
