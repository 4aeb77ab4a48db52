#include "clicommand.h"
#include "commandcontext.h"
#include "io/eventfile.h"
#include "store/database.h"
#include "store/eventrepository.h"

#include <QFileInfo>

namespace {
// "1 problem", "4 problems", or "1631 problems; the first 1000 listed": the exact count, even
// when only the first problems are printed.
QString problemCount(const ImportBatch &batch)
{
    const qint64 total = batch.problemCount();
    QString text = QStringLiteral("%1 %2").arg(total).arg(total == 1 ? QStringLiteral("problem")
                                                                     : QStringLiteral("problems"));
    if (batch.unlisted > 0)
        text += QStringLiteral("; the first %1 listed").arg(batch.issues.size());
    return text;
}

// `import FILE`: adds a CSV or JSON file's events, all of them or, if any row is wrong, none.
class ImportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    bool changesDatabase() const override { return true; }
    QString summary() const override
    {
        return QStringLiteral("add the events of a CSV or JSON file, all of them or none");
    }
    QString description() const override
    {
        return QStringLiteral(
            "Adds the events of FILE (.csv or .json, see docs/data-format.md). If any row is\n"
            "wrong, nothing is imported: each problem is printed as FILE:LINE: column: message\n"
            "(the first 1000, then how many there are in all) and the exit status is 2. Values\n"
            "echoed in messages are cut to 80 characters, with control characters escaped.");
    }
    QList<Argument> arguments() const override
    {
        return {{QStringLiteral("FILE"), QStringLiteral("the file to import, .csv or .json")}};
    }

    ExitCode run(CommandContext &context) const override
    {
        const QString file = context.arguments().at(0);
        // A file that cannot be found or opened is a wrong argument; what is in it is data.
        if (!EventFile::formatForPath(file))
            return context.usageError(
                QStringLiteral("%1: the file name must end in .csv or .json").arg(file));
        const QFileInfo info(file);
        if (!info.exists())
            return context.usageError(QStringLiteral("%1: there is no such file").arg(file));
        if (!info.isFile() || !info.isReadable())
            return context.usageError(QStringLiteral("%1: cannot be read").arg(file));

        // Read and check the whole file before the database is even opened.
        const ImportBatch batch = EventFile::read(file);
        if (!batch.ok()) {
            for (const ImportIssue &issue : batch.issues)
                context.console().errorLine(issue.toString());
            context.console().error(
                QStringLiteral("%1: %2; nothing was imported").arg(file, problemCount(batch)));
            return ExitCode::InvalidData;
        }

        auto db = context.openDatabase();
        if (!db)
            return context.fail(db.error());
        EventRepository repository(**db);
        const auto ids = repository.addAll(batch.events);
        if (!ids)
            return context.fail(ids.error());
        context.console().print(
            QStringLiteral("Imported %1 %2 from %3.")
                .arg(ids->size())
                .arg(ids->size() == 1 ? QStringLiteral("event") : QStringLiteral("events"))
                .arg(file));
        return ExitCode::Done;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}
