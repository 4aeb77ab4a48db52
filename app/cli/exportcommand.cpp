#include "clicommand.h"
#include "commandcontext.h"
#include "io/eventfile.h"

#include <QCoreApplication>

namespace {
const QString formatOption = QStringLiteral("format");
const QString outOption = QStringLiteral("out");
const QString safeOption = QStringLiteral("safe");

// `export [--format csv|json] [--out FILE] [--safe]`: every event, in the interchange format.
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return tr("write every event as CSV or JSON, to a file or stdout");
    }
    QString description() const override
    {
        return tr(
            "Writes every event, by date, in the interchange format (docs/data-format.md) that\n"
            "import reads. The format follows --out's extension unless --format says; else CSV.\n"
            "Values are written exactly as stored, so the file imports to the same events. For\n"
            "a spreadsheet, add --safe: a CSV cell that starts with =, +, -, @, a tab or a CR\n"
            "then gets a ' in front, so the spreadsheet shows it instead of running it as a\n"
            "formula (CSV injection); such a file no longer imports to the same values.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{formatOption, tr("csv or json"), tr("FORMAT")},
                {outOption,
                 tr("the file to write (replaced only once complete); stdout without it"),
                 tr("FILE")},
                {safeOption, tr("CSV for spreadsheets: a cell starting with =, +, -, @, tab or CR "
                                "gets a ' in front")}};
    }

    ExitCode run(CommandContext &context) const override
    {
        const QString out = context.value(outOption);
        const auto fromExtension = out.isEmpty() ? std::nullopt : EventFile::formatForPath(out);
        const QString fallback =
            fromExtension == EventFileFormat::Json ? QStringLiteral("json") : QStringLiteral("csv");
        const auto formatName =
            context.choice(formatOption, {QStringLiteral("csv"), QStringLiteral("json")}, fallback);
        if (!formatName)
            return ExitCode::Usage;
        const EventFileFormat format =
            *formatName == QLatin1String("json") ? EventFileFormat::Json : EventFileFormat::Csv;
        if (context.isSet(outOption) && out.isEmpty())
            return context.usageError(tr("--out needs a file name"));
        const bool safe = context.isSet(safeOption);
        if (safe && format != EventFileFormat::Csv)
            return context.usageError(tr("--safe is for CSV, which spreadsheets open; JSON values "
                                         "are never run as formulas"));
        const CsvWriter::Cells cells =
            safe ? CsvWriter::Cells::SpreadsheetSafe : CsvWriter::Cells::Exact;

        auto store = context.openStore();
        if (!store)
            return context.fail(store.error());
        EventStore &db = store->events();
        const auto events = db.query();
        if (!events)
            return context.fail(events.error());
        // JSON carries the role mappings too, so an import elsewhere derives the same tenures,
        // and the notes.
        const auto aliases = db.roleAliases();
        if (!aliases)
            return context.fail(aliases.error());
        const auto notes = db.notes().list();
        if (!notes)
            return context.fail(notes.error());
        const JsonWriter::Extras extras{*aliases, *notes};

        if (out.isEmpty()) {
            context.console().write(EventFile::write(*events, format, cells, extras));
            return ExitCode::Done;
        }
        // A file that cannot be written where the user pointed is wrong usage, not bad data.
        if (auto status = EventFile::writeFile(out, *events, format, cells, extras); !status) {
            context.console().error(status.error().message);
            return ExitCode::Usage;
        }
        context.console().print(
            tr("Exported %n events to %1.", nullptr, int(events->size())).arg(out));
        return ExitCode::Done;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}
