#include "serverscratch.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

namespace {
std::unique_ptr<PgConnection> connectTo(const QString &location)
{
    auto connection = PgConnection::connect(location);
    if (!connection)
        FAIL("no test server: " << connection.error().message.toStdString());
    return std::move(*connection);
}
} // namespace

ServerScratch::ServerScratch()
    : m_host(
          qEnvironmentVariable("TENURE_TEST_SERVER_HOST", QStringLiteral(TENURE_TEST_SERVER_HOST))),
      m_name(QStringLiteral("t_%1_%2")
                 .arg(QCoreApplication::applicationPid())
                 .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')))
{
    if (m_host.isEmpty())
        FAIL("no test server folder: TENURE_TEST_SERVER_HOST is empty");
    auto server =
        connectTo(QStringLiteral("postgresql:///postgres?host=%1&user=tenure").arg(m_host));
    const QByteArray create = "CREATE DATABASE " + m_name.toUtf8();
    if (auto made = server->run(create.constData()); !made)
        FAIL(made.error().message.toStdString());
    m_admin = connectTo(location());
}

ServerScratch::~ServerScratch()
{
    m_admin.reset();
    auto server = PgConnection::connect(
        QStringLiteral("postgresql:///postgres?host=%1&user=tenure").arg(m_host));
    if (!server)
        return;
    const QByteArray drop = "DROP DATABASE IF EXISTS " + m_name.toUtf8() + " WITH (FORCE)";
    (void)(*server)->run(drop.constData());
    for (const QString &role : m_roles) {
        const QByteArray dropRole = "DROP ROLE IF EXISTS " + role.toUtf8();
        (void)(*server)->run(dropRole.constData());
    }
}

QString ServerScratch::locationAs(const QString &role) const
{
    return QStringLiteral("postgresql:///%1?host=%2&user=%3").arg(m_name, m_host, role);
}

void ServerScratch::run(const char *sql)
{
    if (auto status = m_admin->run(sql); !status)
        FAIL(status.error().message.toStdString());
}

QString ServerScratch::createRole(const QString &name, bool writes)
{
    const QString role = m_name + QLatin1Char('_') + name;
    m_roles << role;
    QString sql = QStringLiteral("CREATE ROLE %1 LOGIN; GRANT USAGE ON SCHEMA tenure TO %1; "
                                 "GRANT SELECT ON ALL TABLES IN SCHEMA tenure TO %1;")
                      .arg(role);
    if (writes)
        // As docs/team-server.md grants an editor: the audit log can be added to, never rewritten.
        sql += QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA tenure TO %1; "
                              "REVOKE UPDATE, DELETE ON tenure.audit_log FROM %1; "
                              "GRANT USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA tenure TO %1;")
                   .arg(role);
    run(sql.toUtf8().constData());
    return role;
}
