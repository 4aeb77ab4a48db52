#pragma once

#include "model/event.h"

#include <QByteArray>

#include <vector>

// Writes events as the interchange JSON (docs/data-format.md): an indented array of objects with
// every key, in the order of the CSV header, one object per event in the given order.
class JsonWriter
{
public:
    static QByteArray write(const std::vector<Event> &events);
};
