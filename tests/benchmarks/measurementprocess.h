#pragma once

#include "model/result.h"

#include <QStringList>

// Runs tenure-bench itself with internal options, so that a measurement's peak memory is its own:
// neither the generator, an export of the file nor another measurement leaves anything behind
// in its heap. The child's stderr (its breakdown) goes straight through.
class MeasurementProcess
{
public:
    // The child's stdout, trimmed: its one line of figures.
    static Result<QString> run(const QStringList &arguments);
};
