#include "queryoptions.h"

#include "commandcontext.h"
#include "model/partialdate.h"
#include "model/safetext.h"

#include <optional>

namespace {
const QString fromName = QStringLiteral("from");
const QString toName = QStringLiteral("to");
const QString companyName = QStringLiteral("company");
const QString typeName = QStringLiteral("type");
} // namespace

QCommandLineOption QueryOptions::from()
{
    return {fromName, tr("events on or after DATE"), tr("DATE")};
}

QCommandLineOption QueryOptions::to()
{
    return {toName, tr("events on or before DATE"), tr("DATE")};
}

QCommandLineOption QueryOptions::company()
{
    return {companyName, tr("events at this company (any case; may be repeated)"), tr("NAME")};
}

QCommandLineOption QueryOptions::type()
{
    return {typeName, tr("appointment, departure, funding, acquisition or other (may be repeated)"),
            tr("TYPE")};
}

bool QueryOptions::readDates(CommandContext &context, EventQuery &query)
{
    std::optional<PartialDate> from, to;
    for (const auto &[option, date] : {std::pair{fromName, &from}, std::pair{toName, &to}}) {
        if (!context.isSet(option))
            continue;
        QString error;
        *date = PartialDate::parse(context.value(option).trimmed(), &error);
        if (!*date) {
            context.usageError(
                tr("--%1: %2", "an option, then what is wrong with its value").arg(option, error));
            return false;
        }
    }
    if (from)
        query.from = from->firstDay();
    if (to)
        query.to = to->lastDay();
    if (from && to && query.from > query.to) {
        context.usageError(tr("--from %1 is after --to %2").arg(from->toString(), to->toString()));
        return false;
    }
    return true;
}

bool QueryOptions::readTypes(CommandContext &context, EventQuery &query)
{
    for (const QString &name : context.parser().values(typeName)) {
        const auto type = eventTypeFromString(name.trimmed().toLower());
        if (!type) {
            context.usageError(
                tr("--type must be %1, not %2")
                    .arg(eventTypeNames().join(QStringLiteral(", ")), SafeText::quoted(name)));
            return false;
        }
        query.types.append(*type);
    }
    return true;
}

void QueryOptions::readCompanies(CommandContext &context, EventQuery &query)
{
    for (const QString &company : context.parser().values(companyName))
        query.companies.append(company.trimmed());
}
