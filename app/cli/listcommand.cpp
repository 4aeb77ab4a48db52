#include "clicommand.h"
#include "commandcontext.h"
#include "eventtable.h"
#include "queryoptions.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/fulltextindex.h"

namespace {
const QString personOption = QStringLiteral("person");
const QString searchOption = QStringLiteral("search");
const QString formatOption = QStringLiteral("format");

// `list [filters] [--format table|json|csv]`: the events that match every filter given, by date.
class ListCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return QStringLiteral("show events, filtered"); }
    QString description() const override
    {
        return QStringLiteral(
            "Shows the events that match every filter given, by date. A DATE is a year, a\n"
            "month or a day (2024, 2024-03, 2024-03-22): --from means its first day, --to its\n"
            "last, and an event counts if its date may fall in between. --company and --type\n"
            "may be given more than once.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QueryOptions::from(),
            QueryOptions::to(),
            QueryOptions::company(),
            QueryOptions::type(),
            {personOption, QStringLiteral("events naming this person (any case)"),
             QStringLiteral("NAME")},
            {searchOption,
             QStringLiteral("events whose text has every word (as a prefix); text with no "
                            "letter or digit matches nothing"),
             QStringLiteral("TEXT")},
            {formatOption,
             QStringLiteral("table (the default), json or csv, with each event's id; csv is "
                            "spreadsheet-safe, as export --safe"),
             QStringLiteral("FORMAT")},
        };
    }

    ExitCode run(CommandContext &context) const override
    {
        const auto format = context.choice(
            formatOption, {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")},
            QStringLiteral("table"));
        if (!format)
            return ExitCode::Usage;
        EventQuery query;
        if (!QueryOptions::readDates(context, query) || !QueryOptions::readTypes(context, query))
            return ExitCode::Usage;
        QueryOptions::readCompanies(context, query);
        query.person = context.value(personOption).trimmed();
        query.text = context.value(searchOption).trimmed();
        // Say why the list is empty rather than leave the user to guess.
        if (const auto why = FullTextIndex::whyNothingMatches(query.text))
            context.console().error(QStringLiteral("--search: %1").arg(*why));

        auto db = context.openDatabase();
        if (!db)
            return context.fail(db.error());
        EventRepository repository(**db);
        const auto events = repository.query(query);
        if (!events)
            return context.fail(events.error());

        if (*format == QLatin1String("json")) {
            context.console().write(EventTable::json(*events));
        } else if (*format == QLatin1String("csv")) {
            context.console().write(EventTable::csv(*events));
        } else {
            context.console().printTable(EventTable::table(*events));
        }
        return ExitCode::Done;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeListCommand()
{
    return std::make_unique<ListCommand>();
}
