#pragma once

#include "importbatch.h"

#include <QByteArray>

// Reads the interchange CSV (docs/data-format.md) into events, or into an issue for every bad
// row, each with its line and column.
class CsvReader
{
public:
    static ImportBatch read(const QByteArray &bytes, const QString &fileName);
};
