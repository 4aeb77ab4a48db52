#include "clicommand.h"
#include "commandcontext.h"
#include "model/namevariants.h"
#include "model/safetext.h"
#include "store/eventstore.h"

#include <QCoreApplication>

namespace {
const QString personOption = QStringLiteral("person");
const QString companyOption = QStringLiteral("company");
const QString intoOption = QStringLiteral("into");

// `merge (--person NAME | --company NAME)... --into NAME`: joins spellings of one name, all of
// them in one transaction.
class MergeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeCommand)

public:
    QString name() const override { return QStringLiteral("merge"); }
    bool changesDatabase(const QStringList &) const override { return true; }
    QString summary() const override { return tr("merge people or companies into one name"); }
    QString description() const override
    {
        return tr(
            "Every event naming one of the --person names then names the --into person\n"
            "instead, and those names are gone; an event that named both names the --into\n"
            "person once. --company does the same for companies. Give --person or --company as\n"
            "often as there are names to merge: all of them are merged in one transaction, or\n"
            "none if one does not exist (exit status 2). 'people --variants' and 'companies\n"
            "--variants' list the names that are likely one.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{personOption, tr("a person to merge away; repeat for several"), tr("NAME")},
                {companyOption, tr("a company to merge away; repeat for several"), tr("NAME")},
                {intoOption, tr("the name to keep"), tr("NAME")}};
    }

    ExitCode run(CommandContext &context) const override
    {
        const bool people = context.isSet(personOption);
        if (people == context.isSet(companyOption))
            return context.usageError(
                tr("give the names to merge with --person or with --company"));
        if (!context.isSet(intoOption) || context.value(intoOption).trimmed().isEmpty())
            return context.usageError(tr("--into NAME says which name to keep"));
        const QString into = context.value(intoOption).trimmed();
        const QStringList from = NameVariants::othersThan(
            context.parser().values(people ? personOption : companyOption), into);
        if (from.isEmpty())
            return context.usageError((people ? tr("name a person other than %1 to merge into it")
                                              : tr("name a company other than %1 to merge into it"))
                                          .arg(SafeText::quoted(into)));

        auto store = context.openStore();
        if (!store)
            return context.fail(store.error());
        EventStore &repository = store->events();
        const Status merged =
            people ? repository.mergePeople(from, into) : repository.mergeCompanies(from, into);
        if (!merged)
            return context.fail(merged.error());

        EventQuery query;
        if (people)
            query.person = into;
        else
            query.companies = {into};
        auto naming = repository.query(query);
        if (!naming)
            return context.fail(naming.error());
        QStringList quoted;
        for (const QString &name : from)
            quoted << SafeText::quoted(name);
        const qsizetype count = qsizetype(naming->size());
        // "Merged 'A', 'B' into 'C'; 3 events name it now."
        context.console().print(tr("Merged %1 into %2; %3", "the names merged, the name kept, "
                                                            "how many events name it")
                                    .arg(quoted.join(QStringLiteral(", ")), SafeText::quoted(into),
                                         tr("%n events name it now.", nullptr, int(count))));
        return ExitCode::Done;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeMergeCommand()
{
    return std::make_unique<MergeCommand>();
}
