#pragma once

#include "clicommand.h"

#include <memory>
#include <vector>

// Every command tenure-cli knows, in the order `tenure-cli --help` lists them.
class CommandTable
{
public:
    static std::vector<std::unique_ptr<CliCommand>> create();
};
