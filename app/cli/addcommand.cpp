#include "clicommand.h"
#include "commandcontext.h"
#include "io/sourcelisttext.h"
#include "model/companyidentifier.h"
#include "model/currency.h"
#include "model/eventvalidator.h"
#include "model/money.h"
#include "model/safetext.h"
#include "store/eventstore.h"

#include <QCoreApplication>

namespace {
const QString dateOption = QStringLiteral("date");
const QString typeOption = QStringLiteral("type");
const QString companyOption = QStringLiteral("company");
const QString peopleOption = QStringLiteral("people");
const QString roleOption = QStringLiteral("role");
const QString interimOption = QStringLiteral("interim");
const QString roundOption = QStringLiteral("round");
const QString amountOption = QStringLiteral("amount");
const QString valuationOption = QStringLiteral("valuation");
const QString statusOption = QStringLiteral("status");
const QString descriptionOption = QStringLiteral("description");
const QString sourceUrlOption = QStringLiteral("source-url");
const QString sourceTitleOption = QStringLiteral("source-title");
const QString sourceOutletOption = QStringLiteral("source-outlet");
const QString sourceDateOption = QStringLiteral("source-date");
const QString sourceOption = QStringLiteral("source");
const QString announcedOption = QStringLiteral("announced");
const QString reasonOption = QStringLiteral("reason");
const QString reasonNoteOption = QStringLiteral("reason-note");
const QString currencyOption = QStringLiteral("currency");
const QString investorsOption = QStringLiteral("investors");
const QString acquirerOption = QStringLiteral("acquirer");
const QString companyIdOption = QStringLiteral("company-id");

// `add --date D --type T --company C ...`: one event from options, checked by the same rules as
// the editor and the importers; prints the new event's id.
class AddCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddCommand)

public:
    QString name() const override { return QStringLiteral("add"); }
    bool changesDatabase(const QStringList &) const override { return true; }
    QString summary() const override { return tr("add one event; prints its id"); }
    QString description() const override
    {
        return tr(
            "Adds one event and prints its id. Appointments and departures need --people and\n"
            "--role. If anything is wrong, each problem is printed as 'column: message', nothing\n"
            "is written and the exit status is 2.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {dateOption, tr("when it took effect: YYYY, YYYY-MM or YYYY-MM-DD (required)"),
             tr("DATE")},
            {announcedOption, tr("when it was announced, if that differs"), tr("DATE")},
            {typeOption, tr("appointment, departure, funding, acquisition or other (required)"),
             tr("TYPE")},
            {companyOption, tr("the company (required)"), tr("NAME")},
            {companyIdOption,
             tr("what tells it from another company of its name: a web domain, a Wikidata item "
                "(Q...) or a ticker"),
             tr("ID")},
            {peopleOption, tr("the people it names, separated by ';': \"A;B\""), tr("NAMES")},
            {roleOption, tr("the post: CEO, Co-CEO, CTO, Board member ..."), tr("ROLE")},
            {interimOption, tr("the post is held ad interim")},
            {reasonOption,
             tr("why someone left (departures): %1")
                 .arg(departureReasonNames().join(QStringLiteral(", "))),
             tr("REASON")},
            {reasonNoteOption, tr("why someone left, in the source's words"), tr("TEXT")},
            {roundOption, tr("the funding round: Seed, Series A ..."), tr("ROUND")},
            {amountOption,
             tr("money raised, or an acquisition's price: 101000000, $101M, 1.5 billion, €20M, "
                "20M EUR"),
             tr("AMOUNT")},
            {valuationOption, tr("valuation, written as an amount"), tr("AMOUNT")},
            {currencyOption, tr("ISO 4217 code of the amounts (USD unless they name one)"),
             tr("CODE")},
            {investorsOption, tr("a funding round's investors, separated by ';'"), tr("NAMES")},
            {acquirerOption, tr("who bought the company (acquisitions)"), tr("NAME")},
            {statusOption, tr("completed (the default), failed or rumored"), tr("STATUS")},
            {descriptionOption, tr("what happened"), tr("TEXT")},
            {sourceUrlOption, tr("where it was read: an http or https URL"), tr("URL")},
            {sourceTitleOption, tr("the title of the source"), tr("TITLE")},
            {sourceOutletOption, tr("who published the source: Axios, Bloomberg ..."), tr("NAME")},
            {sourceDateOption, tr("when the source was published"), tr("DATE")},
            {sourceOption,
             tr("one more source, as 'URL | date | outlet | title' (may be repeated)"),
             tr("SOURCE")},
        };
    }

    ExitCode run(CommandContext &context) const override
    {
        QList<FieldError> errors;
        const Event event = eventFrom(context, errors);
        // The validator's findings, except for columns whose value could not even be read.
        for (const FieldError &error : EventValidator::validate(event)) {
            const bool known =
                std::any_of(errors.cbegin(), errors.cend(),
                            [&](const FieldError &e) { return e.column == error.column; });
            if (!known)
                errors.append(error);
        }
        if (!errors.isEmpty()) {
            for (const FieldError &error : errors)
                context.console().error(QStringLiteral("%1: %2").arg(error.column, error.message));
            return ExitCode::InvalidData;
        }

        auto store = context.openStore();
        if (!store)
            return context.fail(store.error());
        EventStore &repository = store->events();
        const auto id = repository.add(event);
        if (!id)
            return context.fail(id.error());
        context.console().print(QString::number(*id));
        return ExitCode::Done;
    }

private:
    // The event the options describe; values that cannot be read are noted in `errors` under
    // their interchange column names.
    static Event eventFrom(const CommandContext &context, QList<FieldError> &errors)
    {
        const auto fail = [&errors](const char *column, const QString &message) {
            errors.append({QLatin1String(column), message});
        };
        Event event;
        if (context.isSet(dateOption)) {
            QString error;
            if (const auto date = PartialDate::parse(context.value(dateOption), &error))
                event.date = *date;
            else
                fail("date", error);
        }
        const QString typeNames = eventTypeNames().join(QStringLiteral(", "));
        if (!context.isSet(typeOption)) {
            fail("type", tr("a type is required (%1)").arg(typeNames));
        } else if (const auto type =
                       eventTypeFromString(context.value(typeOption).trimmed().toLower())) {
            event.type = *type;
        } else {
            fail("type", tr("%1 is not a type: use %2")
                             .arg(SafeText::quoted(context.value(typeOption)), typeNames));
        }
        event.company = context.value(companyOption).trimmed();
        const QString people = context.value(peopleOption);
        if (!people.trimmed().isEmpty()) {
            for (const QString &person : people.split(QLatin1Char(';')))
                event.people.append(person.trimmed());
        }
        event.role = context.value(roleOption).trimmed();
        event.interim = context.isSet(interimOption);
        event.round = context.value(roundOption).trimmed();
        QString amountsCurrency;
        for (const auto &[option, column, amount] :
             {std::tuple{amountOption, "amount_usd", &event.amountUsd},
              std::tuple{valuationOption, "valuation_usd", &event.valuationUsd}}) {
            if (!context.isSet(option))
                continue;
            QString error;
            const auto parsed = Money::parseAmount(context.value(option), &error);
            if (!parsed) {
                fail(column, error);
                continue;
            }
            *amount = parsed->value;
            if (parsed->currency.isEmpty())
                continue;
            if (!amountsCurrency.isEmpty() && amountsCurrency != parsed->currency)
                fail(column, tr("the amounts are in %1 and %2; an event has one currency")
                                 .arg(amountsCurrency, parsed->currency));
            amountsCurrency = parsed->currency;
        }
        if (context.isSet(currencyOption)) {
            const QString code = context.value(currencyOption).trimmed();
            event.currency = Currency::fromSymbol(code).value_or(code.toUpper());
            if (!amountsCurrency.isEmpty() && amountsCurrency != event.currency)
                fail("currency", tr("--currency says %1 but the amount is in %2")
                                     .arg(SafeText::quoted(code), amountsCurrency));
        } else if (!amountsCurrency.isEmpty()) {
            event.currency = amountsCurrency;
        }
        if (context.isSet(announcedOption)) {
            QString error;
            if (const auto date = PartialDate::parse(context.value(announcedOption), &error))
                event.announced = *date;
            else
                fail("announced", error);
        }
        if (context.isSet(reasonOption)) {
            const QString reason = context.value(reasonOption).trimmed().toLower();
            if (const auto known = departureReasonFromString(reason))
                event.reason = *known;
            else
                fail("reason", tr("%1 is not a reason: use %2")
                                   .arg(SafeText::quoted(context.value(reasonOption)),
                                        departureReasonNames().join(QStringLiteral(", "))));
        }
        event.reasonNote = context.value(reasonNoteOption).trimmed();
        const QString investors = context.value(investorsOption);
        if (!investors.trimmed().isEmpty()) {
            for (const QString &name : investors.split(QLatin1Char(';')))
                event.investors.append(name.trimmed());
        }
        event.acquirer = context.value(acquirerOption).trimmed();
        if (const auto identifier = CompanyIdentifier::read(context.value(companyIdOption));
            identifier.problem.isEmpty())
            event.companyIdentifier = identifier.identifier;
        else
            fail("company_id", identifier.problem);
        if (context.isSet(statusOption)) {
            if (const auto status =
                    fundingStatusFromString(context.value(statusOption).trimmed().toLower()))
                event.status = *status;
            else
                fail("status", tr("%1 is not a status: use %2")
                                   .arg(SafeText::quoted(context.value(statusOption)),
                                        fundingStatusNames().join(QStringLiteral(", "))));
        }
        event.description = context.value(descriptionOption).trimmed();
        EventSource first;
        first.url = context.value(sourceUrlOption).trimmed();
        first.title = context.value(sourceTitleOption).trimmed();
        first.outlet = context.value(sourceOutletOption).trimmed();
        if (context.isSet(sourceDateOption)) {
            QString error;
            if (const auto date = PartialDate::parse(context.value(sourceDateOption), &error))
                first.date = *date;
            else
                fail("source_date", error);
        }
        if (!first.isEmpty())
            event.sources << first;
        for (const QString &more : context.values(sourceOption)) {
            const SourceListText::Reading reading = SourceListText::read(more);
            for (const QString &error : reading.errors)
                fail("sources", QStringLiteral("%1: %2").arg(SafeText::quoted(more), error));
            event.sources << reading.sources;
        }
        return event;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeAddCommand()
{
    return std::make_unique<AddCommand>();
}
