#pragma once

#include "model/event.h"

#include <QByteArray>

#include <vector>

// Writes events as the interchange CSV (docs/data-format.md): UTF-8, the header, one line per
// event in the given order, "\n" line ends, fields quoted only when they need it.
class CsvWriter
{
public:
    static QByteArray write(const std::vector<Event> &events);
};
