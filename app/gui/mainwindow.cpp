#include "mainwindow.h"

#include "databasefileactions.h"
#include "databasesession.h"
#include "datacheckdialog.h"
#include "detailspanel.h"
#include "eventactions.h"
#include "eventtablepanel.h"
#include "exportchartdialog.h"
#include "filterpanel.h"
#include "filtersummary.h"
#include "model/textfolding.h"
#include "namemanagerdialog.h"
#include "noteactions.h"
#include "overviewcounter.h"
#include "overviewstrip.h"
#include "plaintext.h"
#include "preferencesdialog.h"
#include "recentfiles.h"
#include "timelinerowactions.h"
#include "timelinewidget.h"
#include "viewsettings.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QStatusBar>
#include <QUndoView>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int tableLimit = 10000; // rows; the timeline shows the rest
constexpr int overviewBuckets = 400;

// Where focus lands in a panel: the panel itself or its proxy, else the first widget in it that
// Tab would reach.
QWidget *focusTarget(QWidget *panel)
{
    if (panel->focusProxy() || (panel->focusPolicy() & Qt::TabFocus))
        return panel;
    for (QWidget *w = panel->nextInFocusChain(); w != panel; w = w->nextInFocusChain()) {
        if (panel->isAncestorOf(w) && w->isVisible() && w->isEnabled() &&
            (w->focusPolicy() & Qt::TabFocus))
            return w;
    }
    return nullptr;
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Tenure"));
    setObjectName(QStringLiteral("mainWindow"));
    m_eventActions = new EventActions(this);
    m_noteActions = new NoteActions(this);
    connect(m_noteActions, &NoteActions::failed, this, &MainWindow::reportError);
    m_fileActions = new DatabaseFileActions(
        this, [this](std::unique_ptr<DatabaseSession> session) { setSession(std::move(session)); },
        [this] { return m_session.get(); });
    connect(m_fileActions, &DatabaseFileActions::failed, this, &MainWindow::reportError);
    createPanels();
    createMenus();
    m_tableTimer.setSingleShot(true);
    m_tableTimer.setInterval(250);
    connect(&m_tableTimer, &QTimer::timeout, this, &MainWindow::refreshTable);
    m_checkStatus = new QPushButton(this);
    m_checkStatus->setObjectName(QStringLiteral("checkStatus"));
    m_checkStatus->setFlat(true);
    m_checkStatus->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_checkStatus->hide();
    connect(m_checkStatus, &QPushButton::clicked, this, &MainWindow::checkData);
    statusBar()->addPermanentWidget(m_checkStatus);
    statusBar()->showMessage(tr("Wheel zooms, drag pans, Home fits all"), 5000);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanels()
{
    auto *centre = new QWidget;
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_overview = new OverviewStrip;
    m_overviewCounter = new OverviewCounter(this);
    connect(m_overviewCounter, &OverviewCounter::counted, this, [this] {
        const OverviewDensity &density = m_overviewCounter->density();
        m_overview->setDensity(density.first(), density.last(), density.counts());
    });
    connect(m_overviewCounter, &OverviewCounter::failed, this, &MainWindow::reportError);
    m_timeline = new TimelineWidget;
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->installEventFilter(this); // its paints, which the table's query waits for
    layout->addWidget(m_overview);
    layout->addWidget(m_timeline, 1);
    setCentralWidget(centre);

    const auto dock = [this](QWidget *panel, const QString &title, const char *name,
                             Qt::DockWidgetArea area) {
        auto *widget = new QDockWidget(title, this);
        widget->setObjectName(QLatin1String(name));
        widget->setWidget(panel);
        addDockWidget(area, widget);
        return widget;
    };
    m_filters = new FilterPanel;
    m_details = new DetailsPanel;
    m_table = new EventTablePanel;
    m_undoView = new QUndoView;
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_filtersDock = dock(m_filters, tr("Filters"), "filtersDock", Qt::LeftDockWidgetArea);
    m_detailsDock = dock(m_details, tr("Details"), "detailsDock", Qt::RightDockWidgetArea);
    auto *history = dock(m_undoView, tr("Undo history"), "undoDock", Qt::RightDockWidgetArea);
    m_tableDock = dock(m_table, tr("Events"), "tableDock", Qt::BottomDockWidgetArea);
    history->hide();
    resize(1440, 900);

    connect(m_timeline, &TimelineWidget::eventSelected, this, &MainWindow::showSelected);
    connect(m_timeline, &TimelineWidget::eventActivated, m_eventActions, &EventActions::edit);
    connect(m_timeline, &TimelineWidget::tenureSelected, this, &MainWindow::showTenure);
    // What was clicked on the timeline is shown, even when Details is a tab behind the table
    // (a narrow screen); a choice made in the table leaves the table in front.
    const auto showDetailsTab = [this] {
        if (!tabifiedDockWidgets(m_detailsDock).isEmpty())
            m_detailsDock->raise();
    };
    connect(m_timeline, &TimelineWidget::eventSelected, this, [showDetailsTab](EventId id) {
        if (id != 0)
            showDetailsTab();
    });
    connect(m_timeline, &TimelineWidget::tenureSelected, this, showDetailsTab);
    connect(m_timeline, &TimelineWidget::addEventRequested, m_eventActions,
            &EventActions::addEventOn);
    connect(m_timeline, &TimelineWidget::addNoteRequested, m_noteActions, &NoteActions::add);
    connect(m_timeline, &TimelineWidget::noteActivated, m_noteActions, &NoteActions::edit);
    connect(m_timeline, &TimelineWidget::removeNoteRequested, m_noteActions, &NoteActions::remove);
    connect(m_timeline, &TimelineWidget::laneMoveRequested, this, &MainWindow::moveLane);
    connect(m_timeline, &TimelineWidget::failed, this, &MainWindow::reportError);
    connect(m_timeline, &TimelineWidget::viewChanged, this, [this] {
        const Viewport viewport = m_timeline->viewport();
        m_overview->setWindow(viewport.firstDay(), viewport.lastDay());
        if (m_table->inViewOnly()) // otherwise the table lists every match: nothing to redo
            m_tableTimer.start();
    });
    connect(m_overview, &OverviewStrip::windowMoveRequested, this, [this](double centre) {
        const Viewport viewport = m_timeline->viewport();
        m_timeline->setVisibleRange(centre - viewport.spanDays() / 2,
                                    centre + viewport.spanDays() / 2);
    });
    connect(m_table, &EventTablePanel::eventSelected, this, [this](EventId id) {
        revealEvent(id);
        showSelected(id);
    });
    connect(m_table, &EventTablePanel::eventActivated, m_eventActions, &EventActions::edit);
    connect(m_filters, &FilterPanel::queryChanged, this, &MainWindow::applyFilter);
    connect(m_table, &EventTablePanel::inViewOnlyToggled, this, &MainWindow::refreshTable);
    connect(m_table, &EventTablePanel::clearFiltersRequested, m_filters,
            &FilterPanel::clearFilters);
    connect(m_eventActions, &EventActions::eventChosen, this, [this](EventId id) {
        revealEvent(id);
        showSelected(id);
    });
    connect(m_eventActions, &EventActions::failed, this, &MainWindow::reportError);
    connect(m_eventActions, &EventActions::imported, this,
            [this](const QString &summary) { statusBar()->showMessage(summary, 10000); });
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tenure"), this, &MainWindow::showAbout);
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileActions->addTo(file);
    file->addSeparator();
    file->addAction(m_eventActions->importEvents());
    file->addAction(m_eventActions->exportEvents());
    file->addSeparator();
    file->addAction(tr("Export &chart…"), QKeySequence(tr("Ctrl+E")), this,
                    &MainWindow::exportChart);
    file->addAction(tr("Cop&y chart to clipboard"), QKeySequence(tr("Ctrl+Shift+C")), this,
                    &MainWindow::copyChart);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Redo"));
    // Not QKeySequence::Redo as well: on Linux it is Ctrl+Shift+Z again, and Qt ignores a key
    // bound twice as ambiguous.
    m_redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    edit->addSeparator();
    edit->addAction(m_eventActions->newEvent());
    edit->addAction(m_eventActions->editEvent());
    edit->addAction(m_eventActions->duplicateEvent());
    edit->addAction(m_eventActions->deleteEvent());
    edit->addAction(m_noteActions->addNote());
    edit->addSeparator();
    edit->addAction(tr("&Companies and people…"), QKeySequence(tr("Ctrl+Shift+M")), this, [this] {
        if (!m_session || m_session->database().isReadOnly())
            return;
        NameManagerDialog dialog(m_session->history(), this);
        dialog.exec();
    });
    edit->addAction(tr("C&heck the data…"), QKeySequence(tr("Ctrl+Shift+K")), this,
                    &MainWindow::checkData);
    edit->addSeparator();
    edit->addAction(tr("&Find…"), QKeySequence::Find, this, &MainWindow::findInFilters);
    edit->addSeparator();
    // No shortcut: the platform's (Ctrl+, on some desktops) is Previous event's here.
    edit->addAction(tr("&Preferences…"), this,
                    [this] {
                        PreferencesDialog dialog(this);
                        dialog.exec();
                    })
        ->setMenuRole(QAction::PreferencesRole);
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *view = m_viewMenu;
    view->addAction(tr("Zoom &in"), QKeySequence::ZoomIn, m_timeline, &TimelineWidget::zoomIn);
    view->addAction(tr("Zoom &out"), QKeySequence::ZoomOut, m_timeline, &TimelineWidget::zoomOut);
    view->addAction(tr("&Fit all"), QKeySequence(Qt::CTRL | Qt::Key_0), m_timeline,
                    &TimelineWidget::fitAll);
    view->addAction(tr("&Go to date…"), QKeySequence(tr("Ctrl+G")), this,
                    &MainWindow::goToDateDialog);
    view->addAction(tr("Next p&anel"), QKeySequence(Qt::Key_F6), this, [this] { focusPanel(1); });
    view->addAction(tr("Previous pan&el"), QKeySequence(Qt::SHIFT | Qt::Key_F6), this,
                    [this] { focusPanel(-1); });
    view->addSeparator();
    view->addAction(tr("&Next event"), QKeySequence(tr("Ctrl+.")), m_timeline,
                    &TimelineWidget::selectNextEvent);
    view->addAction(tr("&Previous event"), QKeySequence(tr("Ctrl+,")), m_timeline,
                    &TimelineWidget::selectPreviousEvent);
    view->addAction(tr("Collapse all lanes"), this, [this] {
        if (!m_session)
            return;
        const QStringList lanes = m_session->timeline().laneOrder();
        m_timeline->setCollapsedCompanies(QSet<QString>(lanes.begin(), lanes.end()));
    });
    view->addAction(tr("Expand all lanes"), this,
                    [this] { m_timeline->setCollapsedCompanies({}); });
    new TimelineRowActions(m_timeline, view); // owned by the menu
    view->addSeparator();

    QMenu *themes = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const std::pair<QString, TimelineWidget::ThemeChoice> choices[] = {
        {tr("Follow the system"), TimelineWidget::ThemeChoice::System},
        {tr("Light"), TimelineWidget::ThemeChoice::Light},
        {tr("Dark"), TimelineWidget::ThemeChoice::Dark}};
    for (const auto &[label, choice] : choices) {
        QAction *action = themes->addAction(label);
        action->setCheckable(true);
        action->setData(int(choice));
        action->setChecked(choice == m_timeline->themeChoice());
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice = choice] {
            m_timeline->setThemeChoice(choice);
            QSettings().setValue(QStringLiteral("theme"), int(choice));
        });
    }
    QAction *legend = view->addAction(tr("Show &legend"));
    legend->setCheckable(true);
    legend->setChecked(true);
    connect(legend, &QAction::toggled, m_timeline, &TimelineWidget::setLegendVisible);
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
}

void MainWindow::setSession(std::unique_ptr<DatabaseSession> session)
{
    if (m_session)
        saveViewSettings();
    m_overviewCounter->clear(); // a count of the old file is dropped
    m_session = std::move(session);
    m_totalEvents = -1;
    m_eventActions->setSession(m_session.get());
    m_noteActions->setSession(m_session.get());
    m_undoView->setStack(m_session ? m_session->history().undoStack() : nullptr);
    if (m_session) {
        QUndoStack *stack = m_session->history().undoStack();
        const auto label = [](const QString &verb, const QString &what) {
            return what.isEmpty()
                       ? verb
                       : QStringLiteral("%1 %2").arg(verb, PlainText::asActionText(what));
        };
        m_undo->disconnect(this);
        m_redo->disconnect(this);
        connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
        connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
        const auto sync = [this, stack, label] {
            m_undo->setEnabled(stack->canUndo());
            m_redo->setEnabled(stack->canRedo());
            m_undo->setText(label(tr("&Undo"), stack->undoText()));
            m_redo->setText(label(tr("&Redo"), stack->redoText()));
        };
        connect(stack, &QUndoStack::indexChanged, this, sync);
        sync();
        connect(m_session.get(), &DatabaseSession::changed, this, &MainWindow::reloadData);
        m_filters->setPeopleSource([this] {
            if (!m_session)
                return QStringList();
            auto people = m_session->events().people();
            return people ? *people : QStringList();
        });
        connect(&m_session->history(), &EditHistory::failed, this, &MainWindow::reportError);
        connect(m_session.get(), &DatabaseSession::checkUpdated, this,
                &MainWindow::updateCheckStatus);
        connect(m_session.get(), &DatabaseSession::checkFailed, this, &MainWindow::reportError);
        RecentFiles::add(m_session->path());
        QSettings().setValue(QStringLiteral("lastDatabase"), m_session->path());
        restoreViewFor(m_session->path());
    }
    updateCheckStatus();
    updateTitle();
}

bool MainWindow::openDatabase(const QString &path)
{
    return m_fileActions->open(path);
}

void MainWindow::exportChart()
{
    if (!m_session)
        return;
    ExportChartDialog dialog(m_session->database(), currentChartRequest(), this);
    dialog.exec();
}

void MainWindow::copyChart()
{
    if (!m_session)
        return;
    ChartRequest request = currentChartRequest();
    request.size = m_timeline->size();
    const QImage image = ExportChartDialog::renderForClipboard(m_session->database(), request);
    if (image.isNull()) {
        reportError(tr("The chart could not be drawn"));
        return;
    }
    QGuiApplication::clipboard()->setImage(image);
    statusBar()->showMessage(tr("Chart copied to the clipboard"), 3000);
}

ChartRequest MainWindow::currentChartRequest() const
{
    ChartRequest request;
    if (m_session)
        request.filter = m_session->timeline().filter();
    const Viewport viewport = m_timeline->viewport();
    request.filter.from = QDate::fromJulianDay(qint64(viewport.firstDay()));
    request.filter.to = QDate::fromJulianDay(qint64(viewport.lastDay()));
    request.theme = m_timeline->theme().kind;
    request.collapsedCompanies = m_timeline->view().collapsedCompanies;
    request.rows = m_timeline->view().rows;
    return request;
}

void MainWindow::goToDateDialog()
{
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Go to date"), tr("Date (YYYY, YYYY-MM or YYYY-MM-DD):"), QLineEdit::Normal,
        QDate::fromJulianDay(
            qint64(m_timeline->viewport().firstDay() + m_timeline->viewport().spanDays() / 2))
            .toString(Qt::ISODate),
        &ok);
    if (!ok)
        return;
    QString error;
    const auto date = PartialDate::parse(text.trimmed(), &error);
    if (!date) {
        reportError(tr("“%1” is not a date: %2").arg(text, error));
        return;
    }
    m_timeline->showApart(0, date->firstDay());
}

void MainWindow::findInFilters()
{
    m_filtersDock->show(); // the user may have closed it
    m_filtersDock->raise();
    m_filters->focusSearch();
}

void MainWindow::focusPanel(int step)
{
    QList<QWidget *> targets; // one per shown panel, in the order F6 visits them
    qsizetype current = -1;
    const QWidget *focus = QApplication::focusWidget();
    QWidget *const panels[] = {m_timeline, m_filters, m_table, m_details, m_undoView};
    for (QWidget *panel : panels) {
        QWidget *target = panel->isVisible() ? focusTarget(panel) : nullptr;
        if (!target)
            continue;
        if (focus && (focus == panel || panel->isAncestorOf(focus)))
            current = targets.size();
        targets << target;
    }
    if (targets.isEmpty())
        return;
    const qsizetype count = targets.size();
    const qsizetype next =
        current < 0 ? (step > 0 ? 0 : count - 1) : (current + step + count) % count;
    QWidget *target = targets[next];
    if (target->window() != window()) // a floating dock
        target->activateWindow();
    target->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tenure"),
                       tr("<h3>Tenure %1</h3><p>Leadership changes at companies on an interactive "
                          "timeline: who ran a company when, who left, who stepped in, and how "
                          "the money came and went.</p><p>MIT licence.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::reloadData(const DataChange &change)
{
    if (!m_session)
        return;
    // Only the lanes of the companies an edit touched are read and derived again.
    if (auto status = m_session->timeline().reload(change); !status)
        reportError(status.error().message);
    m_session->refreshCheck(change);
    // The companies' list and counts too: counting every company's events takes as long as
    // reading them all.
    if (auto companies = change.all ? m_session->events().companies()
                                    : m_session->events().companies(change.companies)) {
        if (change.all) {
            m_filters->setCompanies(*companies);
            m_eventsByCompany.clear();
        } else {
            m_filters->updateCompanies(change.companies, *companies);
            for (const QString &name : change.companies)
                m_eventsByCompany.remove(TextFolding::caseless(name));
        }
        for (const Company &company : *companies)
            m_eventsByCompany.insert(TextFolding::caseless(company.name), company.eventCount);
        m_totalEvents = 0;
        for (const qint64 count : std::as_const(m_eventsByCompany))
            m_totalEvents += count;
    } else {
        reportError(companies.error().message);
        m_totalEvents = -1;
    }
    m_filters->peopleChanged();
    m_timeline->refresh();
    updateOverview(change);
    // The table follows once the timeline has been painted (at a million events its query takes
    // longer than the rest): after an edit when the view settles, a file opened or changed by
    // another program right after the timeline's next paint (eventFilter). Not a zero timer: Qt
    // posts paints at low priority, so a queued call would run first.
    if (change.all)
        m_tableAfterPaint = true;
    else
        m_tableTimer.start();
    // The selected event may have changed or gone.
    showSelected(m_timeline->selectedEvent());
}

void MainWindow::refreshTable()
{
    m_tableAfterPaint = false; // done now, for whatever asked
    if (!m_session)
        return;
    EventQuery query = m_session->timeline().filter();
    const QString filter = FilterSummary::describe(query);
    if (m_totalEvents < 0) { // counted again after each change of the data
        auto total = m_session->events().count();
        m_totalEvents = total ? *total : 0;
    }
    if (m_table->inViewOnly()) { // the filter's events in the visible span
        const Viewport viewport = m_timeline->viewport();
        const QDate first = QDate::fromJulianDay(qint64(viewport.firstDay()));
        const QDate last = QDate::fromJulianDay(qint64(viewport.lastDay()));
        if (!query.from.isValid() || query.from < first)
            query.from = first;
        if (!query.to.isValid() || query.to > last)
            query.to = last;
    }
    if (query.limit == 0) { // the filters let nothing through
        m_table->setEvents({});
        m_table->setSummary(0, 0, m_totalEvents, filter);
        return;
    }
    query.limit = tableLimit + 1;
    auto events = m_session->events().query(query);
    if (!events) {
        reportError(events.error().message);
        return;
    }
    const bool truncated = int(events->size()) > tableLimit;
    if (truncated)
        events->resize(tableLimit);
    const qint64 listed = qint64(events->size());
    m_table->setEvents(std::move(*events));
    m_table->selectEvent(m_timeline->selectedEvent());
    m_table->setSummary(listed, truncated ? -1 : listed, m_totalEvents, filter);
}

void MainWindow::applyFilter(const EventQuery &query)
{
    if (!m_session)
        return;
    const EventQuery before = m_session->timeline().filter();
    if (auto status = m_session->timeline().setFilter(query); !status)
        reportError(status.error().message);
    m_timeline->setFirstLane(0);
    // A date range just set is what the user wants to see: both ends shown as the span, one end
    // as what the filters leave on that side.
    if (query.from != before.from || query.to != before.to) {
        if (query.from.isValid() && query.to.isValid())
            m_timeline->setVisibleRange(double(query.from.toJulianDay()),
                                        double(query.to.toJulianDay() + 1));
        else if (query.from.isValid() || query.to.isValid())
            m_timeline->fitAll();
    }
    m_timeline->refresh();
    refreshTable();
}

void MainWindow::showSelected(EventId id)
{
    m_timeline->selectEvent(id);
    m_table->selectEvent(id);
    m_eventActions->setSelectedEvent(id);
    if (!m_session || id == 0) {
        m_details->clear();
        return;
    }
    auto found = m_session->events().find(id);
    if (found && *found) {
        m_details->showDetails(**found);
    } else {
        m_details->clear();
        m_timeline->selectEvent(0);
        m_eventActions->setSelectedEvent(0);
    }
}

void MainWindow::showTenure(EventId startEventId)
{
    showSelected(startEventId);
    if (!m_session)
        return;
    auto found = m_session->events().find(startEventId);
    if (!found || !*found)
        return;
    // The bar was drawn from its lane's tenures, which the source already holds.
    TimelineSource &source = m_session->timeline();
    auto lane = source.lane(source.laneOf((*found)->company));
    if (!lane)
        return;
    for (const Tenure &tenure : (*lane)->tenures) {
        if (tenure.startEventId == startEventId) {
            m_details->showTenure(tenure);
            return;
        }
    }
}

void MainWindow::revealEvent(EventId id)
{
    if (!m_session || id == 0)
        return;
    auto found = m_session->events().find(id);
    if (!found || !*found)
        return;
    const Event &event = **found;
    m_timeline->showApart(id, event.date.firstDay());
    const int lane = m_session->timeline().laneOf(event.company);
    const auto &scene = m_timeline->scene();
    const bool laneShown = std::any_of(scene.texts.begin(), scene.texts.end(), [&](const auto &t) {
        return t.role == TextRole::LaneTitle && t.lane == lane;
    });
    if (lane >= 0 && !laneShown)
        m_timeline->setFirstLane(lane);
}

void MainWindow::moveLane(const QString &company, int delta)
{
    if (!m_session)
        return;
    QStringList order = m_session->timeline().laneOrder();
    const int from = int(order.indexOf(company));
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= order.size())
        return;
    order.move(from, to);
    if (auto status = m_session->timeline().setLaneOrder(order); !status)
        reportError(status.error().message);
    SavedView saved = ViewSettings::load(m_session->path());
    saved.laneOrder = order;
    ViewSettings::save(m_session->path(), saved);
    m_timeline->refresh();
}

void MainWindow::checkData()
{
    if (!m_session)
        return;
    // Asked for, the whole check runs again: nothing the standing count missed can hide.
    if (auto status = m_session->checkNow(); !status) {
        reportError(status.error().message);
        return;
    }
    updateCheckStatus();
    const DataCheck &check = m_session->check();
    DataCheckDialog dialog(check.notes(), check.tenureCount(), this);
    connect(&dialog, &DataCheckDialog::eventChosen, this, [this](EventId id) {
        revealEvent(id);
        showSelected(id);
    });
    dialog.exec();
}

void MainWindow::updateCheckStatus()
{
    const int contradictions = m_session ? m_session->check().contradictionCount() : 0;
    const int guesses = m_session ? m_session->check().guessCount() : 0;
    m_checkStatus->setVisible(contradictions > 0);
    m_checkStatus->setText(tr("%n contradictions in the data", nullptr, contradictions));
    m_checkStatus->setToolTip(
        tr("What the appointments and departures do not settle: a departure from a post nobody "
           "held, two holders of a sole post. Click to list them, with %n guesses about the "
           "order of events.",
           nullptr, guesses));
}

void MainWindow::updateOverview(const DataChange &change)
{
    if (!m_session)
        return;
    // Anything may have changed: every company is counted, on a worker (counted() shows it);
    // after an edit, the companies it touched.
    if (change.all)
        m_overviewCounter->recountAll(m_session->database(), overviewBuckets);
    else if (const Status counted = m_overviewCounter->recount(change.companies); !counted)
        reportError(counted.error().message);
    const Viewport viewport = m_timeline->viewport();
    m_overview->setWindow(viewport.firstDay(), viewport.lastDay());
}

void MainWindow::reportError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    QMessageBox::warning(this, tr("Tenure"), PlainText::asRichText(message));
}

void MainWindow::updateTitle()
{
    if (!m_session)
        setWindowTitle(tr("Tenure"));
    else if (m_session->database().isReadOnly())
        setWindowTitle(tr("%1 (read-only) — Tenure").arg(QFileInfo(m_session->path()).fileName()));
    else
        setWindowTitle(tr("%1 — Tenure").arg(QFileInfo(m_session->path()).fileName()));
    setWindowFilePath(m_session ? m_session->path() : QString());
}

void MainWindow::fitToScreen()
{
    // A default or remembered size can be larger than this screen (a laptop, a scale factor of
    // 2): the window shrinks to it and moves onto it, so the status bar is never cut.
    const QScreen *current = screen();
    if (!current || isMaximized() || isFullScreen())
        return;
    const QRect available = current->availableGeometry();
    const QSize frame = frameGeometry().size() - geometry().size(); // title bar and borders
    resize(size().boundedTo(available.size() - frame));
    QRect placed = frameGeometry();
    placed.moveLeft(std::clamp(placed.left(), available.left(),
                               std::max(available.left(), available.right() - placed.width() + 1)));
    placed.moveTop(std::clamp(placed.top(), available.top(),
                              std::max(available.top(), available.bottom() - placed.height() + 1)));
    move(placed.topLeft());
}

void MainWindow::arrangeForNarrowScreen()
{
    // Filters on the left, Details on the right and the table below leave a 1024-pixel window's
    // timeline under half the width. Details then shares the bottom with the Events table, as a
    // tab, and the timeline keeps about three quarters; a wider screen keeps three columns.
    const QScreen *current = screen();
    if (!current || current->availableGeometry().width() >= narrowScreenWidth)
        return;
    tabifyDockWidget(m_tableDock, m_detailsDock);
    m_tableDock->raise();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    const QByteArray state = settings.value(QStringLiteral("windowState")).toByteArray();
    if (state.isEmpty() || !restoreState(state))
        arrangeForNarrowScreen(); // the first run: the user has arranged nothing yet
    fitToScreen();
    const auto choice =
        TimelineWidget::ThemeChoice(settings.value(QStringLiteral("theme"), 0).toInt());
    m_timeline->setThemeChoice(choice);
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toInt() == int(choice));
}

void MainWindow::restoreViewFor(const QString &path)
{
    const SavedView saved = ViewSettings::load(path);
    if (!saved.laneOrder.isEmpty())
        m_session->timeline().setLaneOrder(saved.laneOrder);
    m_timeline->setSource(&m_session->timeline());
    m_timeline->setCollapsedCompanies(saved.collapsed);
    m_timeline->setRowOptions(saved.rows);
    reloadData(DataChange::everything());
    if (saved.hasRange()) {
        m_timeline->setVisibleRange(saved.firstDay, saved.firstDay + saved.spanDays);
        m_timeline->setFirstLane(saved.firstLane);
    } else {
        m_timeline->fitAll();
    }
}

void MainWindow::saveViewSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
    if (!m_session)
        return;
    SavedView view = ViewSettings::load(m_session->path()); // keeps the user's lane order
    view.firstDay = m_timeline->viewport().firstDay();
    view.spanDays = m_timeline->viewport().spanDays();
    view.firstLane = m_timeline->view().firstLane;
    view.collapsed = m_timeline->view().collapsedCompanies;
    view.rows = m_timeline->view().rows;
    ViewSettings::save(m_session->path(), view);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Only a shown window has a frame to measure: fit again, now counting the title bar.
    if (!event->spontaneous())
        fitToScreen();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The timeline is being painted: the table's query runs once this paint is on the screen.
    if (watched == m_timeline && event->type() == QEvent::Paint && m_tableAfterPaint) {
        m_tableAfterPaint = false;
        QMetaObject::invokeMethod(this, &MainWindow::refreshTable, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveViewSettings();
    event->accept();
}
