#include "clicommand.h"
#include "commandcontext.h"
#include "defaultdatabase.h"
#include "sampledata.h"
#include "server/serverdatabase.h"
#include "server/servereventstore.h"
#include "store/database.h"
#include "store/eventrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {
const QString sampleOption = QStringLiteral("sample");

// `init [--sample]`: makes a new database, never over an existing file.
class InitCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override
    {
        return tr("create a new database, empty or with the bundled sample");
    }
    QString description() const override
    {
        return tr("Creates a new database at --db PATH, or the per-user database when --db is not\n"
                  "given. An existing file is never written over: that fails with exit status 3.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{sampleOption, tr("fill it with the Stability AI story, 2019-2024")}};
    }

    ExitCode run(CommandContext &context) const override
    {
        if (ServerDatabase::isServerLocation(context.databasePath()))
            return initServer(context);
        const bool isDefault = context.databasePath().isEmpty();
        const QString path = isDefault ? DefaultDatabase::path() : context.databasePath();
        if (path.isEmpty())
            return context.fail(
                unusable(tr("this system has no folder for per-user data; name a file with --db")));
        if (isDefault)
            QDir().mkpath(QFileInfo(path).absolutePath()); // the open below says if this failed

        const bool withSample = context.isSet(sampleOption);
        auto db = withSample ? SampleData::createDatabase(path)
                             : Database::open(path, Database::OpenMode::CreateNew);
        if (!db)
            return context.fail(db.error());
        const QString shown = QDir::toNativeSeparators(path);
        if (!withSample) {
            context.console().print(tr("Created %1 (empty).").arg(shown));
            return ExitCode::Done;
        }
        EventRepository repository(**db);
        const auto count = repository.count();
        if (!count)
            return context.fail(count.error());
        context.console().print(
            tr("Created %1 with the Stability AI sample (%n events).", nullptr, int(*count))
                .arg(shown));
        return ExitCode::Done;
    }

private:
    // The Tenure tables in an existing PostgreSQL database (CREATE DATABASE is the server
    // administrator's: docs/team-server.md). Holding them already is an error, as for a file.
    static ExitCode initServer(CommandContext &context)
    {
        auto db = ServerDatabase::open(context.databasePath(), ServerDatabase::OpenMode::CreateNew);
        if (!db)
            return context.fail(db.error());
        if (!context.isSet(sampleOption)) {
            context.console().print(
                tr("Created the Tenure tables in %1 (empty).").arg((*db)->displayName()));
            return ExitCode::Done;
        }
        ServerEventStore events(**db);
        if (auto status = SampleData::install(events); !status)
            return context.fail(status.error());
        const auto count = events.count();
        if (!count)
            return context.fail(count.error());
        context.console().print(
            tr("Created the Tenure tables in %1 with the Stability AI sample (%n events).", nullptr,
               int(*count))
                .arg((*db)->displayName()));
        return ExitCode::Done;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeInitCommand()
{
    return std::make_unique<InitCommand>();
}
