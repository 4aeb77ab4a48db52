#pragma once

#include "store/database.h"
#include "store/eventrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <memory>

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
