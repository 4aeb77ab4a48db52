#include "event.h"

#include "textlanguage.h"

#include <algorithm>

namespace {
// The type's word in a summary, in TextLanguage's language (the files' names stay English).
QString typeWord(EventType type)
{
    switch (type) {
    case EventType::Appointment:
        return TextLanguage::translate("Event", "appointment", "a type of event, in a summary");
    case EventType::Departure:
        return TextLanguage::translate("Event", "departure", "a type of event, in a summary");
    case EventType::Funding:
        return TextLanguage::translate("Event", "funding", "a type of event, in a summary");
    case EventType::Acquisition:
        return TextLanguage::translate("Event", "acquisition", "a type of event, in a summary");
    case EventType::Other:
        return TextLanguage::translate("Event", "other", "a type of event, in a summary");
    }
    return toString(type);
}
} // namespace

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
        text = TextLanguage::translate("Event", "%1 and %n more", "names, then how many others",
                                       int(people.size() - shown))
                   .arg(text);
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
            what = (interim ? TextLanguage::translate("Event", "%1 (interim %2)", "people (post)")
                            : QStringLiteral("%1 (%2)"))
                       .arg(what, shortened(role));
        break;
    case EventType::Funding:
        what = round.isEmpty() ? TextLanguage::translate("Event", "round", "a funding round")
                               : shortened(round);
        break;
    case EventType::Acquisition:
        what =
            acquirer.isEmpty()
                ? TextLanguage::translate("Event", "acquired", "a company, by no one known")
                : TextLanguage::translate("Event", "by %1", "acquired by").arg(shortened(acquirer));
        break;
    case EventType::Other:
        what = description.left(60);
        break;
    }
    return QStringLiteral("%1 %2 %3: %4")
        .arg(date.toString(), shortened(company), typeWord(type), what);
}
