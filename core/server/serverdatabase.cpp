#include "serverdatabase.h"

#include "serverschema.h"

#include <iterator>

namespace {
constexpr int migrationCount = int(std::size(serverschema::migrations));
static_assert(migrationCount == ServerDatabase::currentSchemaVersion);

// Serialises schema changes between programs opening the same database at once: an arbitrary
// key of pg_advisory_xact_lock, held until the transaction ends.
constexpr const char *lockSchema = "SELECT pg_advisory_xact_lock(1415071317)";
} // namespace

bool ServerDatabase::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

ServerDatabase::ServerDatabase(std::unique_ptr<PgConnection> connection, bool readOnly)
    : m_connection(std::move(connection)), m_readOnly(readOnly)
{}

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::open(const QString &location, OpenMode mode)
{
    auto connection = PgConnection::connect(location);
    if (!connection)
        return connection.error();
    const bool readOnly = mode == OpenMode::ReadOnly;
    auto db = std::unique_ptr<ServerDatabase>(new ServerDatabase(std::move(*connection), readOnly));
    PgConnection &pg = db->connection();
    const QString doing = tr("opening the database");
    // Dates and numbers come back in one form whatever the server's settings.
    if (auto status = pg.run("SET search_path = tenure, pg_catalog; SET DateStyle = ISO; "
                             "SET TimeZone = 'UTC'; SET client_min_messages = warning",
                             {}, doing);
        !status)
        return status.error();
    if (readOnly) {
        if (auto status = pg.run("SET default_transaction_read_only = on", {}, doing); !status)
            return status.error();
    }
    const auto opened =
        mode == OpenMode::CreateNew ? db->create() : db->migrate(mode == OpenMode::ExistingOrNew);
    if (!opened)
        return opened.error();
    if (!readOnly) {
        auto rows = pg.query("SELECT has_table_privilege('tenure.events', 'INSERT')", {}, doing);
        if (!rows)
            return rows.error();
        db->m_readOnly = rows->text(0, 0) != QLatin1String("t");
    }
    return db;
}

Result<int> ServerDatabase::storedSchemaVersion()
{
    const QString doing = tr("reading the schema version");
    auto marked =
        m_connection->query("SELECT to_regclass('tenure.schema_version') IS NOT NULL", {}, doing);
    if (!marked)
        return marked.error();
    if (marked->text(0, 0) != QLatin1String("t"))
        return 0;
    auto rows = m_connection->query("SELECT version FROM tenure.schema_version", {}, doing);
    if (!rows)
        return rows.error();
    if (rows->count() != 1)
        return unusable(tr("%1 is damaged: its schema version is missing").arg(displayName()));
    return int(rows->integer(0, 0));
}

Status ServerDatabase::create()
{
    return transaction([&]() -> Status {
        if (auto locked = m_connection->run(lockSchema); !locked)
            return locked;
        auto version = storedSchemaVersion();
        if (!version)
            return version.error();
        if (*version != 0)
            return unusable(tr("%1 already holds a Tenure database").arg(displayName()));
        return runMigrations(0);
    });
}

Status ServerDatabase::migrate(bool createIfMissing)
{
    auto version = storedSchemaVersion();
    if (!version)
        return version.error();
    if (*version == 0 && createIfMissing)
        return create();
    if (*version == 0)
        return unusable(tr("%1 holds no Tenure database; make one with tenure-cli --db %1 init")
                            .arg(displayName()));
    if (*version > currentSchemaVersion)
        return unusable(tr("%1 was made by a newer version of Tenure (schema %2; this version "
                           "reads up to %3): update Tenure to open it")
                            .arg(displayName())
                            .arg(*version)
                            .arg(currentSchemaVersion));
    m_schemaVersion = *version;
    if (*version == currentSchemaVersion)
        return Done{};
    if (m_readOnly)
        return Error{Error::Kind::ReadOnly,
                     tr("%1 needs its schema upgraded (version %2 to %3), which a read-only "
                        "session cannot do")
                         .arg(displayName())
                         .arg(*version)
                         .arg(currentSchemaVersion)};
    return transaction([&]() -> Status {
        if (auto locked = m_connection->run(lockSchema); !locked)
            return locked;
        // Another program may have migrated it while this one waited for the lock.
        auto current = storedSchemaVersion();
        if (!current)
            return current.error();
        return runMigrations(*current);
    });
}

Status ServerDatabase::runMigrations(int from)
{
    for (int step = from; step < migrationCount; ++step) {
        const QString doing = tr("upgrading the schema to version %1").arg(step + 1);
        if (auto status = m_connection->run(serverschema::migrations[step], {}, doing); !status)
            return status;
        if (auto status = m_connection->run("UPDATE tenure.schema_version SET version = $1",
                                            {QByteArray::number(step + 1)}, doing);
            !status)
            return status;
    }
    m_schemaVersion = currentSchemaVersion;
    return Done{};
}

Status ServerDatabase::transaction(const std::function<Status()> &work)
{
    if (m_inTransaction)
        return work();
    const QString doing = tr("starting a transaction");
    if (auto begun = m_connection->run("BEGIN", {}, doing); !begun)
        return begun;
    m_inTransaction = true;
    Status outcome = work();
    m_inTransaction = false;
    if (outcome) {
        outcome = m_connection->run("COMMIT", {}, tr("saving the changes"));
        if (outcome)
            return outcome;
    }
    // The error that stopped the work is what the user needs; a failed rollback adds nothing.
    (void)m_connection->run("ROLLBACK");
    return outcome;
}
