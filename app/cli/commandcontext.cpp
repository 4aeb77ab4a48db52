#include "commandcontext.h"

#include "clicommand.h"
#include "defaultdatabase.h"
#include "server/servereventstore.h"
#include "store/database.h"
#include "store/eventrepository.h"

CommandContext::CommandContext(const CliCommand &command, const QCommandLineParser &parser,
                               QString databasePath, Console &console)
    : m_command(command), m_parser(parser), m_databasePath(std::move(databasePath)),
      m_console(console)
{}

Result<std::unique_ptr<Database>> CommandContext::openDatabase(Database::OpenMode mode) const
{
    if (ServerDatabase::isServerLocation(m_databasePath))
        return unusable(tr("tenure-cli %1 does not work on a PostgreSQL database yet (see "
                           "docs/team-server.md for those that do)")
                            .arg(m_command.name()));
    return DefaultDatabase::openPathOrDefault(m_databasePath, mode);
}

Result<std::unique_ptr<Database>> CommandContext::openDatabase() const
{
    return openDatabase(m_command.changesDatabase(arguments()) ? Database::OpenMode::Existing
                                                               : Database::OpenMode::ReadOnly);
}

Result<CommandContext::Store> CommandContext::openStore() const
{
    return openStore(m_command.changesDatabase(arguments()));
}

Result<CommandContext::Store> CommandContext::openStore(bool writes) const
{
    Store opened;
    if (ServerDatabase::isServerLocation(m_databasePath)) {
        auto server =
            ServerDatabase::open(m_databasePath, writes ? ServerDatabase::OpenMode::Existing
                                                        : ServerDatabase::OpenMode::ReadOnly);
        if (!server)
            return server.error();
        opened.m_server = std::move(*server);
        opened.m_events = std::make_unique<ServerEventStore>(*opened.m_server);
        return opened;
    }
    auto file = openDatabase(writes ? Database::OpenMode::Existing : Database::OpenMode::ReadOnly);
    if (!file)
        return file.error();
    opened.m_file = std::move(*file);
    opened.m_events = std::make_unique<EventRepository>(*opened.m_file);
    return opened;
}

ExitCode CommandContext::fail(const Error &error)
{
    m_console.error(error.message);
    return exitCodeFor(error);
}

ExitCode CommandContext::usageError(const QString &message)
{
    m_console.error(tr("%1 (see tenure-cli %2 --help)", "a usage error, then the command's help")
                        .arg(message, m_command.name()));
    return ExitCode::Usage;
}

std::optional<QString> CommandContext::choice(const QString &option, const QStringList &allowed,
                                              const QString &fallback)
{
    if (!m_parser.isSet(option))
        return fallback;
    const QString value = m_parser.value(option).trimmed().toLower();
    if (allowed.contains(value))
        return value;
    // The values stay as typed on the command line ("table or json"), whatever the language.
    usageError(tr("--%1 must be %2, not '%3'")
                   .arg(option, allowed.join(tr(" or ", "between the values an option allows")),
                        m_parser.value(option)));
    return std::nullopt;
}

std::optional<int> CommandContext::number(const QString &option, int fallback, int least, int most)
{
    if (!m_parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = m_parser.value(option).trimmed().toInt(&ok);
    if (ok && value >= least && value <= most)
        return value;
    usageError(tr("--%1 must be a whole number from %2 to %3, not '%4'")
                   .arg(option)
                   .arg(least)
                   .arg(most)
                   .arg(m_parser.value(option)));
    return std::nullopt;
}
