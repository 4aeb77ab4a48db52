#pragma once

#include "query/timelinesource.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "testsupport.h"
#include "timelinewidget.h"

#include <QTemporaryDir>

#include <memory>

class MainWindow;

// A temporary database holding a small Stability AI story, for the widget tests.
struct StoryDatabase
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("story.sqlite"));
    std::unique_ptr<Database> db;
    std::unique_ptr<EventRepository> events;
    EventId resignation = 0;
    EventId failedRaise = 0;

    StoryDatabase();
    std::unique_ptr<Database> openAgain() const;
};

// The viewer's main window on a StoryDatabase, shown, fitted to all, with its settings kept in a
// temporary folder so that no test sees another's remembered view. `active`: also given the
// keyboard focus, for tests that press keys on the window.
struct StoryWindow
{
    StoryDatabase story;
    QTemporaryDir settingsDir;
    std::unique_ptr<MainWindow> window;

    explicit StoryWindow(bool active = false);
    ~StoryWindow();
    TimelineWidget *timeline() const;
};

// A bare timeline on a StoryDatabase: 1200×600, shown and fitted to all.
struct StoryTimeline
{
    StoryDatabase story;
    TimelineSource source{*story.db};
    TimelineWidget widget;

    StoryTimeline();
};
