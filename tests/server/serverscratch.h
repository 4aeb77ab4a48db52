#pragma once

#include "server/pgconnection.h"

#include <QString>
#include <QStringList>

#include <memory>

// A new, empty PostgreSQL database on the tests' throwaway cluster (scripts/pg-cluster.sh, started
// by CTest's fixture in the folder TENURE_TEST_SERVER_HOST names), dropped again with the roles
// it made. Without a server the test fails: server tests never skip.
class ServerScratch
{
public:
    ServerScratch();
    ~ServerScratch();
    ServerScratch(const ServerScratch &) = delete;
    ServerScratch &operator=(const ServerScratch &) = delete;

    // postgresql:///NAME?host=…&user=tenure: as the cluster's superuser, or as `role`.
    QString location() const { return locationAs(QStringLiteral("tenure")); }
    QString locationAs(const QString &role) const;
    // A connection to the scratch database as the superuser, for setting up and looking.
    PgConnection &admin() { return *m_admin; }
    // Runs SQL as the superuser; fails the test on an error.
    void run(const char *sql);
    // A login role of this test (dropped at the end), returned under its full name. With
    // `writes`, it may add and change events; without, it may only read.
    QString createRole(const QString &name, bool writes);

private:
    QString m_host;
    QString m_name;
    QStringList m_roles;
    std::unique_ptr<PgConnection> m_admin;
};
