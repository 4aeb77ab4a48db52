#pragma once

#include "model/result.h"

#include <QCoreApplication>

class Database;
class ServerDatabase;

// Copies a whole Tenure database between an SQLite file and a PostgreSQL server, table by table
// and row by row (memory stays bounded), keeping every id, so notes stay pinned to their events
// and no id deleted on one side is handed out again on the other. The destination must be new
// and empty; the copy is one transaction there: all of it or nothing. What only the server keeps
// (who changed what, the audit log) has no place in a file and stays behind.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    static Status toServer(Database &from, ServerDatabase &to);
    static Status toFile(ServerDatabase &from, Database &to);
};
