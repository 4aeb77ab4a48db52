#pragma once

#include "exitcode.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <memory>

class CommandContext;
class QCoreApplication;

// One command of tenure-cli (`list`, `import` ...): its name, help, options and arguments, and
// what it does. The dispatcher parses the command line against these, so a command only checks
// what its values mean. A new command is a new <name>command.cpp plus one line in
// commandtable.cpp. Its help and messages are the tr() of its class (Q_DECLARE_TR_FUNCTIONS),
// made when asked for, once the translator is in place; names, option names and values never are.
class CliCommand
{
public:
    struct Argument // a positional argument; required unless `optional` (only the last ones)
    {
        QString name; // as help shows it: "FILE"
        QString description;
        bool optional = false;
    };

    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;                      // one line for `tenure-cli --help`
    virtual QString description() const { return summary(); } // for `tenure-cli NAME --help`
    virtual QList<QCommandLineOption> options() const { return {}; }
    virtual QList<Argument> arguments() const { return {}; }
    // Whether the command, with these positional arguments, writes to the database; the others
    // open it read-only, so they never switch its journal mode, upgrade it or write anything,
    // and work on a read-only file.
    virtual bool changesDatabase(const QStringList &arguments) const
    {
        Q_UNUSED(arguments);
        return false;
    }

    // The application object the command runs in: a QCoreApplication, which needs no display.
    // A command that paints (chart rendering) returns a QGuiApplication instead.
    virtual std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv) const;

    virtual ExitCode run(CommandContext &context) const = 0;
};
