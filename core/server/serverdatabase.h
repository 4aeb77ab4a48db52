#pragma once

#include "model/result.h"
#include "pgconnection.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

// A Tenure database on a PostgreSQL server: opens it (refusing a database that is not Tenure's or
// was made by a newer version, without changing it), creates or migrates its schema in one
// transaction, and runs writes as single transactions. Many users and programs share it; the
// server keeps who changed what (serverschema.h).
class ServerDatabase
{
    Q_DECLARE_TR_FUNCTIONS(ServerDatabase)

public:
    enum class OpenMode {
        Existing,      // the database must hold a Tenure schema; an older one is migrated
        ReadOnly,      // the same, and nothing is ever written (the session is read-only)
        CreateNew,     // the database must hold no Tenure schema yet; one is made
        ExistingOrNew, // as Existing, but a database without a Tenure schema gets one
    };

    static constexpr int currentSchemaVersion = 1;

    // Whether `location` names a server (postgresql:// or postgres://) rather than a file.
    static bool isServerLocation(const QString &location);

    static Result<std::unique_ptr<ServerDatabase>> open(const QString &location,
                                                        OpenMode mode = OpenMode::Existing);

    PgConnection &connection() { return *m_connection; }
    QString displayName() const { return m_connection->displayName(); }
    // Opened read-only, or the user's role may not add events (a role with SELECT only).
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    // The location it was opened with, password and all, for another connection to the same
    // database (a watcher, a worker); never shown.
    QString location() const { return m_location; }

    // Runs `work` in one transaction; any error rolls all of it back. Nested calls join the
    // outermost one.
    Status transaction(const std::function<Status()> &work);

private:
    ServerDatabase(std::unique_ptr<PgConnection> connection, bool readOnly);
    Result<int> storedSchemaVersion();
    Status create();
    Status migrate(bool createIfMissing);
    Status runMigrations(int from);

    std::unique_ptr<PgConnection> m_connection;
    QString m_location;
    bool m_readOnly = false;
    bool m_inTransaction = false;
    int m_schemaVersion = 0;
};
