#include "store/database.h"
#include "store/eventrepository.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>
#include <csignal>
#include <set>
#include <sqlite3.h>

TEST_CASE("a writer killed at any moment loses no acknowledged change and never half a change")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    REQUIRE(Database::open(path, Database::OpenMode::CreateNew).ok());

    QRandomGenerator random(20240322); // fixed seed: the same kill points every run
    std::set<qint64> added, edited;
    for (int round = 0; round < 12; ++round) {
        QProcess child;
        child.start(QStringLiteral(TENURE_CRASH_CHILD), {path});
        REQUIRE(child.waitForStarted());
        // Let it commit a few changes first, then kill it somewhere in the middle of one.
        REQUIRE(child.waitForReadyRead(10000));
        QThread::msleep(random.bounded(5, 60));
        ::kill(pid_t(child.processId()), SIGKILL);
        REQUIRE(child.waitForFinished(10000));
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("add "))
                added.insert(line.mid(4).toLongLong());
            else if (line.startsWith("edit "))
                edited.insert(line.mid(5).toLongLong());
        }

        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK(testsupport::integrityCheck((*db)->handle()) == QStringLiteral("ok"));
        EventRepository events(**db);
        for (const qint64 id : added) {
            auto event = *events.find(id);
            REQUIRE(event.has_value());
            CHECK(event->people.size() == 2); // an event never lacks its people
            if (edited.count(id))
                CHECK(event->description == QStringLiteral("edited"));
        }
    }
    CHECK(added.size() > 12);
}
