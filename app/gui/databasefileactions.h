#pragma once

#include <QObject>

#include <functional>
#include <memory>

class DatabaseSession;
class QMenu;
class QWidget;

// The File menu's database commands: New, Open, Open recent and Save As. Each ends in a new
// DatabaseSession handed to the window, or in an error message; the open file is never changed.
class DatabaseFileActions : public QObject
{
    Q_OBJECT
public:
    using Adopt = std::function<void(std::unique_ptr<DatabaseSession>)>;
    using Current = std::function<DatabaseSession *()>;

    DatabaseFileActions(QWidget *window, Adopt adopt, Current current);

    // Adds the commands to `menu`.
    void addTo(QMenu *menu);
    bool open(const QString &path);

signals:
    void failed(const QString &message);

private:
    void createNew();
    void chooseAndOpen();
    void saveAs();
    void fillRecent(QMenu *menu);

    QWidget *m_window;
    Adopt m_adopt;
    Current m_current;
};
