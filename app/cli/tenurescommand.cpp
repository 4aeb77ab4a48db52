#include "clicommand.h"
#include "commandcontext.h"
#include "store/eventstore.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString companyOption = QStringLiteral("company");
const QString formatOption = QStringLiteral("format");

QString endReasonName(Tenure::End reason)
{
    switch (reason) {
    case Tenure::End::Open:
        return QStringLiteral("open");
    case Tenure::End::Departure:
        return QStringLiteral("departure");
    case Tenure::End::Succeeded:
        return QStringLiteral("succeeded");
    case Tenure::End::Confirmed:
        return QStringLiteral("confirmed");
    }
    return {};
}

// Why a tenure ended, for a reader.
QString endedBy(Tenure::End reason)
{
    switch (reason) {
    case Tenure::End::Open:
        return {};
    case Tenure::End::Departure:
        return QCoreApplication::translate("TenuresCommand", "departure", "ended by");
    case Tenure::End::Succeeded:
        return QCoreApplication::translate("TenuresCommand", "successor", "ended by");
    case Tenure::End::Confirmed:
        return QCoreApplication::translate("TenuresCommand", "made permanent", "ended by");
    }
    return {};
}

// `tenures [--company NAME] [--format table|json]`: who held which post when, derived from the
// appointments and departures by the rules of docs/model.md.
class TenuresCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TenuresCommand)

public:
    QString name() const override { return QStringLiteral("tenures"); }
    QString summary() const override
    {
        return tr("show who held which post when, derived from the events");
    }
    QString description() const override
    {
        return tr(
            "Shows the tenures derived from appointments and departures (docs/model.md): each\n"
            "person in each post, from its start to its end, or open if it still runs.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{companyOption, tr("tenures at this company only (any case)"), tr("NAME")},
                {formatOption, tr("table (the default) or json"), tr("FORMAT")}};
    }

    ExitCode run(CommandContext &context) const override
    {
        const auto format =
            context.choice(formatOption, {QStringLiteral("table"), QStringLiteral("json")},
                           QStringLiteral("table"));
        if (!format)
            return ExitCode::Usage;
        auto store = context.openStore();
        if (!store)
            return context.fail(store.error());
        EventStore &repository = store->events();
        const auto tenures = repository.tenures(context.value(companyOption).trimmed());
        if (!tenures)
            return context.fail(tenures.error());

        if (*format == QLatin1String("json")) {
            context.console().write(json(*tenures));
        } else {
            context.console().printTable(table(*tenures));
        }
        return ExitCode::Done;
    }

private:
    static TextTable table(const std::vector<Tenure> &tenures)
    {
        TextTable table;
        table.addColumn(tr("COMPANY", "a column's heading"), 24);
        table.addColumn(tr("PERSON", "a column's heading"), 28);
        table.addColumn(tr("ROLE", "a column's heading"), 32);
        table.addColumn(tr("FROM", "a column's heading: the start of a tenure"));
        table.addColumn(tr("TO", "a column's heading: the end of a tenure"));
        table.addColumn(tr("ENDED BY", "a column's heading"));
        for (const Tenure &tenure : tenures) {
            const QString role = tenure.interim ? tr("%1 (interim)").arg(tenure.role) : tenure.role;
            table.addRow({tenure.company, tenure.person, role, tenure.start.toString(),
                          tenure.end ? tenure.end->toString() : tr("open", "a tenure that runs"),
                          endedBy(tenure.endReason)});
        }
        return table;
    }

    static QByteArray json(const std::vector<Tenure> &tenures)
    {
        const auto optionalId = [](EventId id) { return id ? QJsonValue(id) : QJsonValue(); };
        QJsonArray array;
        for (const Tenure &tenure : tenures) {
            array.append(QJsonObject{
                {QStringLiteral("company"), tenure.company},
                {QStringLiteral("person"), tenure.person},
                {QStringLiteral("role"), tenure.role},
                {QStringLiteral("post"), tenure.canonicalRole
                                             ? QJsonValue(RoleVocabulary::key(
                                                   RoleVocabulary::postOf(*tenure.canonicalRole)))
                                             : QJsonValue()},
                {QStringLiteral("interim"), tenure.interim},
                {QStringLiteral("start"), tenure.start.toString()},
                {QStringLiteral("end"),
                 tenure.end ? QJsonValue(tenure.end->toString()) : QJsonValue()},
                {QStringLiteral("end_reason"), endReasonName(tenure.endReason)},
                {QStringLiteral("start_event_id"), optionalId(tenure.startEventId)},
                {QStringLiteral("end_event_id"), optionalId(tenure.endEventId)},
            });
        }
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
};
} // namespace

std::unique_ptr<CliCommand> makeTenuresCommand()
{
    return std::make_unique<TenuresCommand>();
}
