#include "commandtable.h"

// Each command lives in its own <name>command.cpp, which defines its factory. To add one, write
// that file, name it in CMakeLists.txt and add its factory to this list.
std::unique_ptr<CliCommand> makeInitCommand();
std::unique_ptr<CliCommand> makeImportCommand();
std::unique_ptr<CliCommand> makeExportCommand();
std::unique_ptr<CliCommand> makeListCommand();
std::unique_ptr<CliCommand> makeAddCommand();
std::unique_ptr<CliCommand> makeRemoveCommand();
std::unique_ptr<CliCommand> makeTenuresCommand();
std::unique_ptr<CliCommand> makeRenderCommand();
std::unique_ptr<CliCommand> makeCheckCommand();
std::unique_ptr<CliCommand> makeRolesCommand();
std::unique_ptr<CliCommand> makePeopleCommand();
std::unique_ptr<CliCommand> makeCompaniesCommand();
std::unique_ptr<CliCommand> makeMergeCommand();
std::unique_ptr<CliCommand> makeNoteCommand();
std::unique_ptr<CliCommand> makeCopyCommand();
std::unique_ptr<CliCommand> makeLogCommand();

std::vector<std::unique_ptr<CliCommand>> CommandTable::create()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    for (const auto make :
         {makeInitCommand, makeImportCommand, makeExportCommand, makeListCommand, makeAddCommand,
          makeRemoveCommand, makeTenuresCommand, makeCheckCommand, makeRolesCommand,
          makePeopleCommand, makeCompaniesCommand, makeMergeCommand, makeNoteCommand,
          makeRenderCommand, makeCopyCommand, makeLogCommand})
        commands.push_back(make());
    return commands;
}
