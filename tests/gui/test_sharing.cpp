// The viewer open on a database while tenure-cli writes to it: the viewer shows the new events
// within a second, raises no error, and its own changes afterwards keep everyone's rows.

#include "databasesession.h"
#include "eventactions.h"
#include "mainwindow.h"
#include "timelinefixture.h"
#include "timelinewidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace testsupport;

namespace {
QByteArray runCli(const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess cli;
    cli.start(QStringLiteral(TENURE_CLI), arguments);
    REQUIRE(cli.waitForFinished(60000));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitStatus() == QProcess::NormalExit);
    if (exitCode)
        *exitCode = cli.exitCode();
    else
        REQUIRE(cli.exitCode() == 0);
    return cli.readAllStandardOutput();
}

EventId cliAdd(const QString &db, const QString &date, const QString &description)
{
    const QByteArray out =
        runCli({QStringLiteral("--db"), db, QStringLiteral("add"), QStringLiteral("--date"), date,
                QStringLiteral("--type"), QStringLiteral("other"), QStringLiteral("--company"),
                QStringLiteral("Stability AI"), QStringLiteral("--description"), description});
    bool ok = false;
    const EventId id = out.trimmed().toLongLong(&ok);
    REQUIRE(ok);
    return id;
}

// Every modal dialog that opens is an error the viewer raised: note it and close it, so the
// test goes on and reports it instead of hanging.
struct ModalWatch
{
    QStringList seen;
    QTimer timer;
    ModalWatch()
    {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                seen << modal->windowTitle();
                modal->close();
            }
        });
        timer.start();
    }
};

bool shows(MainWindow &window, EventId id)
{
    for (const SceneMarker &marker : window.timeline()->scene().markers) {
        if (marker.eventId == id)
            return true;
    }
    return false;
}

// Waits up to `ms` for the viewer to show event `id`; returns how long it took, or -1.
qint64 waitUntilShown(MainWindow &window, EventId id, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        if (shows(window, id))
            return clock.elapsed();
        QTest::qWait(20);
    }
    return shows(window, id) ? clock.elapsed() : -1;
}
} // namespace

TEST_CASE("the viewer shows another program's adds within a second and keeps everyone's rows")
{
    StoryDatabase story;
    story.events.reset();
    story.db.reset(); // only the viewer and tenure-cli have the file open
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    ModalWatch modals;

    auto window = std::make_unique<MainWindow>();
    auto session = DatabaseSession::adopt(story.openAgain());
    REQUIRE(session.ok());
    window->setSession(std::move(*session));
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    window->timeline()->fitAll();

    // Dates apart from the story's events, so each gets a marker of its own at "fit all".
    const QStringList dates = {QStringLiteral("2020-06-15"), QStringLiteral("2021-06-15"),
                               QStringLiteral("2022-03-15")};
    QList<EventId> theirs;
    for (int round = 0; round < 3; ++round) {
        const EventId id =
            cliAdd(story.path, dates[round], QStringLiteral("from the shell %1").arg(round));
        theirs << id;
        const qint64 took = waitUntilShown(*window, id, 1500);
        INFO("event " << id << " shown after " << took << " ms");
        CHECK(took >= 0);
        CHECK(took <= 1000);
    }
    CHECK(modals.seen.isEmpty()); // MainWindow::reportError shows every error in a dialog
    CHECK_FALSE(window->statusBar()->currentMessage().contains(QLatin1String("damaged")));

    // The viewer's own edits afterwards: an add, and a delete undone.
    Event mine = other(QStringLiteral("2023-05-01"), QStringLiteral("Stability AI"),
                       QStringLiteral("typed in the viewer"));
    auto added = window->session()->history().addEvent(mine);
    REQUIRE(added.ok());
    auto resignation = window->session()->events().find(story.resignation);
    REQUIRE(resignation.ok());
    REQUIRE(resignation->has_value());
    REQUIRE(window->session()->history().deleteEvent(**resignation).ok());
    const EventId late = cliAdd(story.path, QStringLiteral("2021-11"), QStringLiteral("late"));
    window->session()->history().undoStack()->undo();
    CHECK(waitUntilShown(*window, late, 1500) >= 0);
    CHECK(modals.seen.isEmpty());
    window.reset();

    const QJsonArray all =
        QJsonDocument::fromJson(runCli({QStringLiteral("--db"), story.path, QStringLiteral("list"),
                                        QStringLiteral("--format"), QStringLiteral("json")}))
            .array();
    QList<EventId> stored;
    for (const QJsonValue &event : all)
        stored << event.toObject().value(QStringLiteral("id")).toInteger();
    for (EventId id : theirs + QList<EventId>{*added, late, story.resignation})
        CHECK(stored.contains(id));
    CHECK(stored.size() == 6 + 3 + 2);

    CHECK(integrityCheckOf(story.path) == QStringLiteral("ok"));
}

TEST_CASE("a database open read-only is shown and can be copied, but offers no editing")
{
    StoryDatabase story;
    story.events.reset();
    story.db.reset();
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    const QByteArray before = readFile(story.path);

    auto opened = Database::open(story.path, Database::OpenMode::ReadOnly);
    REQUIRE(opened.ok());
    MainWindow window;
    auto session = DatabaseSession::adopt(std::move(*opened));
    REQUIRE(session.ok());
    window.setSession(std::move(*session));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.timeline()->fitAll();

    CHECK(window.windowTitle().contains(QLatin1String("read-only")));
    CHECK(shows(window, story.resignation));
    EventActions *actions = window.findChild<EventActions *>();
    REQUIRE(actions);
    CHECK_FALSE(actions->newEvent()->isEnabled());
    CHECK_FALSE(actions->importEvents()->isEnabled());
    CHECK(actions->exportEvents()->isEnabled());
    QTest::keyClick(window.timeline(), Qt::Key_Tab); // select an event: still not editable
    CHECK_FALSE(actions->editEvent()->isEnabled());
    CHECK_FALSE(actions->deleteEvent()->isEnabled());

    // A copy is the way to edit it.
    const QString copy = story.dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(window.session()->database().copyTo(copy).ok());
    auto writable = Database::open(copy);
    REQUIRE(writable.ok());
    CHECK_FALSE((*writable)->isReadOnly());
    CHECK(readFile(story.path) == before);
}
