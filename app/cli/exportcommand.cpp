#include "clicommand.h"
#include "commandcontext.h"
#include "io/eventfile.h"
#include "store/database.h"
#include "store/eventrepository.h"

namespace {
const QString formatOption = QStringLiteral("format");
const QString outOption = QStringLiteral("out");

// `export [--format csv|json] [--out FILE]`: every event, in the interchange format.
class ExportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return QStringLiteral("write every event as CSV or JSON, to a file or stdout");
    }
    QString description() const override
    {
        return QStringLiteral(
            "Writes every event, by date, in the interchange format (docs/data-format.md) that\n"
            "import reads. The format follows --out's extension unless --format says; else CSV.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{formatOption, QStringLiteral("csv or json"), QStringLiteral("FORMAT")},
                {outOption,
                 QStringLiteral("the file to write (replaced only once complete); "
                                "stdout without it"),
                 QStringLiteral("FILE")}};
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
            return context.usageError(QStringLiteral("--out needs a file name"));

        auto db = context.openDatabase();
        if (!db)
            return context.fail(db.error());
        EventRepository repository(**db);
        const auto events = repository.query();
        if (!events)
            return context.fail(events.error());

        if (out.isEmpty()) {
            context.console().write(EventFile::write(*events, format));
            return ExitCode::Done;
        }
        // A file that cannot be written where the user pointed is wrong usage, not bad data.
        if (auto status = EventFile::writeFile(out, *events, format); !status) {
            context.console().error(status.error().message);
            return ExitCode::Usage;
        }
        context.console().print(
            QStringLiteral("Exported %1 events to %2.").arg(events->size()).arg(out));
        return ExitCode::Done;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}
