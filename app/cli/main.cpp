#include "commandtable.h"
#include "dispatcher.h"

// tenure-cli: reads and changes a Tenure database from the shell. Each command lives in its own
// file; see commandtable.cpp.
int main(int argc, char **argv)
{
    Dispatcher dispatcher(CommandTable::create());
    return dispatcher.run(argc, argv);
}
