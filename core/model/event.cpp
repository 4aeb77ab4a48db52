#include "event.h"

#include <algorithm>

QString Event::shortened(QStringView text, qsizetype length)
{
    if (text.size() <= length)
        return text.toString();
    qsizetype cut = std::max<qsizetype>(0, length - 1);
    if (cut > 0 && text.at(cut - 1).isHighSurrogate()) // never half a character
        --cut;
    return text.left(cut).toString() + QChar(0x2026);
}

QString Event::peopleList(qsizetype length) const
{
    const QString separator = QStringLiteral(", ");
    QString text;
    qsizetype shown = 0;
    for (const QString &name : people) {
        if (shown > 0 && text.size() + separator.size() + name.size() > length)
            break;
        if (shown > 0)
            text += separator;
        text += shortened(name, length); // one name alone may be longer than the room
        ++shown;
    }
    if (shown < people.size())
        text += QStringLiteral(" and %1 more").arg(people.size() - shown);
    return text;
}

QString Event::summary() const
{
    QString what;
    switch (type) {
    case EventType::Appointment:
    case EventType::Departure:
        what = peopleList();
        if (!role.isEmpty())
            what += QStringLiteral(" (%1%2)").arg(interim ? QStringLiteral("interim ") : QString(),
                                                  shortened(role));
        break;
    case EventType::Funding:
        what = round.isEmpty() ? QStringLiteral("round") : shortened(round);
        break;
    case EventType::Acquisition:
        what = acquirer.isEmpty() ? QStringLiteral("acquired")
                                  : QStringLiteral("by %1").arg(shortened(acquirer));
        break;
    case EventType::Other:
        what = description.left(60);
        break;
    }
    return QStringLiteral("%1 %2 %3: %4")
        .arg(date.toString(), shortened(company), toString(type), what);
}
