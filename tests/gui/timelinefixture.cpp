#include "timelinefixture.h"

#include "databasesession.h"
#include "mainwindow.h"
#include "timelinewidget.h"

#include <QLabel>
#include <QSettings>
#include <QTest>

using namespace testsupport;

StoryDatabase::StoryDatabase()
{
    auto opened = Database::open(path, Database::OpenMode::CreateNew);
    REQUIRE(opened.ok());
    db = std::move(*opened);
    events = std::make_unique<EventRepository>(*db);
    const QString stability = QStringLiteral("Stability AI");
    Event resign = departure(QStringLiteral("2024-03-22"), stability,
                             {QStringLiteral("Emad Mostaque")}, QStringLiteral("CEO"));
    resign.description = QStringLiteral("Resigned as CEO and from the board.");
    Event raise = funding(QStringLiteral("2023-06"), stability, QStringLiteral("Attempted raise"),
                          std::nullopt, 4000000000, FundingStatus::Failed);
    raise.description = QStringLiteral("A raise at a $4 billion valuation failed.");
    testsupport::mainSource(raise).url = QStringLiteral("https://example.com/stability-raise");
    testsupport::mainSource(raise).title = QStringLiteral("Stability AI's raise <falters>");
    auto ids = events->addAll(
        {appointment(QStringLiteral("2019"), stability, {QStringLiteral("Emad Mostaque")},
                     QStringLiteral("CEO")),
         funding(QStringLiteral("2022-10"), stability, QStringLiteral("Seed"), 101000000,
                 1000000000),
         raise, resign,
         appointment(QStringLiteral("2024-03-22"), stability,
                     {QStringLiteral("Shan Shan Wong"), QStringLiteral("Christian Laforte")},
                     QStringLiteral("Co-CEO"), true),
         appointment(QStringLiteral("2024-06-25"), stability, {QStringLiteral("Prem Akkaraju")},
                     QStringLiteral("CEO"))});
    REQUIRE(ids.ok());
    failedRaise = (*ids)[2];
    resignation = (*ids)[3];
}

std::unique_ptr<Database> StoryDatabase::openAgain() const
{
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    return std::move(*opened);
}

StoryWindow::StoryWindow(bool active)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    window = std::make_unique<MainWindow>();
    auto session = DatabaseSession::adopt(story.openAgain());
    REQUIRE(session.ok());
    window->setSession(std::move(*session));
    window->show();
    if (active) {
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    } else {
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    // The events table is filled once the timeline has been painted; the tests read it.
    const auto *summary = window->findChild<QLabel *>(QStringLiteral("tableSummary"));
    REQUIRE(summary);
    REQUIRE(QTest::qWaitFor([summary] { return !summary->text().isEmpty(); }));
    window->timeline()->fitAll();
}

StoryWindow::~StoryWindow() = default;

TimelineWidget *StoryWindow::timeline() const
{
    return window->timeline();
}

StoryTimeline::StoryTimeline()
{
    REQUIRE(source.reload().ok());
    widget.resize(1200, 600);
    widget.setSource(&source);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    widget.fitAll();
}
