#include "clicommand.h"
#include "commandcontext.h"
#include "model/safetext.h"
#include "store/eventstore.h"

#include <QCoreApplication>

namespace {
// `remove ID`: deletes one event, by the id `list` shows.
class RemoveCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveCommand)

public:
    QString name() const override { return QStringLiteral("remove"); }
    bool changesDatabase(const QStringList &) const override { return true; }
    QString summary() const override { return tr("delete one event by its id"); }
    QString description() const override
    {
        return tr("Deletes the event with id ID (as 'list' shows it). An id that names no event\n"
                  "fails with exit status 2.");
    }
    QList<Argument> arguments() const override { return {{tr("ID"), tr("the event's id")}}; }

    ExitCode run(CommandContext &context) const override
    {
        const QString text = context.arguments().at(0);
        bool ok = false;
        const EventId id = text.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return context.usageError(tr("%1 is not an event id (a whole number, as list shows)")
                                          .arg(SafeText::quoted(text)));

        auto store = context.openStore();
        if (!store)
            return context.fail(store.error());
        EventStore &repository = store->events();
        const auto found = repository.find(id); // for the summary line below
        if (!found)
            return context.fail(found.error());
        if (!*found)
            return context.fail({Error::Kind::NotFound, tr("no event with id %1").arg(id)});
        if (auto status = repository.remove(id); !status)
            return context.fail(status.error());
        context.console().print(tr("Removed %1: %2", "an event's id, then what it was")
                                    .arg(id)
                                    .arg((*found)->summary()));
        return ExitCode::Done;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeRemoveCommand()
{
    return std::make_unique<RemoveCommand>();
}
