#include "clicommand.h"
#include "commandcontext.h"
#include "namelisting.h"
#include "store/eventstore.h"

#include <QCoreApplication>

namespace {
const QString variantsOption = QStringLiteral("variants");

// `companies [--variants]`: the companies, or the likely variants among their names.
class CompaniesCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CompaniesCommand)

public:
    QString name() const override { return QStringLiteral("companies"); }
    QString summary() const override
    {
        return tr("list the companies, or the names that may be one company (--variants)");
    }
    QString description() const override
    {
        return tr(
            "Lists every company, with its identifier (web domain, Wikidata item or ticker) when\n"
            "it has one and how many events it has. With --variants, lists only the\n"
            "groups of names that are likely one company written in different ways: equal once\n"
            "case, accents, punctuation and spaces are ignored (\"Open AI\", \"OpenAI\").\n"
            "'merge --company NAME --into NAME' joins them.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{variantsOption, tr("list only the groups of names that may be one company")}};
    }

    ExitCode run(CommandContext &context) const override
    {
        auto store = context.openStore();
        if (!store)
            return context.fail(store.error());
        EventStore &repository = store->events();
        auto companies = repository.companies();
        if (!companies)
            return context.fail(companies.error());
        NameListing::Counted counted;
        QHash<QString, QString> identifiers;
        for (const Company &company : *companies) {
            counted.emplace_back(company.name, company.eventCount);
            if (!company.identifier.isEmpty())
                identifiers.insert(company.name, company.identifier);
        }
        return NameListing::print(context, NameListing::Kind::Companies, counted,
                                  context.isSet(variantsOption), identifiers);
    }
};
} // namespace

std::unique_ptr<CliCommand> makeCompaniesCommand()
{
    return std::make_unique<CompaniesCommand>();
}
