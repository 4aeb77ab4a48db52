#include "clicommand.h"
#include "commandcontext.h"
#include "namelisting.h"
#include "store/eventstore.h"

#include <QCoreApplication>

namespace {
const QString variantsOption = QStringLiteral("variants");

// `people [--variants]`: the people the events name, or the likely variants among them.
class PeopleCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PeopleCommand)

public:
    QString name() const override { return QStringLiteral("people"); }
    QString summary() const override
    {
        return tr("list the people, or the names that may be one person (--variants)");
    }
    QString description() const override
    {
        return tr(
            "Lists every person the events name, with how many events name them. With\n"
            "--variants, lists only the groups of names that are likely one person spelt in\n"
            "different ways: equal once case, accents, punctuation and spaces are ignored\n"
            "(\"Seán Ó hÉigeartaigh\", \"Sean O'hEigeartaigh\"). 'merge --person NAME --into\n"
            "NAME' joins them.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{variantsOption, tr("list only the groups of names that may be one person")}};
    }

    ExitCode run(CommandContext &context) const override
    {
        auto store = context.openStore();
        if (!store)
            return context.fail(store.error());
        EventStore &repository = store->events();
        auto people = repository.peopleWithEventCounts();
        if (!people)
            return context.fail(people.error());
        return NameListing::print(context, NameListing::Kind::People, *people,
                                  context.isSet(variantsOption));
    }
};
} // namespace

std::unique_ptr<CliCommand> makePeopleCommand()
{
    return std::make_unique<PeopleCommand>();
}
