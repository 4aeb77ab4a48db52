#pragma once

#include "console.h"
#include "exitcode.h"
#include "model/result.h"
#include "server/serverdatabase.h"
#include "store/database.h"
#include "store/eventstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class CliCommand;

// What a running command is given: its parsed command line, the database named with --db (or
// none, for the default one) and the console; with the ways of failing every command shares.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(CommandContext)

public:
    CommandContext(const CliCommand &command, const QCommandLineParser &parser,
                   QString databasePath, Console &console);

    const QCommandLineParser &parser() const { return m_parser; }
    QStringList arguments() const { return m_parser.positionalArguments(); }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    QStringList values(const QString &option) const { return m_parser.values(option); }
    Console &console() { return m_console; }

    // The --db path as given; empty when the default database is meant.
    QString databasePath() const { return m_databasePath; }
    // The --db database, which must exist, or the default one (created with the sample); read-only
    // unless the command changes the database.
    Result<std::unique_ptr<Database>> openDatabase() const;
    // The same, read-only or not as the command's options decide (Existing or ReadOnly).
    // A PostgreSQL --db is refused with a message: only some commands work on a server yet.
    Result<std::unique_ptr<Database>> openDatabase(Database::OpenMode mode) const;

    // The --db database as a file or a PostgreSQL server (postgresql://…), whichever it names.
    class Store
    {
    public:
        EventStore &events() { return *m_events; }

    private:
        friend class CommandContext;
        std::unique_ptr<Database> m_file;
        std::unique_ptr<ServerDatabase> m_server;
        std::unique_ptr<EventStore> m_events;
    };
    // Read-only unless the command changes the database (or `writes`, for a command whose
    // options decide).
    Result<Store> openStore() const;
    Result<Store> openStore(bool writes) const;

    // Reports `error` and returns the exit code for its kind.
    ExitCode fail(const Error &error);
    // Reports wrong usage of this command, pointing at its help, and returns ExitCode::Usage.
    ExitCode usageError(const QString &message);

    // The value of `option`, which must be one of `allowed` (any case); `fallback` when the
    // option is not given. On a value not allowed, reports the usage error and returns nullopt.
    std::optional<QString> choice(const QString &option, const QStringList &allowed,
                                  const QString &fallback);
    // The value of `option`, a whole number from `least` to `most`; `fallback` when the option
    // is not given. On any other value, reports the usage error and returns nullopt.
    std::optional<int> number(const QString &option, int fallback, int least, int most);

private:
    const CliCommand &m_command;
    const QCommandLineParser &m_parser;
    QString m_databasePath;
    Console &m_console;
};
