#include "clicommand.h"

#include <QCoreApplication>

std::unique_ptr<QCoreApplication> CliCommand::createApplication(int &argc, char **argv) const
{
    return std::make_unique<QCoreApplication>(argc, argv);
}
