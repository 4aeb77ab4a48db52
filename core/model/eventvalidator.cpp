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
// is shown (a terminal's escape, a direction override), or a length past `limit`. The field's
// name, noun(), is asked for only then: every field of every row of an import is checked.
template <typename Noun>
std::optional<QString> textProblem(const QString &text, const Noun &noun, qsizetype limit,
                                   SafeText::Breaks breaks = SafeText::Breaks::Refused)
{
    if (const auto c = SafeText::firstUnsafe(text, breaks)) {
        if (SafeText::isDirectionControl(*c))
            return QCoreApplication::translate("EventValidator",
                                               "%1 %2 contains %3, which changes the direction "
                                               "text is shown in; remove it")
                .arg(noun(), SafeText::quoted(text), SafeText::codePoint(*c));
        if (*c == 0xFEFF)
            return QCoreApplication::translate(
                       "EventValidator",
                       "%1 %2 contains an invisible byte-order mark (U+FEFF); remove it")
                .arg(noun(), SafeText::quoted(text));
        const char *message =
            breaks == SafeText::Breaks::Allowed
                ? QT_TRANSLATE_NOOP("EventValidator", "%1 %2 contains the control character %3; "
                                                      "remove it (tabs and line breaks are fine)")
                : QT_TRANSLATE_NOOP("EventValidator",
                                    "%1 %2 contains the control character %3; remove it");
        return QCoreApplication::translate("EventValidator", message)
            .arg(noun(), SafeText::quoted(text), SafeText::codePoint(*c));
    }
    if (text.size() > limit) {
        const qsizetype length = characterCount(text);
        if (length > limit)
            return QCoreApplication::translate("EventValidator",
                                               "%1 is %2 characters long; it can be at most %3")
                .arg(noun())
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
    return textProblem(
        name, [&noun] { return noun; }, maxNameLength);
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
    // A field's name for textProblem(), marked for lupdate by QT_TR_NOOP.
    const auto named = [](const char *noun) { return [noun] { return tr(noun); }; };

    if (!event.date.isValid())
        fail("date", tr("a date is required (YYYY, YYYY-MM or YYYY-MM-DD)"));
    if (event.company.trimmed().isEmpty())
        fail("company", tr("a company is required"));
    else
        check("company",
              textProblem(event.company, named(QT_TR_NOOP("the company")), maxNameLength));

    if (event.people.size() > maxPeople)
        fail("people", tr("an event can name at most %1 people; this one names %2")
                           .arg(maxPeople)
                           .arg(event.people.size()));
    for (const QString &person : event.people) {
        if (failed("people"))
            break;
        if (const auto problem =
                textProblem(person, named(QT_TR_NOOP("the name")), maxNameLength)) {
            fail("people", *problem);
            break; // one message is enough
        }
    }
    const bool isChange =
        event.type == EventType::Appointment || event.type == EventType::Departure;
    if (isChange && !failed("people")) {
        bool anyone = false;
        for (const QString &person : event.people) {
            if (person.trimmed().isEmpty()) {
                fail("people", tr("a name in the list is empty"));
                anyone = true; // one message is enough
                break;
            }
            anyone = true;
        }
        if (!anyone)
            fail("people", event.type == EventType::Appointment
                               ? tr("an appointment names at least one person")
                               : tr("a departure names at least one person"));
    }
    if (!event.companyIdentifier.isEmpty()) {
        const auto identifier = CompanyIdentifier::read(event.companyIdentifier);
        if (!identifier.problem.isEmpty())
            fail("company_id", identifier.problem);
        else if (identifier.identifier != event.companyIdentifier)
            fail("company_id",
                 tr("write the identifier as %1").arg(SafeText::quoted(identifier.identifier)));
    }
    check("role", textProblem(event.role, named(QT_TR_NOOP("the role")), maxNameLength));
    const QString typeName = toString(event.type);
    if (event.reason && event.type != EventType::Departure)
        fail("reason",
             tr("a reason is given for departures only; this event is of type %1").arg(typeName));
    check("reason_note",
          textProblem(event.reasonNote, named(QT_TR_NOOP("the reason note")), maxTitleLength));
    if (!failed("reason_note") && !event.reasonNote.isEmpty() && event.type != EventType::Departure)
        fail("reason_note",
             tr("a reason is given for departures only; this event is of type %1").arg(typeName));
    if (isChange && !failed("role") && event.role.trimmed().isEmpty())
        fail("role", event.type == EventType::Appointment
                         ? tr("an appointment needs a role (CEO, CTO, Board member ...)")
                         : tr("a departure needs a role (CEO, CTO, Board member ...)"));
    check("round", textProblem(event.round, named(QT_TR_NOOP("the round")), maxNameLength));
    if (event.amountUsd && *event.amountUsd < 0)
        fail("amount_usd", tr("the amount cannot be negative"));
    if (event.valuationUsd && *event.valuationUsd < 0)
        fail("valuation_usd", tr("the valuation cannot be negative"));
    if (!Currency::isKnown(event.currency))
        fail("currency",
             tr("%1 is not an ISO 4217 currency code such as USD, EUR or GBP (in capitals)")
                 .arg(SafeText::quoted(event.currency)));
    if (!event.investors.isEmpty() && event.type != EventType::Funding)
        fail("investors",
             tr("investors are named for funding rounds only; this event is of type %1")
                 .arg(typeName));
    if (event.investors.size() > maxPeople)
        fail("investors", tr("a round can name at most %1 investors; this one names %2")
                              .arg(maxPeople)
                              .arg(event.investors.size()));
    for (const QString &investor : event.investors) {
        if (failed("investors"))
            break;
        if (investor.trimmed().isEmpty())
            fail("investors", tr("a name in the list of investors is empty"));
        else
            check("investors",
                  textProblem(investor, named(QT_TR_NOOP("the investor")), maxNameLength));
    }
    check("acquirer",
          textProblem(event.acquirer, named(QT_TR_NOOP("the acquirer")), maxNameLength));
    if (!failed("acquirer") && !event.acquirer.isEmpty() && event.type != EventType::Acquisition)
        fail("acquirer", tr("an acquirer is named for acquisitions only; this event is of type %1")
                             .arg(typeName));
    check("description", textProblem(event.description, named(QT_TR_NOOP("the description")),
                                     maxDescriptionLength, SafeText::Breaks::Allowed));
    if (event.sources.size() > maxSources)
        fail("sources", tr("an event can cite at most %1 sources; this one cites %2")
                            .arg(maxSources)
                            .arg(event.sources.size()));
    for (qsizetype i = 0; i < event.sources.size() && !failed("sources"); ++i) {
        const EventSource &source = event.sources.at(i);
        // The first source has columns of its own in CSV; the others share `sources`.
        const bool first = i == 0;
        const auto sourceFail = [&](const char *column, const QString &message) {
            if (first)
                fail(column, message);
            else
                fail("sources",
                     tr("source %1: ", "before what is wrong with it").arg(i + 1) + message);
        };
        const auto sourceCheck = [&](const char *column, const std::optional<QString> &problem) {
            if (problem)
                sourceFail(column, *problem);
        };
        const int before = int(errors.size());
        if (source.isEmpty())
            sourceFail("source_url", tr("a source needs a URL, a title, an outlet or a date"));
        sourceCheck("source_url",
                    textProblem(source.url, named(QT_TR_NOOP("the source URL")), maxUrlLength));
        if (errors.size() == before && !isValidSourceUrl(source.url))
            sourceFail("source_url",
                       tr("%1 is not an http or https URL").arg(SafeText::quoted(source.url)));
        sourceCheck("source_title", textProblem(source.title, named(QT_TR_NOOP("the source title")),
                                                maxTitleLength));
        sourceCheck("source_outlet",
                    textProblem(source.outlet, named(QT_TR_NOOP("the outlet")), maxNameLength));
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
                         tr("announced %1, after the event took effect (%2); check the dates")
                             .arg(event.announced.toString(), event.date.toString())});
    if (event.type == EventType::Acquisition && event.acquirer.trimmed().isEmpty())
        warnings.append({QStringLiteral("acquirer"),
                         tr("an acquisition with no acquirer; name who bought the company if it "
                            "is known")});
    return warnings;
}
