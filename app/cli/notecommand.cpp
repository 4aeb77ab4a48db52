#include "clicommand.h"
#include "commandcontext.h"
#include "model/safetext.h"
#include "store/eventstore.h"
#include "texttable.h"

#include <QCoreApplication>

namespace {
const QString companyOption = QStringLiteral("company");
const QString dateOption = QStringLiteral("date");
const QString toOption = QStringLiteral("to");
const QString eventOption = QStringLiteral("event");
const QString textOption = QStringLiteral("text");

// `note add|list|remove`: the notes pinned to companies' lanes, drawn on the timeline and in
// exports (Annotation).
class NoteCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(NoteCommand)

public:
    QString name() const override { return QStringLiteral("note"); }
    // `note list` only reads: it works on a read-only file, as `list` does.
    bool changesDatabase(const QStringList &arguments) const override
    {
        return arguments.value(0) != QLatin1String("list");
    }
    QString summary() const override
    {
        return tr("add, list or remove notes drawn on the timeline");
    }
    QString description() const override
    {
        return tr(
            "note add --company NAME --date D [--to D2] [--event ID] --text TEXT\n"
            "    pins a note to a company's lane at D, or over the period D to D2 (drawn as a\n"
            "    shaded band), or to the event ID (at its date); prints the note's id.\n"
            "note list [--company NAME]\n"
            "    lists the notes, by date.\n"
            "note remove ID\n"
            "    removes a note.\n"
            "Dates are YYYY, YYYY-MM or YYYY-MM-DD. A wrong value is exit status 2.");
    }
    QList<Argument> arguments() const override
    {
        return {{tr("ACTION"), tr("add, list or remove")},
                {tr("ID"), tr("the note to remove"), true}};
    }
    QList<QCommandLineOption> options() const override
    {
        return {{companyOption, tr("the company whose lane holds the note"), tr("NAME")},
                {dateOption, tr("the note's date, or the start of its period"), tr("DATE")},
                {toOption, tr("the end of the period"), tr("DATE")},
                {eventOption, tr("the event it is pinned to (its id, as list shows)"), tr("ID")},
                {textOption, tr("what the note says"), tr("TEXT")}};
    }

    ExitCode run(CommandContext &context) const override
    {
        const QString action = context.arguments().at(0);
        const bool withId = context.arguments().size() > 1;
        if (action == QLatin1String("remove") && !withId)
            return context.usageError(tr("note remove needs the note's ID"));
        if (action != QLatin1String("remove") && withId)
            return context.usageError(
                tr("unexpected argument %1").arg(SafeText::quoted(context.arguments().at(1))));
        if (action == QLatin1String("add"))
            return add(context);
        if (action == QLatin1String("list"))
            return list(context);
        if (action == QLatin1String("remove"))
            return remove(context, context.arguments().at(1));
        return context.usageError(
            tr("%1 is not an action: use add, list or remove").arg(SafeText::quoted(action)));
    }

private:
    static std::optional<qint64> wholeNumber(const QString &text)
    {
        bool ok = false;
        const qint64 number = text.trimmed().toLongLong(&ok);
        return ok && number > 0 ? std::optional<qint64>(number) : std::nullopt;
    }

    static ExitCode add(CommandContext &context)
    {
        Annotation note;
        note.company = context.value(companyOption).trimmed();
        note.text = context.value(textOption).trimmed();
        QStringList problems;
        if (context.isSet(eventOption)) {
            if (const auto id = wholeNumber(context.value(eventOption)))
                note.event = *id;
            else
                problems << tr("event: %1 is not an event id")
                                .arg(SafeText::quoted(context.value(eventOption)));
        }
        for (const auto &[option, date] :
             {std::pair{dateOption, &note.from}, std::pair{toOption, &note.to}}) {
            if (!context.isSet(option))
                continue;
            QString error;
            if (const auto parsed = PartialDate::parse(context.value(option), &error))
                *date = *parsed;
            else
                problems << QStringLiteral("%1: %2").arg(option, error);
        }
        if (!problems.isEmpty())
            return context.usageError(problems.join(QStringLiteral("; ")));

        auto store = context.openStore();
        if (!store)
            return context.fail(store.error());
        EventStore &events = store->events();
        if (note.event != 0) {
            // A note pinned to an event sits at its date, in its company's lane.
            const auto event = events.find(note.event);
            if (!event)
                return context.fail(event.error());
            if (!*event)
                return context.fail(
                    {Error::Kind::NotFound, tr("no event with id %1").arg(note.event)});
            if (note.company.isEmpty())
                note.company = (*event)->company;
            if (!note.from.isValid())
                note.from = (*event)->date;
        }
        if (const QString problem = note.problem(); !problem.isEmpty())
            return context.usageError(problem);
        const auto id = events.notes().add(note);
        if (!id)
            return context.fail(id.error());
        context.console().print(QString::number(*id));
        return ExitCode::Done;
    }

    static ExitCode list(CommandContext &context)
    {
        auto store = context.openStore();
        if (!store)
            return context.fail(store.error());
        const QString company = context.value(companyOption).trimmed();
        const auto notes =
            store->events().notes().list(company.isEmpty() ? QStringList() : QStringList{company});
        if (!notes)
            return context.fail(notes.error());
        TextTable table;
        table.addColumn(tr("ID", "a column's heading"), 0, TextTable::Align::Right);
        table.addColumn(tr("DATE", "a column's heading"));
        table.addColumn(tr("TO", "a column's heading: the end of a note's period"));
        table.addColumn(tr("COMPANY", "a column's heading"), 30);
        table.addColumn(tr("EVENT", "a column's heading"), 0, TextTable::Align::Right);
        table.addColumn(tr("TEXT", "a column's heading"), 60);
        for (const Annotation &note : *notes)
            table.addRow({QString::number(note.id), note.from.toString(),
                          note.isPeriod() ? note.to.toString() : QString(), note.company,
                          note.event ? QString::number(note.event) : QString(), note.text});
        if (!notes->empty())
            context.console().printTable(table);
        context.console().print(tr("%n notes.", nullptr, int(notes->size())));
        return ExitCode::Done;
    }

    static ExitCode remove(CommandContext &context, const QString &text)
    {
        const auto id = wholeNumber(text);
        if (!id)
            return context.usageError(tr("%1 is not a note id (a whole number, as note list shows)")
                                          .arg(SafeText::quoted(text)));
        auto store = context.openStore();
        if (!store)
            return context.fail(store.error());
        NoteStore &notes = store->events().notes();
        const auto found = notes.find(*id);
        if (!found)
            return context.fail(found.error());
        if (!*found)
            return context.fail({Error::Kind::NotFound, tr("no note with id %1").arg(*id)});
        if (auto status = notes.remove(*id); !status)
            return context.fail(status.error());
        context.console().print(tr("Removed note %1: %2", "a note's id, then what it said")
                                    .arg(*id)
                                    .arg((*found)->summary()));
        return ExitCode::Done;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeNoteCommand()
{
    return std::make_unique<NoteCommand>();
}
