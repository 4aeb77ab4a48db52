#include "timelineaccessible.h"

#include "models/eventtablemodel.h"
#include "timelinewidget.h"

TimelineAccessible::TimelineAccessible(TimelineWidget *timeline)
    : QAccessibleWidget(timeline, QAccessible::Chart)
{}

TimelineWidget *TimelineAccessible::timeline() const
{
    return static_cast<TimelineWidget *>(widget());
}

QString TimelineAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Name || t == QAccessible::Description) {
        const std::optional<Event> focused = timeline()->shownEvent(timeline()->selectedEvent());
        if (focused && t == QAccessible::Name)
            return spoken(*focused);
        if (focused && !focused->description.isEmpty())
            return EventTableModel::displayText(*focused, EventTableModel::Description);
    }
    return QAccessibleWidget::text(t);
}

QString TimelineAccessible::spoken(const Event &event)
{
    // The table's words for each field, so what is heard matches what is read there; the date
    // written out, as a screen reader would stumble over "2024-03-22".
    QStringList fields{EventTableModel::displayText(event, EventTableModel::Type),
                       event.date.toDisplayString()};
    for (const int column :
         {EventTableModel::People, EventTableModel::RoleOrRound, EventTableModel::Amount,
          EventTableModel::Status, EventTableModel::Company})
        fields << EventTableModel::displayText(event, column);
    fields.removeAll(QString());
    return fields.join(QStringLiteral(", "));
}

void TimelineAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(&TimelineAccessible::create);
        return true;
    }();
    Q_UNUSED(installed);
}

QAccessibleInterface *TimelineAccessible::create(const QString &className, QObject *object)
{
    auto *timeline = qobject_cast<TimelineWidget *>(object);
    if (!timeline || className != QLatin1String(TimelineWidget::staticMetaObject.className()))
        return nullptr;
    return new TimelineAccessible(timeline);
}
