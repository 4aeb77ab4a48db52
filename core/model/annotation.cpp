#include "annotation.h"

#include "eventvalidator.h"
#include "safetext.h"

#include <QCoreApplication>

namespace {
constexpr qsizetype maxTextLength = EventValidator::maxTitleLength;
}

QString Annotation::summary() const
{
    const QString when = isPeriod() ? QStringLiteral("%1 – %2").arg(from.toString(), to.toString())
                                    : from.toString();
    return QStringLiteral("%1 %2: %3").arg(when, company, Event::shortened(text));
}

QString Annotation::problem() const
{
    if (text.trimmed().isEmpty())
        return QCoreApplication::translate("Annotation", "a note needs a text");
    if (text.size() > maxTextLength)
        return QCoreApplication::translate("Annotation",
                                           "a note holds at most %1 characters; this one has %2")
            .arg(maxTextLength)
            .arg(text.size());
    if (const auto unsafe = SafeText::firstUnsafe(text, SafeText::Breaks::Allowed))
        return QCoreApplication::translate("Annotation",
                                           "the note contains the control character %1; remove it")
            .arg(SafeText::codePoint(*unsafe));
    if (company.trimmed().isEmpty())
        return QCoreApplication::translate("Annotation", "a note belongs to a company");
    if (const auto problem =
            EventValidator::nameProblem(company.trimmed(), EventValidator::tr("the company")))
        return *problem;
    if (!from.isValid())
        return QCoreApplication::translate("Annotation", "a note needs a date");
    if (to.isValid() && to.lastDay() < from.firstDay())
        return QCoreApplication::translate("Annotation",
                                           "the period ends (%1) before it starts (%2)")
            .arg(to.toString(), from.toString());
    return {};
}
