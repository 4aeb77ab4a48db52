#pragma once

#include "clicommand.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

// The text `tenure-cli --help` and `tenure-cli COMMAND --help` print. QCommandLineParser's own
// help knows nothing of commands, so tenure-cli lays out its help here.
class HelpText
{
    Q_DECLARE_TR_FUNCTIONS(HelpText)

public:
    static QString general(const std::vector<std::unique_ptr<CliCommand>> &commands,
                           const QList<QCommandLineOption> &globalOptions);
    static QString forCommand(const CliCommand &command,
                              const QList<QCommandLineOption> &sharedOptions);

private:
    static QString exitStatus();
};
