#include "filtersummary.h"

#include "eventlabels.h"

#include <QLocale>

namespace {
constexpr int companiesNamed = 2; // more are counted, not listed
} // namespace

QString FilterSummary::describe(const EventQuery &query)
{
    if (query.limit == 0)
        return tr("nothing is let through");
    QStringList parts;
    if (!query.text.trimmed().isEmpty())
        parts << tr("“%1”").arg(query.text.trimmed());
    if (!query.person.trimmed().isEmpty())
        parts << tr("person: %1").arg(query.person.trimmed());
    if (query.companies.size() > companiesNamed)
        parts << tr("%n companies", nullptr, int(query.companies.size()));
    else if (!query.companies.isEmpty())
        parts << query.companies.join(tr(", "));
    if (!query.types.isEmpty()) {
        QStringList types;
        for (const EventType type : query.types)
            types << EventLabels::typePlural(type);
        parts << types.join(tr(", "));
    }
    const QLocale locale;
    if (query.from.isValid() && query.to.isValid())
        parts << tr("%1 to %2")
                     .arg(locale.toString(query.from, QLocale::ShortFormat),
                          locale.toString(query.to, QLocale::ShortFormat));
    else if (query.from.isValid())
        parts << tr("from %1").arg(locale.toString(query.from, QLocale::ShortFormat));
    else if (query.to.isValid())
        parts << tr("to %1").arg(locale.toString(query.to, QLocale::ShortFormat));
    return parts.join(tr(" · "));
}
