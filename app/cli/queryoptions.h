#pragma once

#include "store/eventquery.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

class CommandContext;

// The options that choose events, shared by `list` and `render`: --from, --to, --company
// (repeatable) and --type (repeatable), read into an EventQuery.
class QueryOptions
{
    Q_DECLARE_TR_FUNCTIONS(QueryOptions)

public:
    static QCommandLineOption from();
    static QCommandLineOption to();
    static QCommandLineOption company();
    static QCommandLineOption type();

    // --from's first day and --to's last; reports a usage error and returns false on bad dates.
    static bool readDates(CommandContext &context, EventQuery &query);
    // Each --type; reports a usage error and returns false on an unknown one.
    static bool readTypes(CommandContext &context, EventQuery &query);
    static void readCompanies(CommandContext &context, EventQuery &query);
};
