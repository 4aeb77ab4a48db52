#include "clicommand.h"
#include "commandcontext.h"
#include "eventtable.h"
#include "queryoptions.h"
#include "store/eventstore.h"
#include "store/fulltextindex.h"

#include <QCoreApplication>

namespace {
const QString personOption = QStringLiteral("person");
const QString searchOption = QStringLiteral("search");
const QString formatOption = QStringLiteral("format");
const QString limitOption = QStringLiteral("limit");

// `list [filters] [--format table|json|csv]`: the events that match every filter given, by date.
class ListCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return tr("show events, filtered"); }
    QString description() const override
    {
        return tr(
            "Shows the events that match every filter given, by date. A DATE is a year, a\n"
            "month or a day (2024, 2024-03, 2024-03-22): --from means its first day, --to its\n"
            "last, and an event counts if its date may fall in between. --company and --type\n"
            "may be given more than once. --limit N lists the first N by date and says on\n"
            "standard error when more match.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QueryOptions::from(),
            QueryOptions::to(),
            QueryOptions::company(),
            QueryOptions::type(),
            {personOption, tr("events naming this person (any case)"), tr("NAME")},
            {searchOption,
             tr("events whose text has every word (as a prefix); text with no letter or digit "
                "matches nothing"),
             tr("TEXT")},
            {formatOption,
             tr("table (the default), json or csv, with each event's id; csv is "
                "spreadsheet-safe, as export --safe"),
             tr("FORMAT")},
            {limitOption, tr("list only the first N events by date"), tr("N")},
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
        const auto limit = context.number(limitOption, -1, 0, 100'000'000);
        if (!limit)
            return ExitCode::Usage;
        // One more than asked, to know whether more match.
        if (*limit >= 0)
            query.limit = *limit + 1;
        // Say why the list is empty rather than leave the user to guess.
        if (const auto why = FullTextIndex::whyNothingMatches(query.text))
            context.console().error(QStringLiteral("--search: %1").arg(*why));

        auto store = context.openStore();
        if (!store)
            return context.fail(store.error());
        EventStore &repository = store->events();
        // The table, the default, is filled as the rows are read, so that a long list never
        // holds every event (at a million events, a company's thousands of rows were held three
        // times over, and their memory was a fifth of the time).
        const bool table = *format == QLatin1String("table");
        std::vector<Event> events;
        TextTable rows = EventTable::header();
        qsizetype listed = 0;
        bool more = false;
        const Status read = repository.forEach(query, [&](Event &&event) {
            if (listed == *limit) {
                more = true;
                return false;
            }
            ++listed;
            if (table)
                EventTable::addRow(rows, event);
            else
                events.push_back(std::move(event));
            return true;
        });
        if (!read)
            return context.fail(read.error());
        if (more) {
            // On standard error, so that JSON and CSV stay whole files.
            context.console().error(tr(
                "the first %n events by date are listed; more match (--limit)", nullptr, *limit));
        }

        if (*format == QLatin1String("json"))
            context.console().write(EventTable::json(events));
        else if (*format == QLatin1String("csv"))
            context.console().write(EventTable::csv(events));
        else
            context.console().printTable(rows);
        return ExitCode::Done;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeListCommand()
{
    return std::make_unique<ListCommand>();
}
