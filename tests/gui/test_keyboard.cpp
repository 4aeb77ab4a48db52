// Issue 13, "Keyboard all the way": the viewer driven by keys alone, as a user would.
#include "databasesession.h"
#include "edit/edithistory.h"
#include "mainwindow.h"
#include "timelinefixture.h"
#include "timelinewidget.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>
#include <map>

using namespace testsupport;

namespace {
struct KeyboardFixture : StoryWindow
{
    KeyboardFixture() : StoryWindow(true) {}

    qint64 eventCount() const { return *window->session()->events().count(); }

    // A key pressed on the window goes where the platform would send it: shortcuts first, then
    // the focused widget.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const
    {
        QTest::keyClick(window->windowHandle(), key, modifiers);
    }

    QTableView *table() const
    {
        return window->findChild<QTableView *>(QStringLiteral("eventTable"));
    }

    // The panel the focus is in, by what the user sees: the timeline or a dock's name.
    QString focusedPanel() const
    {
        for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
            if (w == timeline())
                return QStringLiteral("timeline");
            if (auto *dock = qobject_cast<QDockWidget *>(w))
                return dock->objectName();
        }
        return {};
    }
};

void collectActions(const QList<QAction *> &actions, QList<QAction *> &into)
{
    for (QAction *action : actions) {
        if (action->menu())
            collectActions(action->menu()->actions(), into);
        else
            into << action;
    }
}

QStringList rowTexts(const QAbstractItemModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}
} // namespace

TEST_CASE("no two enabled commands in the menus share a key")
{
    KeyboardFixture f;
    f.press(Qt::Key_Period, Qt::ControlModifier); // an event selected enables its commands
    REQUIRE(f.timeline()->selectedEvent() != 0);
    QList<QAction *> actions;
    collectActions(f.window->menuBar()->actions(), actions);
    REQUIRE(actions.size() > 20);

    // Qt ignores a key bound twice as ambiguous, even twice to one action (Redo once had
    // Ctrl+Shift+Z and QKeySequence::Redo, the same key on Linux): that counts enabled or not.
    std::map<QString, QString> owner;
    QStringList clashes;
    for (QAction *action : actions) {
        const QString name = action->text().remove(QLatin1Char('&'));
        QStringList own;
        for (const QKeySequence &key : action->shortcuts()) {
            const QString keys = key.toString(QKeySequence::PortableText);
            if (own.contains(keys))
                clashes << QStringLiteral("%1: twice on %2").arg(keys, name);
            own << keys;
            if (!action->isEnabled())
                continue;
            const auto [at, added] = owner.emplace(keys, name);
            if (!added && at->second != name)
                clashes << QStringLiteral("%1: %2 and %3").arg(keys, at->second, name);
        }
    }
    INFO(clashes.join(QStringLiteral("; ")).toStdString());
    CHECK(clashes.isEmpty());
    CHECK(owner.count(QStringLiteral("Ctrl+Shift+N")) == 1);
    CHECK(owner.count(QStringLiteral("Ctrl+Alt+N")) == 1);
}

TEST_CASE("Ctrl+Shift+Z and Ctrl+Y each redo an undone edit")
{
    KeyboardFixture f;
    const qint64 before = f.eventCount();
    auto added = f.window->session()->history().addEvent(
        other(QStringLiteral("2021-01-15"), QStringLiteral("Stability AI"),
              QStringLiteral("Added for the redo keys")));
    REQUIRE(added.ok());
    REQUIRE(f.eventCount() == before + 1);

    const auto [key, modifiers] =
        GENERATE(std::pair(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier),
                 std::pair(Qt::Key_Y, Qt::KeyboardModifiers(Qt::ControlModifier)));
    f.press(Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(f.eventCount() == before);
    f.press(key, modifiers);
    CHECK(f.eventCount() == before + 1);
}

TEST_CASE("Ctrl+F goes to the Filters panel's search field, even with the panel closed")
{
    KeyboardFixture f;
    auto *search = f.window->findChild<QLineEdit *>(QStringLiteral("search"));
    REQUIRE(search);
    f.window->findChild<QDockWidget *>(QStringLiteral("filtersDock"))->close();
    f.timeline()->setFocus();
    REQUIRE_FALSE(search->isVisible());

    f.press(Qt::Key_F, Qt::ControlModifier);
    CHECK(search->isVisible());
    CHECK(QApplication::focusWidget() == search);
}

TEST_CASE("Tab walks the timeline's events, then leaves it, and Shift+Tab from the first")
{
    KeyboardFixture f;
    f.timeline()->setFocus();
    REQUIRE(QApplication::focusWidget() == f.timeline());
    const std::vector<EventId> order = f.timeline()->scene().eventOrder();
    REQUIRE(order.size() >= 2);

    for (const EventId id : order) {
        f.press(Qt::Key_Tab);
        REQUIRE(QApplication::focusWidget() == f.timeline());
        CHECK(f.timeline()->selectedEvent() == id);
    }
    f.press(Qt::Key_Tab); // past the last event
    QWidget *after = QApplication::focusWidget();
    REQUIRE(after);
    CHECK(after != f.timeline());
    CHECK(after->window() == f.window.get());
    CHECK(f.timeline()->selectedEvent() == order.back()); // leaving selects nothing new

    f.press(Qt::Key_Backtab, Qt::ShiftModifier); // back in
    REQUIRE(QApplication::focusWidget() == f.timeline());
    for (auto id = order.rbegin() + 1; id != order.rend(); ++id) {
        f.press(Qt::Key_Backtab, Qt::ShiftModifier);
        REQUIRE(QApplication::focusWidget() == f.timeline());
        CHECK(f.timeline()->selectedEvent() == *id);
    }
    f.press(Qt::Key_Backtab, Qt::ShiftModifier); // before the first event
    CHECK(QApplication::focusWidget() != f.timeline());
    CHECK(f.timeline()->selectedEvent() == order.front());
}

TEST_CASE("the whole window by keyboard: out of the timeline, F6 round the panels, Ctrl+F, "
          "search")
{
    KeyboardFixture f;
    f.timeline()->setFocus();
    REQUIRE(f.focusedPanel() == QStringLiteral("timeline"));
    // The table follows the view once it settles.
    REQUIRE(QTest::qWaitFor([&] { return f.table()->model()->rowCount() >= 3; }, 2000));
    const int allRows = f.table()->model()->rowCount();

    // Tab out of the timeline: one press per event, then one more.
    const std::size_t events = f.timeline()->scene().eventOrder().size();
    for (std::size_t i = 0; i <= events && f.focusedPanel() == QStringLiteral("timeline"); ++i)
        f.press(Qt::Key_Tab);
    const QString outside = f.focusedPanel();
    REQUIRE(outside != QStringLiteral("timeline"));

    // F6 visits every panel once and comes back; Shift+F6 goes the other way.
    QStringList visited{outside};
    for (int i = 0; i < 4; ++i) {
        f.press(Qt::Key_F6);
        visited << f.focusedPanel();
    }
    INFO(visited.join(QStringLiteral(", ")).toStdString());
    CHECK(visited.last() == outside);
    const QStringList round = visited.mid(0, 4);
    for (const char *panel : {"timeline", "filtersDock", "tableDock", "detailsDock"})
        CHECK(round.contains(QLatin1String(panel)));
    f.press(Qt::Key_F6, Qt::ShiftModifier);
    CHECK(f.focusedPanel() == visited[3]);
    // The table's panel takes the focus on its rows, not on its own quick filter.
    f.table()->setFocus();
    f.press(Qt::Key_F6, Qt::ShiftModifier);
    f.press(Qt::Key_F6);
    CHECK(QApplication::focusWidget() == f.table());

    // Ctrl+F, then a query typed into whatever has the focus.
    f.press(Qt::Key_F, Qt::ControlModifier);
    auto *search = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(search);
    CHECK(search->objectName() == QStringLiteral("search"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("raise"));
    const QAbstractItemModel *shown = f.table()->model();
    CHECK(QTest::qWaitFor([&] { return shown->rowCount() < allRows; }, 2000));
    const QStringList rows = rowTexts(shown);
    INFO(rows.join(QLatin1Char('\n')).toStdString());
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().contains(QStringLiteral("Attempted raise")));
}
