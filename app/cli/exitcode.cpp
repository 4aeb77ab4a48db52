#include "exitcode.h"

ExitCode exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::InvalidData:
    case Error::Kind::NotFound:
    case Error::Kind::Conflict:
        return ExitCode::InvalidData;
    case Error::Kind::Unusable:
    case Error::Kind::ReadOnly:
    case Error::Kind::Io:
        return ExitCode::Unusable;
    }
    return ExitCode::Unusable;
}
