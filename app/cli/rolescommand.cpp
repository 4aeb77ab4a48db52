#include "clicommand.h"
#include "commandcontext.h"
#include "store/database.h"
#include "store/eventstore.h"
#include "texttable.h"

#include <QCoreApplication>

namespace {
const QString explainOption = QStringLiteral("explain");
const QString mapOption = QStringLiteral("map");
const QString toOption = QStringLiteral("to");
const QString unmapOption = QStringLiteral("unmap");
const QString knownOption = QStringLiteral("known");

QString roleKeys()
{
    QStringList keys;
    for (const RoleVocabulary::Role role : RoleVocabulary::allRoles())
        keys << RoleVocabulary::key(role);
    return keys.join(QStringLiteral(", "));
}

// `roles`: the canonical roles titles are understood as (docs/model.md), and the user's own
// mappings of titles to them, kept in the database.
class RolesCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RolesCommand)

public:
    QString name() const override { return QStringLiteral("roles"); }
    QString summary() const override
    {
        return tr("show or change how job titles map to canonical roles");
    }
    QString description() const override
    {
        return tr(
            "Titles are kept as written; what they mean for the tenures (who succeeds whom, which\n"
            "row a bar goes in) comes from canonical roles: chief executive, chair, board member\n"
            "and others (docs/model.md). Without options, lists the mappings made for this\n"
            "database. --explain TITLE shows the roles a title names; --map TITLE --to ROLE\n"
            "teaches this database a title (a whole title or a part of combined ones);\n"
            "--unmap TITLE forgets it; --known lists the roles.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{explainOption, tr("the canonical roles TITLE names"), tr("TITLE")},
                {mapOption, tr("map TITLE to the role given with --to"), tr("TITLE")},
                {toOption, tr("a role key: %1").arg(roleKeys()), tr("ROLE")},
                {unmapOption, tr("remove this database's mapping of TITLE"), tr("TITLE")},
                {knownOption, tr("list the canonical roles and their keys")}};
    }

    ExitCode run(CommandContext &context) const override
    {
        if (context.isSet(knownOption))
            return listKnown(context);
        if (context.isSet(mapOption) != context.isSet(toOption))
            return context.usageError(tr("--map TITLE and --to ROLE go together"));
        std::optional<RoleVocabulary::Role> role;
        if (context.isSet(toOption)) {
            role = RoleVocabulary::roleForKey(context.value(toOption));
            if (!role)
                return context.usageError(tr("--to must be one of %1, not '%2'")
                                              .arg(roleKeys(), context.value(toOption)));
        }
        const bool writes = context.isSet(mapOption) || context.isSet(unmapOption);
        auto store = context.openStore(writes);
        if (!store)
            return context.fail(store.error());
        EventStore &repository = store->events();
        if (writes) {
            const QString title = context.value(context.isSet(mapOption) ? mapOption : unmapOption);
            if (auto status = repository.setRoleAlias(title, role); !status)
                return context.fail(status.error());
            context.console().print(
                role ? tr("'%1' now means %2.")
                           .arg(title.trimmed(), RoleVocabulary::displayName(*role).toLower())
                     : tr("'%1' is no longer mapped.").arg(title.trimmed()));
            return ExitCode::Done;
        }
        if (context.isSet(explainOption))
            return explain(context, repository, context.value(explainOption));
        auto aliases = repository.roleAliases();
        if (!aliases)
            return context.fail(aliases.error());
        TextTable table;
        table.addColumn(tr("TITLE", "a column's heading"), 40);
        table.addColumn(tr("ROLE", "a column's heading"));
        for (const auto &[title, mapped] : *aliases)
            table.addRow({title, RoleVocabulary::key(mapped)});
        if (!aliases->empty())
            context.console().printTable(table);
        context.console().print(tr("%n titles mapped in this database, besides the built-in "
                                   "vocabulary.",
                                   nullptr, int(aliases->size())));
        return ExitCode::Done;
    }

private:
    static ExitCode listKnown(CommandContext &context)
    {
        TextTable table;
        table.addColumn(tr("ROLE", "a column's heading"));
        table.addColumn(tr("NAME", "a column's heading"));
        table.addColumn(tr("GROUP", "a column's heading"));
        table.addColumn(tr("SOLE POST", "a column's heading"));
        for (const RoleVocabulary::Role role : RoleVocabulary::allRoles())
            table.addRow({RoleVocabulary::key(role), RoleVocabulary::displayName(role),
                          RoleVocabulary::displayName(RoleVocabulary::groupOf(role)),
                          RoleVocabulary::isSolePost(role) ? tr("yes") : QString()});
        context.console().printTable(table);
        return ExitCode::Done;
    }

    static ExitCode explain(CommandContext &context, EventStore &repository, const QString &title)
    {
        auto vocabulary = repository.vocabulary();
        if (!vocabulary)
            return context.fail(vocabulary.error());
        const QList<RoleVocabulary::Role> roles = vocabulary->rolesOf(title);
        if (roles.isEmpty()) {
            context.console().print(
                tr("'%1' names no canonical role: it is a post of its own.").arg(title.trimmed()));
            return ExitCode::Done;
        }
        for (const RoleVocabulary::Role role : roles)
            context.console().print(RoleVocabulary::key(role));
        return ExitCode::Done;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeRolesCommand()
{
    return std::make_unique<RolesCommand>();
}
