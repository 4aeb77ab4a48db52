#include "duplicaterule.h"

#include <QStringList>

QString DuplicateRule::key(const Event &event)
{
    QStringList people;
    for (const QString &name : event.people)
        people << name.trimmed().toCaseFolded();
    people.sort();
    // U+001F cannot be in a valid value, so the parts cannot run into each other.
    const QChar separator(0x1f);
    return QStringList{event.company.trimmed().toCaseFolded(), QString::number(int(event.type)),
                       people.join(QChar(0x1e)), event.role.trimmed().toCaseFolded(),
                       event.round.trimmed().toCaseFolded()}
        .join(separator);
}

bool DuplicateRule::datesNear(const PartialDate &a, const PartialDate &b)
{
    if (a == b || !a.isValid() || !b.isValid())
        return false;
    const auto within = [](const PartialDate &inner, const PartialDate &outer) {
        return inner.firstDay() >= outer.firstDay() && inner.lastDay() <= outer.lastDay();
    };
    return within(a, b) || within(b, a);
}

DuplicateRule::Likeness DuplicateRule::compare(const Event &a, const Event &b)
{
    if (key(a) != key(b))
        return Likeness::Different;
    if (a.date == b.date)
        return Likeness::Same;
    return datesNear(a.date, b.date) ? Likeness::Near : Likeness::Different;
}
