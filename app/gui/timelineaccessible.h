#pragma once

#include <QAccessibleWidget>
#include <QCoreApplication>

struct Event;
class TimelineWidget;

// What a screen reader hears of the timeline: while an event has the keyboard focus (Tab walks
// the events), its type, date, people, role and company as the name and its description as the
// description; otherwise the widget's own name and a hint. TimelineWidget says when they change.
class TimelineAccessible : public QAccessibleWidget
{
    Q_DECLARE_TR_FUNCTIONS(TimelineAccessible)
public:
    explicit TimelineAccessible(TimelineWidget *timeline);

    QString text(QAccessible::Text t) const override;

    // Registers the factory below with QAccessible, once however often it is called.
    static void install();
    // The factory: a TimelineAccessible for a TimelineWidget, nothing for anything else.
    static QAccessibleInterface *create(const QString &className, QObject *object);
    // The event in words, as one row of the events table reads ("Departure, 22 March 2024,
    // Emad Mostaque, CEO, Stability AI").
    static QString spoken(const Event &event);

private:
    TimelineWidget *timeline() const;
};
