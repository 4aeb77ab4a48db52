#pragma once

#include "clicommand.h"
#include "console.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>
#include <vector>

// Reads tenure-cli's command line — the global options, the command, the command's options —
// makes the application object the command asks for and runs the command.
class Dispatcher
{
public:
    explicit Dispatcher(std::vector<std::unique_ptr<CliCommand>> commands);

    int run(int &argc, char **argv);

private:
    const CliCommand *find(const QString &name) const;
    const CliCommand *commandToRun(const QStringList &arguments) const;
    ExitCode dispatch(const QStringList &arguments);
    ExitCode runCommand(const CliCommand &command, const QStringList &arguments,
                        const QString &globalDatabase);
    ExitCode usageError(const QString &message, const QString &helpCommand = {});
    void setUpGlobalParser(QCommandLineParser &parser) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
    Console m_console;
    const QCommandLineOption m_databaseOption;
    const QCommandLineOption m_helpOption;
    const QCommandLineOption m_versionOption;
};
