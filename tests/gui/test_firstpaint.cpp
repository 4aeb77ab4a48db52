#include "databasesession.h"
#include "mainwindow.h"
#include "overviewcounter.h"
#include "timelinefixture.h"
#include "timelinewidget.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThreadPool>

#include <catch2/catch.hpp>

namespace {
// The rows the events table had each time the timeline was painted.
class TableAtPaint : public QObject
{
public:
    TableAtPaint(QWidget *timeline, const QTableView *table) : m_table(table)
    {
        timeline->installEventFilter(this);
    }
    const QList<int> &rows() const { return m_rows; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_rows << m_table->model()->rowCount();
        return QObject::eventFilter(watched, event);
    }

private:
    const QTableView *m_table;
    QList<int> m_rows;
};
} // namespace

TEST_CASE("a file opened in the window paints its timeline before the events table is queried")
{
    StoryDatabase story;
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    // Shown first, as when the user picks the file from File > Open.
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    REQUIRE(table);
    const TableAtPaint paints(window.timeline(), table);

    auto session = DatabaseSession::adopt(story.openAgain());
    REQUIRE(session.ok());
    window.setSession(std::move(*session));
    CHECK(table->model()->rowCount() == 0); // not while opening

    REQUIRE(QTest::qWaitFor([&paints] { return !paints.rows().isEmpty(); }));
    CHECK(paints.rows().first() == 0); // the timeline went to the screen first
    REQUIRE(QTest::qWaitFor([table] { return table->model()->rowCount() == 6; }));
}

TEST_CASE("the whole data check and the overview's count run while Qt's own thread pool is busy")
{
    // Qt's raster engine hands a large fill to the global pool and waits for it: were the
    // window's long jobs on that pool, a paint would wait behind them. Each of its threads is
    // held here instead, as such a job would; nothing may paint meanwhile.
    QThreadPool *qtPool = QThreadPool::globalInstance();
    const int threads = qtPool->maxThreadCount();
    QSemaphore started;
    QSemaphore release;
    for (int i = 0; i < threads; ++i) {
        qtPool->start([&started, &release] {
            started.release();
            release.acquire();
        });
    }
    const auto freePool = qScopeGuard([&] {
        release.release(threads);
        qtPool->waitForDone();
    });
    REQUIRE(started.tryAcquire(threads, 5000));

    StoryDatabase story;
    auto session = DatabaseSession::adopt(story.openAgain());
    REQUIRE(session.ok());
    DatabaseSession &opened = **session;
    QSignalSpy checked(&opened, &DatabaseSession::checkUpdated);
    opened.refreshCheck(DataChange::everything()); // as on opening: the whole check, on a worker
    OverviewCounter counter;
    QSignalSpy counted(&counter, &OverviewCounter::counted);
    counter.recountAll(opened.database(), 40);

    CHECK((checked.count() > 0 || checked.wait(5000)));
    CHECK_FALSE(opened.isCheckRunning());
    CHECK(opened.check().tenureCount() > 0);
    CHECK((counted.count() > 0 || counted.wait(5000)));
    CHECK_FALSE(counter.density().counts().empty());
}
