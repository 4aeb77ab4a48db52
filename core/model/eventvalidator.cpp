#include "eventvalidator.h"

#include "companyidentifier.h"
#include "currency.h"
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
    if (!event.companyIdentifier.isEmpty()) {
        const auto identifier = CompanyIdentifier::read(event.companyIdentifier);
        if (!identifier.problem.isEmpty())
            fail("company_id", identifier.problem);
        else if (identifier.identifier != event.companyIdentifier)
            fail("company_id", QStringLiteral("write the identifier as %1")
                                   .arg(SafeText::quoted(identifier.identifier)));
    }
    check("role", textProblem(event.role, QStringLiteral("the role"), maxNameLength));
    const QString typeName = toString(event.type);
    if (event.reason && event.type != EventType::Departure)
        fail("reason", QStringLiteral("a reason is given for departures only; this event is of "
                                      "type %1")
                           .arg(typeName));
    check("reason_note",
          textProblem(event.reasonNote, QStringLiteral("the reason note"), maxTitleLength));
    if (!failed("reason_note") && !event.reasonNote.isEmpty() && event.type != EventType::Departure)
        fail("reason_note", QStringLiteral("a reason is given for departures only; this event is "
                                           "of type %1")
                                .arg(typeName));
    if (isChange && !failed("role") && event.role.trimmed().isEmpty())
        fail("role", QStringLiteral("%1 needs a role (CEO, CTO, Board member ...)").arg(kind));
    check("round", textProblem(event.round, QStringLiteral("the round"), maxNameLength));
    if (event.amountUsd && *event.amountUsd < 0)
        fail("amount_usd", QStringLiteral("the amount cannot be negative"));
    if (event.valuationUsd && *event.valuationUsd < 0)
        fail("valuation_usd", QStringLiteral("the valuation cannot be negative"));
    if (!Currency::isKnown(event.currency))
        fail("currency", QStringLiteral("%1 is not an ISO 4217 currency code such as USD, EUR or "
                                        "GBP (in capitals)")
                             .arg(SafeText::quoted(event.currency)));
    if (!event.investors.isEmpty() && event.type != EventType::Funding)
        fail("investors", QStringLiteral("investors are named for funding rounds only; this event "
                                         "is of type %1")
                              .arg(typeName));
    if (event.investors.size() > maxPeople)
        fail("investors", QStringLiteral("a round can name at most %1 investors; this one names %2")
                              .arg(maxPeople)
                              .arg(event.investors.size()));
    for (const QString &investor : event.investors) {
        if (failed("investors"))
            break;
        if (investor.trimmed().isEmpty())
            fail("investors", QStringLiteral("a name in the list of investors is empty"));
        else
            check("investors", nameProblem(investor, QStringLiteral("the investor")));
    }
    check("acquirer", nameProblem(event.acquirer, QStringLiteral("the acquirer")));
    if (!failed("acquirer") && !event.acquirer.isEmpty() && event.type != EventType::Acquisition)
        fail("acquirer", QStringLiteral("an acquirer is named for acquisitions only; this event is "
                                        "of type %1")
                             .arg(typeName));
    check("description", textProblem(event.description, QStringLiteral("the description"),
                                     maxDescriptionLength, SafeText::Breaks::Allowed));
    if (event.sources.size() > maxSources)
        fail("sources", QStringLiteral("an event can cite at most %1 sources; this one cites %2")
                            .arg(maxSources)
                            .arg(event.sources.size()));
    for (qsizetype i = 0; i < event.sources.size() && !failed("sources"); ++i) {
        const EventSource &source = event.sources.at(i);
        // The first source has columns of its own in CSV; the others share `sources`.
        const bool first = i == 0;
        const QString nth = first ? QString() : QStringLiteral("source %1: ").arg(i + 1);
        const auto sourceFail = [&](const char *column, const QString &message) {
            fail(first ? column : "sources", nth + message);
        };
        const auto sourceCheck = [&](const char *column, const std::optional<QString> &problem) {
            if (problem)
                sourceFail(column, *problem);
        };
        const int before = int(errors.size());
        if (source.isEmpty())
            sourceFail("source_url", QStringLiteral("a source needs a URL, a title, an outlet or a "
                                                    "date"));
        sourceCheck("source_url",
                    textProblem(source.url, QStringLiteral("the source URL"), maxUrlLength));
        if (errors.size() == before && !isValidSourceUrl(source.url))
            sourceFail(
                "source_url",
                QStringLiteral("%1 is not an http or https URL").arg(SafeText::quoted(source.url)));
        sourceCheck("source_title",
                    textProblem(source.title, QStringLiteral("the source title"), maxTitleLength));
        sourceCheck("source_outlet",
                    textProblem(source.outlet, QStringLiteral("the outlet"), maxNameLength));
    }
    return errors;
}

QList<FieldError> EventValidator::warnings(const Event &event)
{
    QList<FieldError> warnings;
    // An announcement usually comes before or on the day; after is possible (a departure made
    // public weeks later) but is as often a typo, so it is said, not refused.
    if (event.announced.isValid() && event.date.isValid() &&
        event.announced.firstDay() > event.date.lastDay())
        warnings.append({QStringLiteral("announced"),
                         QStringLiteral("announced %1, after the event took effect (%2); check the "
                                        "dates")
                             .arg(event.announced.toString(), event.date.toString())});
    if (event.type == EventType::Acquisition && event.acquirer.trimmed().isEmpty())
        warnings.append({QStringLiteral("acquirer"),
                         QStringLiteral("an acquisition with no acquirer; name who bought the "
                                        "company if it is known")});
    return warnings;
}
