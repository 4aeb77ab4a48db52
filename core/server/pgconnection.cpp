#include "pgconnection.h"

#include <QRegularExpression>

#include <cstring>
#include <libpq-fe.h>

namespace {
// Rows a COPY sends at once: large enough to amortise the calls, small enough to stay in cache.
constexpr qsizetype copyBatchBytes = 1 << 20;

// The SQLSTATE classes that mean the user may read but not write.
bool isPermissionDenied(const char *state)
{
    return state && (std::strcmp(state, "42501") == 0 || std::strcmp(state, "25006") == 0);
}
struct ParameterArrays
{
    std::vector<const char *> values;
    std::vector<int> lengths;
    explicit ParameterArrays(const PgConnection::Parameters &parameters)
    {
        values.reserve(parameters.size());
        lengths.reserve(parameters.size());
        for (const auto &parameter : parameters) {
            values.push_back(parameter ? parameter->constData() : nullptr);
            lengths.push_back(parameter ? int(parameter->size()) : 0);
        }
    }
};
} // namespace

PgRows::PgRows(pg_result *result) : m_result(result) {}

PgRows::~PgRows()
{
    PQclear(m_result);
}

PgRows::PgRows(PgRows &&other) noexcept : m_result(std::exchange(other.m_result, nullptr)) {}

PgRows &PgRows::operator=(PgRows &&other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int PgRows::count() const
{
    return PQntuples(m_result);
}

bool PgRows::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QString PgRows::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgRows::integer(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column)).toLongLong();
}

std::optional<qint64> PgRows::optionalInteger(int row, int column) const
{
    if (isNull(row, column))
        return std::nullopt;
    return integer(row, column);
}

PgConnection::PgConnection(pg_conn *connection, QString displayName)
    : m_connection(connection), m_displayName(std::move(displayName))
{}

PgConnection::~PgConnection()
{
    PQfinish(m_connection);
}

QString PgConnection::withoutPassword(const QString &location)
{
    QString shown = location;
    // postgresql://user:secret@host → postgresql://user@host
    static const QRegularExpression inUserInfo(
        QStringLiteral("^(postgres(?:ql)?://[^:/@]*):[^@/]*@"));
    shown.replace(inUserInfo, QStringLiteral("\\1@"));
    // ?password=secret or password=secret in a key=value string
    static const QRegularExpression asParameter(
        QStringLiteral("(^|[?&\\s])password=[^&\\s]*(&|\\s+)?"));
    shown.replace(asParameter, QStringLiteral("\\1"));
    return shown.trimmed();
}

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const QString &location)
{
    const QString shown = withoutPassword(location);
    const QByteArray conninfo = location.toUtf8();
    // Fails at once on a malformed location rather than trying the default server.
    char *parseError = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.constData(), &parseError);
    if (!options) {
        const QString why = parseError ? QString::fromUtf8(parseError).trimmed() : QString();
        PQfreemem(parseError);
        return unusable(tr("%1 is not a PostgreSQL address: %2").arg(shown, why));
    }
    PQconninfoFree(options);

    pg_conn *connection = PQconnectdb(conninfo.constData());
    if (PQstatus(connection) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
        PQfinish(connection);
        return unusable(tr("cannot connect to %1: %2").arg(shown, why));
    }
    // Text comes and goes as UTF-8 whatever the server's or the user's settings.
    if (PQsetClientEncoding(connection, "UTF8") != 0) {
        PQfinish(connection);
        return unusable(tr("cannot use %1: the server does not speak UTF-8").arg(shown));
    }
    auto opened = std::unique_ptr<PgConnection>(new PgConnection(connection, shown));
    // Messages from the server stay out of the terminal; errors come back as results.
    PQsetNoticeProcessor(
        connection, [](void *, const char *) {}, nullptr);
    return opened;
}

QString PgConnection::user() const
{
    return QString::fromUtf8(PQuser(m_connection));
}

Error PgConnection::errorOf(pg_result *result, const QString &doing) const
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    QString why =
        QString::fromUtf8(result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr);
    if (why.isEmpty())
        why = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
    const QString message = doing.isEmpty() ? tr("%1: %2").arg(m_displayName, why)
                                            : tr("%1: %2: %3").arg(m_displayName, doing, why);
    if (isPermissionDenied(state))
        return {Error::Kind::ReadOnly, message};
    // Class 23: a constraint refused the values.
    if (state && std::strncmp(state, "23", 2) == 0)
        return invalidData(message);
    return unusable(message);
}

Error PgConnection::lastError(const QString &doing) const
{
    return errorOf(nullptr, doing);
}

Result<PgRows> PgConnection::query(const char *sql, const Parameters &parameters,
                                   const QString &doing)
{
    const ParameterArrays arrays(parameters);
    // Without parameters, SQL may hold several statements (a schema step); with them, one.
    pg_result *result = parameters.empty()
                            ? PQexec(m_connection, sql)
                            : PQexecParams(m_connection, sql, int(parameters.size()), nullptr,
                                           arrays.values.data(), arrays.lengths.data(), nullptr, 0);
    PgRows rows(result); // owns the result whatever happens next
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        return errorOf(result, doing);
    return rows;
}

Status PgConnection::forEachRow(const char *sql, const Parameters &parameters,
                                const std::function<bool(const PgRow &)> &visit,
                                const QString &doing)
{
    const ParameterArrays arrays(parameters);
    if (PQsendQueryParams(m_connection, sql, int(parameters.size()), nullptr, arrays.values.data(),
                          arrays.lengths.data(), nullptr, 0) != 1)
        return lastError(doing);
    PQsetSingleRowMode(m_connection);
    Status outcome = Done{};
    bool wanted = true;
    // Every result is read, even after a stop or a failure: the connection is usable only then.
    while (pg_result *result = PQgetResult(m_connection)) {
        PgRows rows(result);
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_SINGLE_TUPLE) {
            if (wanted && outcome)
                wanted = visit(PgRow(rows, 0));
        } else if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK && outcome) {
            outcome = errorOf(result, doing);
        }
    }
    return outcome;
}

qint64 PgConnection::changedRows(const PgRows &rows)
{
    return QByteArray(PQcmdTuples(rows.m_result)).toLongLong();
}

QByteArray PgConnection::textArray(const QStringList &values)
{
    QByteArray array = "{";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            array += ',';
        array += '"';
        for (const char c : values.at(i).toUtf8()) {
            if (c == '"' || c == '\\')
                array += '\\';
            array += c;
        }
        array += '"';
    }
    return array + '}';
}

Status PgConnection::run(const char *sql, const Parameters &parameters, const QString &doing)
{
    auto rows = query(sql, parameters, doing);
    if (!rows)
        return rows.error();
    return Done{};
}

void PgConnection::appendCopyField(QByteArray &line, const std::optional<QByteArray> &field)
{
    if (!field) {
        line += "\\N";
        return;
    }
    for (const char c : *field) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        default:
            line += c;
        }
    }
}

Result<PgConnection::Fields> PgConnection::parseCopyLine(const QByteArray &line)
{
    Fields fields;
    QByteArray field;
    bool isNull = false;
    const auto finish = [&] {
        fields.push_back(isNull ? std::nullopt : std::optional<QByteArray>(field));
        field.clear();
        isNull = false;
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '\t') {
            finish();
            continue;
        }
        if (c != '\\') {
            field += c;
            continue;
        }
        if (++i == line.size())
            return unusable(tr("a row from the server ends in the middle of an escape"));
        switch (line[i]) {
        case 'N':
            isNull = true;
            break;
        case 'b':
            field += '\b';
            break;
        case 'f':
            field += '\f';
            break;
        case 'n':
            field += '\n';
            break;
        case 'r':
            field += '\r';
            break;
        case 't':
            field += '\t';
            break;
        case 'v':
            field += '\v';
            break;
        default:
            field += line[i]; // \\ and any other character stand for themselves
        }
    }
    finish();
    return fields;
}

Status PgConnection::copyIn(const char *copySql, const std::function<bool(Fields &)> &next,
                            const QString &doing)
{
    pg_result *started = PQexec(m_connection, copySql);
    if (PQresultStatus(started) != PGRES_COPY_IN) {
        Error error = errorOf(started, doing);
        PQclear(started);
        return error;
    }
    PQclear(started);

    QByteArray batch;
    Fields fields;
    const auto send = [&] {
        const bool sent = PQputCopyData(m_connection, batch.constData(), int(batch.size())) == 1;
        batch.clear();
        return sent;
    };
    bool sent = true;
    while (sent && next(fields)) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i > 0)
                batch += '\t';
            appendCopyField(batch, fields[i]);
        }
        batch += '\n';
        fields.clear();
        if (batch.size() >= copyBatchBytes)
            sent = send();
    }
    if (sent && !batch.isEmpty())
        sent = send();
    if (PQputCopyEnd(m_connection, sent ? nullptr : "the client stopped") != 1)
        return lastError(doing);
    Status outcome = Done{};
    while (pg_result *result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && outcome)
            outcome = errorOf(result, doing);
        PQclear(result);
    }
    return outcome;
}

Status PgConnection::copyOut(const char *copySql,
                             const std::function<Status(const Fields &)> &visit,
                             const QString &doing)
{
    pg_result *started = PQexec(m_connection, copySql);
    if (PQresultStatus(started) != PGRES_COPY_OUT) {
        Error error = errorOf(started, doing);
        PQclear(started);
        return error;
    }
    PQclear(started);

    Status outcome = Done{};
    char *buffer = nullptr;
    int length = 0;
    // Every row is read even after a failure: the connection is usable again only then.
    while ((length = PQgetCopyData(m_connection, &buffer, 0)) > 0) {
        if (outcome) {
            QByteArray line = QByteArray::fromRawData(buffer, length);
            if (line.endsWith('\n'))
                line.chop(1);
            auto fields = parseCopyLine(line);
            outcome = fields ? visit(*fields) : Status(fields.error());
        }
        PQfreemem(buffer);
    }
    if (length == -2 && outcome)
        outcome = lastError(doing);
    while (pg_result *result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && outcome)
            outcome = errorOf(result, doing);
        PQclear(result);
    }
    return outcome;
}

Result<std::vector<PgConnection::Notification>> PgConnection::takeNotifications()
{
    if (PQconsumeInput(m_connection) != 1)
        return lastError(tr("waiting for changes"));
    std::vector<Notification> notifications;
    while (PGnotify *notify = PQnotifies(m_connection)) {
        notifications.push_back(
            {QString::fromUtf8(notify->relname), QString::fromUtf8(notify->extra), notify->be_pid});
        PQfreemem(notify);
    }
    return notifications;
}

int PgConnection::socket() const
{
    return PQsocket(m_connection);
}

int PgConnection::backendPid() const
{
    return PQbackendPID(m_connection);
}
