#pragma once

#include "clicommand.h"
#include "console.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

// Reads tenure-cli's command line — the global options, the command, the command's options —
// makes the application object the command asks for, puts the user's language in place and runs
// the command. Every help text and message is translated only after that, so none is English
// for having been made too early.
class Dispatcher
{
    Q_DECLARE_TR_FUNCTIONS(Dispatcher)

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
    void describeGlobalOptions();

    std::vector<std::unique_ptr<CliCommand>> m_commands;
    Console m_console;
    // Made before the application object, to find the command, and described once the
    // translator is in place.
    QCommandLineOption m_databaseOption;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
};
