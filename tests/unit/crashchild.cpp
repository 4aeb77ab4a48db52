// Test helper for test_crash and test_sharing: edits a database as fast as it can and prints
// "add ID" or "edit ID" on stdout only after each change has committed, until it is killed or,
// given a COUNT, until it has added and edited that many events.
#include "store/database.h"
#include "store/eventrepository.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2 && argc != 3) {
        std::fprintf(stderr, "usage: crashchild DATABASE [COUNT]\n");
        return 1;
    }
    const int count = argc == 3 ? std::atoi(argv[2]) : -1;
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 3;
    }
    EventRepository events(**db);
    for (int i = 0; i != count; ++i) {
        Event event;
        event.date = PartialDate::ofDay(2020 + i % 5, 1 + i % 12, 1 + i % 28);
        event.company = QStringLiteral("Company %1").arg(i % 7);
        event.type = EventType::Appointment;
        event.people = {QStringLiteral("Person %1").arg(i), QStringLiteral("Partner %1").arg(i)};
        event.role = QStringLiteral("CEO");
        event.description = QString(200, QLatin1Char('x')); // bigger pages, more to tear
        auto id = events.add(event);
        if (!id)
            return 2;
        std::printf("add %lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
        event.id = *id;
        event.description = QStringLiteral("edited");
        if (!events.update(event))
            return 2;
        std::printf("edit %lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
    }
    return 0;
}
