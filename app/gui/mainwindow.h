#pragma once

#include "export/chartrequest.h"
#include "model/event.h"
#include "store/datachange.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class DatabaseFileActions;
class DatabaseSession;
class DetailsPanel;
class EventActions;
class EventTablePanel;
class FilterPanel;
class OverviewStrip;
class QActionGroup;
class QDockWidget;
class QMenu;
class QPushButton;
class QUndoView;
class TimelineWidget;

// The viewer's window: the timeline in the middle, filters, details, the event table and the
// undo history in docks, and every command in a menu with its shortcut. It wires the panels to
// the open DatabaseSession; the panels themselves know nothing of each other.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Makes `session` the open database, replacing any other.
    void setSession(std::unique_ptr<DatabaseSession> session);
    DatabaseSession *session() const { return m_session.get(); }
    bool openDatabase(const QString &path);

    TimelineWidget *timeline() const { return m_timeline; }
    EventActions *eventActions() const { return m_eventActions; }
    class NoteActions *noteActions() const { return m_noteActions; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createPanels();
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void restoreSettings();
    void fitToScreen();
    void arrangeForNarrowScreen();
    void saveViewSettings();
    void restoreViewFor(const QString &path);

    void exportChart();
    void copyChart();
    ChartRequest currentChartRequest() const;
    void goToDateDialog();
    void findInFilters();
    void focusPanel(int step); // F6: 1 is the next shown panel, -1 the previous
    void showAbout();
    void checkData();

    void reloadData(const DataChange &change);
    void updateCheckStatus();
    void refreshTable();
    void applyFilter(const EventQuery &query);
    void showSelected(EventId id);
    void showTenure(EventId startEventId);
    void revealEvent(EventId id);
    void moveLane(const QString &company, int delta);
    void updateOverview(const DataChange &change);
    void reportError(const QString &message);
    void updateTitle();

    std::unique_ptr<DatabaseSession> m_session;
    TimelineWidget *m_timeline = nullptr;
    OverviewStrip *m_overview = nullptr;
    FilterPanel *m_filters = nullptr;
    QDockWidget *m_filtersDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_tableDock = nullptr;
    // Below this many pixels of screen width, Details shares the bottom with the Events table.
    static constexpr int narrowScreenWidth = 1280;
    DetailsPanel *m_details = nullptr;
    EventTablePanel *m_table = nullptr;
    QUndoView *m_undoView = nullptr;
    EventActions *m_eventActions = nullptr;
    class NoteActions *m_noteActions = nullptr;
    DatabaseFileActions *m_fileActions = nullptr;
    QMenu *m_viewMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QPushButton *m_checkStatus = nullptr; // the standing count of contradictions in the data
    QTimer m_tableTimer; // the table follows the view once it settles, not on every frame
    bool m_tableAfterPaint = false; // a file opened or changed: the table follows the next paint
    qint64 m_totalEvents = -1;      // in the database; -1 until counted after a change
    QHash<QString, qint64> m_eventsByCompany; // by TextFolding::caseless name
    class OverviewCounter *m_overviewCounter = nullptr;
};
