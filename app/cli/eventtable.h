#pragma once

#include "model/event.h"
#include "texttable.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

// Events as tenure-cli shows them: an aligned table for people, JSON for programs (the
// interchange keys plus each event's id), or CSV for spreadsheets (an id column, then the
// interchange columns, each cell spreadsheet-safe).
class EventTable
{
    Q_DECLARE_TR_FUNCTIONS(EventTable)

public:
    // The table's columns, then a row per event.
    static TextTable header();
    static void addRow(TextTable &table, const Event &event);
    static QByteArray json(const std::vector<Event> &events);
    static QByteArray csv(const std::vector<Event> &events);

    // The role (and whether interim) of a change, or a funding round with its money:
    // "Co-CEO (interim)", "Seed $101M @ $1B", "Attempted raise @ $4B (failed)"; for people, so
    // in their language.
    static QString roleOrRound(const Event &event);
};
