#include "clicommand.h"
#include "commandcontext.h"
#include "server/databasecopy.h"
#include "server/serverdatabase.h"
#include "store/database.h"
#include "store/eventrepository.h"

#include <QCoreApplication>
#include <QDir>

namespace {
// `copy SRC DST`: a whole database between a file and a PostgreSQL server, either way.
class CopyCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CopyCommand)

public:
    QString name() const override { return QStringLiteral("copy"); }
    QString summary() const override
    {
        return tr("copy a whole database between a file and a PostgreSQL server");
    }
    QString description() const override
    {
        return tr(
            "Copies every event, company, person, source, note and role mapping, with their ids,\n"
            "from SRC to DST. One of them is a file, the other a PostgreSQL database named as\n"
            "postgresql://USER@HOST:PORT/DBNAME (the password from ~/.pgpass or PGPASSWORD).\n"
            "DST must be new: a file that does not exist yet, or a server database holding no\n"
            "events (the Tenure tables are made in it if missing). All or nothing: a failed copy\n"
            "leaves no file and no events behind. --db is not used.");
    }
    QList<Argument> arguments() const override
    {
        return {{QStringLiteral("SRC"), tr("the database to copy: a file or postgresql://…")},
                {QStringLiteral("DST"), tr("the new database: a file or postgresql://…")}};
    }

    ExitCode run(CommandContext &context) const override
    {
        const QString from = context.arguments().value(0);
        const QString to = context.arguments().value(1);
        const bool fromServer = ServerDatabase::isServerLocation(from);
        const bool toServer = ServerDatabase::isServerLocation(to);
        if (fromServer == toServer)
            return context.usageError(
                fromServer ? tr("both are servers: copy between two servers with pg_dump")
                           : tr("both are files: copy a file with the viewer's File > Save As, "
                                "or cp while no program has it open"));
        const auto copied = fromServer ? copyToFile(from, to) : copyToServer(from, to);
        if (!copied)
            return context.fail(copied.error());
        context.console().print(
            tr("Copied %n events to %1.", nullptr, int(*copied))
                .arg(toServer ? PgConnection::withoutPassword(to) : QDir::toNativeSeparators(to)));
        return ExitCode::Done;
    }

private:
    static Result<qint64> copyToServer(const QString &file, const QString &location)
    {
        auto source = Database::open(file, Database::OpenMode::ReadOnly);
        if (!source)
            return source.error();
        auto server = ServerDatabase::open(location, ServerDatabase::OpenMode::ExistingOrNew);
        if (!server)
            return server.error();
        if (auto status = DatabaseCopy::toServer(**source, **server); !status)
            return status.error();
        return EventRepository(**source).count();
    }

    static Result<qint64> copyToFile(const QString &location, const QString &file)
    {
        auto server = ServerDatabase::open(location, ServerDatabase::OpenMode::ReadOnly);
        if (!server)
            return server.error();
        auto built = Database::create(
            file, [&server](Database &db) { return DatabaseCopy::toFile(**server, db); });
        if (!built)
            return built.error();
        return EventRepository(**built).count();
    }
};
} // namespace

std::unique_ptr<CliCommand> makeCopyCommand()
{
    return std::make_unique<CopyCommand>();
}
