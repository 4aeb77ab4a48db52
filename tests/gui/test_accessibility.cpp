#include "query/timelinesource.h"
#include "timelinefixture.h"
#include "timelinewidget.h"

#include <QAccessible>
#include <QTest>

#include <catch2/catch.hpp>

// What a screen reader hears is read through QAccessible as it would read it. That the widget
// also announces the change (NameChanged) cannot be watched here: in Qt 6.4 the update handler
// runs only while QAccessible::isActive(), which the offscreen platform never is (it has no
// platform accessibility, and QAccessible::setActive only notifies observers).
namespace {
struct AccessibleTimeline : StoryTimeline
{
    AccessibleTimeline() { widget.setFocus(); }

    QString heard(QAccessible::Text text)
    {
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(&widget);
        REQUIRE(face);
        return face->text(text);
    }

    // Presses Tab until `id` has the focus; false when Tab walked off the timeline first.
    bool tabTo(EventId id)
    {
        for (int step = 0; step < 12 && widget.selectedEvent() != id; ++step)
            QTest::keyClick(&widget, Qt::Key_Tab);
        return widget.selectedEvent() == id;
    }
};
} // namespace

TEST_CASE("a screen reader hears the type, date, people, role and company of the event Tab "
          "reached")
{
    AccessibleTimeline t;
    REQUIRE(t.tabTo(t.story.resignation));
    const QString name = t.heard(QAccessible::Name);
    INFO(name.toStdString());
    CHECK(name.contains(QStringLiteral("Departure")));
    CHECK(name.contains(QStringLiteral("22 March 2024")));
    CHECK(name.contains(QStringLiteral("Emad Mostaque")));
    CHECK(name.contains(QStringLiteral("CEO")));
    CHECK(name.contains(QStringLiteral("Stability AI")));
    CHECK(t.heard(QAccessible::Description) ==
          QStringLiteral("Resigned as CEO and from the board."));
}

TEST_CASE("each Tab to the next event changes what a screen reader hears")
{
    AccessibleTimeline t;
    REQUIRE(t.tabTo(t.story.resignation));
    const QString before = t.heard(QAccessible::Name);

    QTest::keyClick(&t.widget, Qt::Key_Tab);
    REQUIRE(t.widget.selectedEvent() != t.story.resignation);
    const QString after = t.heard(QAccessible::Name);
    INFO(after.toStdString());
    CHECK(after != before);
    CHECK(after.contains(QStringLiteral("Stability AI")));

    // The last event, the permanent CEO's appointment, then Escape: no event has the focus.
    EventId last = 0;
    for (const EventId id : t.widget.scene().eventOrder())
        last = id;
    REQUIRE(t.tabTo(last));
    const QString appointment = t.heard(QAccessible::Name);
    INFO(appointment.toStdString());
    CHECK(appointment.contains(QStringLiteral("Appointment")));
    CHECK(appointment.contains(QStringLiteral("25 June 2024")));
    CHECK(appointment.contains(QStringLiteral("Prem Akkaraju")));
    QTest::keyClick(&t.widget, Qt::Key_Escape);
    CHECK(t.heard(QAccessible::Name) == QStringLiteral("Timeline"));
}

TEST_CASE("with no event selected the timeline names itself and says how to walk it")
{
    AccessibleTimeline t;
    REQUIRE(t.widget.selectedEvent() == 0);
    CHECK(t.heard(QAccessible::Name) == QStringLiteral("Timeline"));
    CHECK(t.heard(QAccessible::Description).contains(QStringLiteral("Tab")));
    CHECK(QAccessible::queryAccessibleInterface(&t.widget)->role() == QAccessible::Chart);
}

TEST_CASE("interim co-chief executives and a funding round are read with what sets them apart")
{
    AccessibleTimeline t;
    // Walks every event Tab reaches and keeps what each was heard as.
    QStringList heard;
    for (const EventId id : t.widget.scene().eventOrder()) {
        REQUIRE(t.tabTo(id));
        heard << t.heard(QAccessible::Name);
    }
    INFO(heard.join(QLatin1Char('\n')).toStdString());
    CHECK(heard.contains(QStringLiteral("Appointment, 22 March 2024, Shan Shan Wong, Christian "
                                        "Laforte, Co-CEO (interim), Stability AI")));
    CHECK(heard.contains(
        QStringLiteral("Funding round, October 2022, Seed, $101M, Completed, Stability AI")));
}
