#include "event.h"

QString Event::summary() const
{
    QString what;
    switch (type) {
    case EventType::Appointment:
    case EventType::Departure:
        what = people.join(QStringLiteral(", "));
        if (!role.isEmpty())
            what += QStringLiteral(" (%1%2)").arg(interim ? QStringLiteral("interim ") : QString(),
                                                  role);
        break;
    case EventType::Funding:
        what = round.isEmpty() ? QStringLiteral("round") : round;
        break;
    case EventType::Other:
        what = description.left(60);
        break;
    }
    return QStringLiteral("%1 %2 %3: %4").arg(date.toString(), company, toString(type), what);
}
