#include "commandtable.h"
#include "dispatcher.h"
#include "store/database.h"

#include <QByteArray>

// tenure-cli: reads and changes a Tenure database from the shell. Each command lives in its own
// file; see commandtable.cpp.
int main(int argc, char **argv)
{
    // Scripts that would rather fail fast than wait for a busy database say how long to wait.
    bool valid = false;
    const int busyTimeoutMs = qEnvironmentVariableIntValue("TENURE_BUSY_TIMEOUT_MS", &valid);
    if (valid)
        Database::setBusyTimeout(busyTimeoutMs);
    Dispatcher dispatcher(CommandTable::create());
    return dispatcher.run(argc, argv);
}
