#pragma once

#include "importbatch.h"

#include <QByteArray>

// Reads the interchange JSON (docs/data-format.md), an array of event objects, into events, or
// into an issue for every bad object, located by its index in the array.
class JsonReader
{
public:
    static ImportBatch read(const QByteArray &bytes, const QString &fileName);
};
