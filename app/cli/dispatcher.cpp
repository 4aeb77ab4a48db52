#include "dispatcher.h"

#include "applanguage.h"
#include "commandcontext.h"
#include "helptext.h"
#include "model/safetext.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
// Qt's parser errors read "Unknown option 'x'."; ours are lower case without a full stop.
QString asClause(QString message)
{
    if (message.endsWith(QLatin1Char('.')))
        message.chop(1);
    if (!message.isEmpty())
        message[0] = message[0].toLower();
    return message;
}
} // namespace

Dispatcher::Dispatcher(std::vector<std::unique_ptr<CliCommand>> commands)
    : m_commands(std::move(commands)), m_databaseOption(QStringLiteral("db")),
      m_helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}),
      m_versionOption(QStringLiteral("version"))
{
    m_databaseOption.setValueName(QStringLiteral("PATH")); // --db takes a value
}

int Dispatcher::run(int &argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // The application object must exist before the command runs, and its kind is the command's
    // choice (a command that paints needs a QGuiApplication), so find the command first.
    const CliCommand *command = commandToRun(arguments);
    const auto app = command ? command->createApplication(argc, argv)
                             : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tenure-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TENURE_VERSION));
    // Messages and help in the system's language (LANGUAGE, LC_ALL, LANG); machine output
    // (CSV, JSON, ISO dates) is written without the locale and stays the same.
    const AppLanguage language(AppLanguage::resolve({}));
    describeGlobalOptions();
    return int(dispatch(QCoreApplication::arguments()));
}

void Dispatcher::describeGlobalOptions()
{
    m_databaseOption.setValueName(tr("PATH", "value of --db"));
    m_databaseOption.setDescription(tr("the database file; without it, the per-user database "
                                       "(made with the Stability AI sample on first use)"));
    m_helpOption.setDescription(tr("show this help"));
    m_versionOption.setDescription(tr("show the version"));
}

const CliCommand *Dispatcher::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

void Dispatcher::setUpGlobalParser(QCommandLineParser &parser) const
{
    // Everything from the command name on belongs to the command and its own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOption(m_databaseOption);
    parser.addOption(m_helpOption);
    parser.addOption(m_versionOption);
}

const CliCommand *Dispatcher::commandToRun(const QStringList &arguments) const
{
    QCommandLineParser parser;
    setUpGlobalParser(parser);
    if (!parser.parse(arguments) || parser.isSet(m_helpOption) || parser.isSet(m_versionOption))
        return nullptr;
    return find(parser.positionalArguments().value(0));
}

ExitCode Dispatcher::dispatch(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpGlobalParser(parser);
    if (!parser.parse(arguments))
        return usageError(asClause(parser.errorText()));
    const QStringList rest = parser.positionalArguments();

    if (parser.isSet(m_versionOption)) {
        m_console.print(
            QStringLiteral("tenure-cli %1").arg(QCoreApplication::applicationVersion()));
        return ExitCode::Done;
    }
    // `tenure-cli --help`, `tenure-cli help` and `tenure-cli help COMMAND`
    const bool helpCommand = rest.value(0) == QLatin1String("help");
    if (parser.isSet(m_helpOption) || helpCommand) {
        const QString topic = rest.value(helpCommand ? 1 : 0);
        if (topic.isEmpty()) {
            m_console.write(
                HelpText::general(m_commands, {m_databaseOption, m_helpOption, m_versionOption})
                    .toUtf8());
            return ExitCode::Done;
        }
        if (const CliCommand *command = find(topic)) {
            m_console.write(
                HelpText::forCommand(*command, {m_databaseOption, m_helpOption}).toUtf8());
            return ExitCode::Done;
        }
        return usageError(tr("%1 is not a tenure-cli command").arg(SafeText::quoted(topic)));
    }

    if (parser.isSet(m_databaseOption) && parser.value(m_databaseOption).isEmpty())
        return usageError(tr("--db needs a file path"));
    if (rest.isEmpty())
        return usageError(tr("no command given"));
    const CliCommand *command = find(rest.first());
    if (!command)
        return usageError(tr("%1 is not a tenure-cli command").arg(SafeText::quoted(rest.first())));
    return runCommand(*command, rest, parser.value(m_databaseOption));
}

ExitCode Dispatcher::runCommand(const CliCommand &command, const QStringList &arguments,
                                const QString &globalDatabase)
{
    QCommandLineParser parser;
    parser.addOptions(command.options());
    // --db may also follow the command: `tenure-cli list --db x.sqlite` reads as meant.
    parser.addOption(m_databaseOption);
    parser.addOption(m_helpOption);
    // The parser skips its first argument, the program name, so hand it the command name there.
    if (!parser.parse(arguments))
        return usageError(asClause(parser.errorText()), command.name());
    if (parser.isSet(m_helpOption)) {
        m_console.write(HelpText::forCommand(command, {m_databaseOption, m_helpOption}).toUtf8());
        return ExitCode::Done;
    }

    const QStringList positional = parser.positionalArguments();
    const QList<CliCommand::Argument> expected = command.arguments();
    const qsizetype required =
        std::count_if(expected.cbegin(), expected.cend(),
                      [](const CliCommand::Argument &argument) { return !argument.optional; });
    if (positional.size() < required)
        return usageError(tr("%1 needs %2", "a command needs an argument: remove needs ID")
                              .arg(command.name(), expected[positional.size()].name),
                          command.name());
    if (positional.size() > expected.size())
        return usageError(
            tr("unexpected argument %1").arg(SafeText::quoted(positional[expected.size()])),
            command.name());

    if (parser.isSet(m_databaseOption) && parser.value(m_databaseOption).isEmpty())
        return usageError(tr("--db needs a file path"), command.name());
    const QString database =
        parser.isSet(m_databaseOption) ? parser.value(m_databaseOption) : globalDatabase;

    CommandContext context(command, parser, database, m_console);
    return command.run(context);
}

ExitCode Dispatcher::usageError(const QString &message, const QString &helpCommand)
{
    const QString help = helpCommand.isEmpty()
                             ? QStringLiteral("tenure-cli --help")
                             : QStringLiteral("tenure-cli %1 --help").arg(helpCommand);
    m_console.error(tr("%1 (see %2)", "a usage error, then where help is").arg(message, help));
    return ExitCode::Usage;
}
