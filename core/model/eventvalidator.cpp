#include "eventvalidator.h"

#include <QUrl>

bool EventValidator::isValidSourceUrl(const QString &text)
{
    if (text.isEmpty())
        return true;
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty() && !text.contains(QLatin1Char(' '));
}

QList<FieldError> EventValidator::validate(const Event &event)
{
    QList<FieldError> errors;
    const auto fail = [&errors](const char *column, const QString &message) {
        errors.append({QLatin1String(column), message});
    };

    if (!event.date.isValid())
        fail("date", QStringLiteral("a date is required (YYYY, YYYY-MM or YYYY-MM-DD)"));
    if (event.company.trimmed().isEmpty())
        fail("company", QStringLiteral("a company is required"));

    const bool isChange =
        event.type == EventType::Appointment || event.type == EventType::Departure;
    if (isChange) {
        bool anyone = false;
        for (const QString &person : event.people) {
            if (person.trimmed().isEmpty()) {
                fail("people", QStringLiteral("a name in the list is empty"));
                anyone = true; // one message is enough
                break;
            }
            anyone = true;
        }
        const QString kind = event.type == EventType::Appointment ? QStringLiteral("an appointment")
                                                                  : QStringLiteral("a departure");
        if (!anyone)
            fail("people", QStringLiteral("%1 names at least one person").arg(kind));
        if (event.role.trimmed().isEmpty())
            fail("role", QStringLiteral("%1 needs a role (CEO, CTO, Board member ...)").arg(kind));
    }
    if (event.amountUsd && *event.amountUsd < 0)
        fail("amount_usd", QStringLiteral("the amount cannot be negative"));
    if (event.valuationUsd && *event.valuationUsd < 0)
        fail("valuation_usd", QStringLiteral("the valuation cannot be negative"));
    if (!isValidSourceUrl(event.sourceUrl))
        fail("source_url", QStringLiteral("'%1' is not an http or https URL").arg(event.sourceUrl));
    return errors;
}
