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
const QString guessesOption = QStringLiteral("guesses");

QString kindName(DerivationNote::Kind kind)
{
    switch (kind) {
    case DerivationNote::Kind::OrderFromConsistency:
        return QStringLiteral("order-guessed");
    case DerivationNote::Kind::UnmatchedDeparture:
        return QStringLiteral("unmatched-departure");
    case DerivationNote::Kind::OverlappingHolders:
        return QStringLiteral("overlapping-holders");
    }
    return {};
}

QString idList(const QList<EventId> &ids)
{
    QStringList parts;
    for (const EventId id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(' '));
}

// `check [--company NAME] [--guesses] [--format table|json]`: what the derivation of tenures
// could not resolve (contradictions of the data) and, if asked, what it had to guess.
class CheckCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override
    {
        return tr("list what the tenures' derivation found contradictory in the data");
    }
    QString description() const override
    {
        return tr(
            "Derives the tenures (docs/model.md) and lists what the data contradicts: a\n"
            "departure from a post the person is not known to hold, two holders of a sole post\n"
            "appointed within one date interval. With --guesses it also lists where two events'\n"
            "dates overlap and the order that gives a consistent history was chosen. Each line\n"
            "names the events by id. Exit status 0 when nothing contradicts, 2 when something\n"
            "does.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{companyOption, tr("check this company only (any case)"), tr("NAME")},
                {guessesOption, tr("list the guesses too")},
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
        const auto derived = repository.derivation(context.value(companyOption).trimmed());
        if (!derived)
            return context.fail(derived.error());

        std::vector<DerivationNote> shown;
        int contradictions = 0;
        for (const DerivationNote &note : derived->notes) {
            contradictions += note.isContradiction();
            if (note.isContradiction() || context.isSet(guessesOption))
                shown.push_back(note);
        }
        if (*format == QLatin1String("json")) {
            context.console().write(json(shown));
        } else {
            if (!shown.empty())
                context.console().printTable(table(shown));
            const int guesses = int(derived->notes.size()) - contradictions;
            // "1 contradiction, 2 guesses (of 40 tenures)"
            context.console().print(
                tr("%1, %2 (of %3)", "contradictions, guesses, tenures")
                    .arg(tr("%n contradictions", nullptr, contradictions),
                         tr("%n guesses", nullptr, guesses),
                         tr("%n tenures", nullptr, int(derived->tenures.size()))));
        }
        return contradictions == 0 ? ExitCode::Done : ExitCode::InvalidData;
    }

private:
    static TextTable table(const std::vector<DerivationNote> &notes)
    {
        TextTable table;
        table.addColumn(tr("COMPANY", "a column's heading"), 24);
        table.addColumn(tr("KIND", "a column's heading"));
        table.addColumn(tr("EVENTS", "a column's heading"));
        table.addColumn(tr("WHAT", "a column's heading"), 60);
        for (const DerivationNote &note : notes)
            table.addRow({note.company, kindName(note.kind), idList(note.events), note.message});
        return table;
    }

    // Machine output: English whatever the language, like the kinds' names.
    static QByteArray json(const std::vector<DerivationNote> &notes)
    {
        QJsonArray array;
        for (const DerivationNote &note : notes) {
            QJsonArray ids;
            for (const EventId id : note.events)
                ids.append(id);
            array.append(QJsonObject{{QStringLiteral("company"), note.company},
                                     {QStringLiteral("kind"), kindName(note.kind)},
                                     {QStringLiteral("contradiction"), note.isContradiction()},
                                     {QStringLiteral("events"), ids},
                                     {QStringLiteral("message"), note.englishMessage}});
        }
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
};
} // namespace

std::unique_ptr<CliCommand> makeCheckCommand()
{
    return std::make_unique<CheckCommand>();
}
