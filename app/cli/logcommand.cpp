#include "clicommand.h"
#include "commandcontext.h"
#include "model/partialdate.h"
#include "server/auditlog.h"
#include "server/serverdatabase.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString companyOption = QStringLiteral("company");
const QString sinceOption = QStringLiteral("since");
const QString limitOption = QStringLiteral("limit");
const QString formatOption = QStringLiteral("format");

// `log [--company NAME] [--since DATE] [--limit N] [--format table|json]`: who changed what on a
// team server, newest first.
class LogCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LogCommand)

public:
    QString name() const override { return QStringLiteral("log"); }
    QString summary() const override
    {
        return tr("show who added, changed and removed events on a team server");
    }
    QString description() const override
    {
        return tr(
            "Shows the server's log of changes to events, newest first: when (your time\n"
            "zone), who (the database user), what they did, to which event of which company.\n"
            "Only a PostgreSQL database (--db postgresql://...) keeps one; a file does not.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{companyOption, tr("changes to this company's events only (any case)"), tr("NAME")},
                {sinceOption, tr("changes on or after this date"), tr("DATE")},
                {limitOption, tr("at most this many changes (default 100)"), tr("N")},
                {formatOption, tr("table (the default) or json"), tr("FORMAT")}};
    }

    ExitCode run(CommandContext &context) const override
    {
        const auto format =
            context.choice(formatOption, {QStringLiteral("table"), QStringLiteral("json")},
                           QStringLiteral("table"));
        if (!format)
            return ExitCode::Usage;
        const auto limit = context.number(limitOption, 100, 1, 1'000'000);
        if (!limit)
            return ExitCode::Usage;
        AuditLog::Filter filter;
        filter.company = context.value(companyOption);
        filter.limit = *limit;
        if (context.isSet(sinceOption)) {
            QString error;
            const auto since = PartialDate::parse(context.value(sinceOption).trimmed(), &error);
            if (!since)
                return context.usageError(tr("--since: %1").arg(error));
            filter.since = since->firstDay();
        }
        if (!ServerDatabase::isServerLocation(context.databasePath()))
            return context.fail(
                unusable(tr("a database file keeps no log of changes; a team server does (--db "
                            "postgresql://..., see docs/team-server.md)")));
        auto db = ServerDatabase::open(context.databasePath(), ServerDatabase::OpenMode::ReadOnly);
        if (!db)
            return context.fail(db.error());
        const auto entries = AuditLog::read(**db, filter);
        if (!entries)
            return context.fail(entries.error());
        if (*format == QLatin1String("json")) {
            context.console().write(json(*entries));
            return ExitCode::Done;
        }
        TextTable table;
        table.addColumn(tr("WHEN", "a column's heading"));
        table.addColumn(tr("WHO", "a column's heading"));
        table.addColumn(tr("DID", "a column's heading"));
        table.addColumn(tr("ID", "a column's heading"));
        table.addColumn(tr("COMPANY", "a column's heading"), 24);
        table.addColumn(tr("EVENT", "a column's heading"), 50);
        for (const AuditLog::Entry &entry : *entries)
            table.addRow({entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          entry.user, AuditLog::actionName(entry.action),
                          QString::number(entry.event), entry.company, entry.summary});
        if (!entries->empty())
            context.console().printTable(table);
        context.console().print(tr("%n changes.", nullptr, int(entries->size())));
        return ExitCode::Done;
    }

private:
    // Machine output: times in UTC, ISO 8601.
    static QByteArray json(const std::vector<AuditLog::Entry> &entries)
    {
        QJsonArray array;
        for (const AuditLog::Entry &entry : entries)
            array.append(QJsonObject{{QStringLiteral("at"), entry.at.toString(Qt::ISODate)},
                                     {QStringLiteral("user"), entry.user},
                                     {QStringLiteral("action"), AuditLog::actionName(entry.action)},
                                     {QStringLiteral("event"), entry.event},
                                     {QStringLiteral("company"), entry.company},
                                     {QStringLiteral("summary"), entry.summary}});
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
};
} // namespace

std::unique_ptr<CliCommand> makeLogCommand()
{
    return std::make_unique<LogCommand>();
}
