#include "eventvalidator.h"

#include "safetext.h"

#include <QUrl>

#include <algorithm>

namespace {
qsizetype characterCount(const QString &text)
{
    // Code points, not UTF-16 units: an emoji is one character to the user.
    return text.size() -
           std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLowSurrogate(); });
}

// What is wrong with the text of one field, if anything: a character that would change how text
// is shown (a terminal's escape, a direction override), or a length past `limit`.
std::optional<QString> textProblem(const QString &text, const QString &noun, qsizetype limit,
                                   SafeText::Breaks breaks = SafeText::Breaks::Refused)
{
    if (const auto c = SafeText::firstUnsafe(text, breaks)) {
        if (SafeText::isDirectionControl(*c))
            return QStringLiteral("%1 %2 contains %3, which changes the direction text is shown "
                                  "in; remove it")
                .arg(noun, SafeText::quoted(text), SafeText::codePoint(*c));
        if (*c == 0xFEFF)
            return QStringLiteral("%1 %2 contains an invisible byte-order mark (U+FEFF); remove "
                                  "it")
                .arg(noun, SafeText::quoted(text));
        const QString allowed = breaks == SafeText::Breaks::Allowed
                                    ? QStringLiteral(" (tabs and line breaks are fine)")
                                    : QString();
        return QStringLiteral("%1 %2 contains the control character %3; remove it%4")
            .arg(noun, SafeText::quoted(text), SafeText::codePoint(*c), allowed);
    }
    if (text.size() > limit) {
        const qsizetype length = characterCount(text);
        if (length > limit)
            return QStringLiteral("%1 is %2 characters long; it can be at most %3")
                .arg(noun)
                .arg(length)
                .arg(limit);
    }
    return std::nullopt;
}
} // namespace

bool EventValidator::isValidSourceUrl(const QString &text)
{
    if (text.isEmpty())
        return true;
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty() && !text.contains(QLatin1Char(' '));
}

std::optional<QString> EventValidator::nameProblem(const QString &name, const QString &noun)
{
    return textProblem(name, noun, maxNameLength);
}

QList<FieldError> EventValidator::validate(const Event &event)
{
    QList<FieldError> errors;
    const auto fail = [&errors](const char *column, const QString &message) {
        errors.append({QLatin1String(column), message});
    };
    // One message per column: the first thing wrong with it.
    const auto failed = [&errors](const char *column) {
        return std::any_of(errors.cbegin(), errors.cend(), [column](const FieldError &e) {
            return e.column == QLatin1String(column);
        });
    };
    const auto check = [&fail](const char *column, const std::optional<QString> &problem) {
        if (problem)
            fail(column, *problem);
    };

    if (!event.date.isValid())
        fail("date", QStringLiteral("a date is required (YYYY, YYYY-MM or YYYY-MM-DD)"));
    if (event.company.trimmed().isEmpty())
        fail("company", QStringLiteral("a company is required"));
    else
        check("company", nameProblem(event.company, QStringLiteral("the company")));

    if (event.people.size() > maxPeople)
        fail("people", QStringLiteral("an event can name at most %1 people; this one names %2")
                           .arg(maxPeople)
                           .arg(event.people.size()));
    for (const QString &person : event.people) {
        if (failed("people"))
            break;
        if (const auto problem = nameProblem(person, QStringLiteral("the name"))) {
            fail("people", *problem);
            break; // one message is enough
        }
    }
    const bool isChange =
        event.type == EventType::Appointment || event.type == EventType::Departure;
    const QString kind = event.type == EventType::Appointment ? QStringLiteral("an appointment")
                                                              : QStringLiteral("a departure");
    if (isChange && !failed("people")) {
        bool anyone = false;
        for (const QString &person : event.people) {
            if (person.trimmed().isEmpty()) {
                fail("people", QStringLiteral("a name in the list is empty"));
                anyone = true; // one message is enough
                break;
            }
            anyone = true;
        }
        if (!anyone)
            fail("people", QStringLiteral("%1 names at least one person").arg(kind));
    }
    check("role", textProblem(event.role, QStringLiteral("the role"), maxNameLength));
    if (isChange && !failed("role") && event.role.trimmed().isEmpty())
        fail("role", QStringLiteral("%1 needs a role (CEO, CTO, Board member ...)").arg(kind));
    check("round", textProblem(event.round, QStringLiteral("the round"), maxNameLength));
    if (event.amountUsd && *event.amountUsd < 0)
        fail("amount_usd", QStringLiteral("the amount cannot be negative"));
    if (event.valuationUsd && *event.valuationUsd < 0)
        fail("valuation_usd", QStringLiteral("the valuation cannot be negative"));
    check("description", textProblem(event.description, QStringLiteral("the description"),
                                     maxDescriptionLength, SafeText::Breaks::Allowed));
    check("source_url",
          textProblem(event.sourceUrl, QStringLiteral("the source URL"), maxUrlLength));
    if (!failed("source_url") && !isValidSourceUrl(event.sourceUrl))
        fail("source_url", QStringLiteral("%1 is not an http or https URL")
                               .arg(SafeText::quoted(event.sourceUrl)));
    check("source_title",
          textProblem(event.sourceTitle, QStringLiteral("the source title"), maxTitleLength));
    return errors;
}
