#include "clicommand.h"
#include "commandcontext.h"
#include "edit/importplan.h"
#include "files/outputfile.h"
#include "io/eventfile.h"
#include "io/importreport.h"
#include "io/issuelog.h"
#include "store/eventstore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
const QString reportOption = QStringLiteral("report");
const QString skipInvalidOption = QStringLiteral("skip-invalid");
const QString rejectsOption = QStringLiteral("rejects");
const QString dryRunOption = QStringLiteral("dry-run");
const QString encodingOption = QStringLiteral("encoding");

// "1 problem", "4 problems", or "1631 problems; the first 1000 listed": the exact count, even
// when only the first problems are printed.
QString problemCount(const ImportBatch &batch)
{
    QString text = QCoreApplication::translate("ImportCommand", "%n problems", nullptr,
                                               int(batch.problemCount()));
    if (batch.unlisted > 0)
        text += QCoreApplication::translate("ImportCommand", "; the first %1 listed")
                    .arg(batch.issues.size());
    return text;
}

Status writeOutput(const QString &path, const QByteArray &bytes)
{
    OutputFile file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    if (auto written = file.write(bytes); !written)
        return written;
    return file.commit();
}

// `import FILE [--report FILE] [--skip-invalid [--rejects FILE]] [--dry-run]`: adds a CSV or JSON
// file's events, all of them or none unless --skip-invalid keeps the valid ones; events already
// stored are skipped.
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    bool changesDatabase(const QStringList &) const override { return true; }
    QString summary() const override
    {
        return tr("add the events of a CSV or JSON file, all of them or none");
    }
    QString description() const override
    {
        return tr(
            "Adds the events of FILE (.csv or .json, see docs/data-format.md). If any row is\n"
            "wrong, nothing is imported: each problem is printed as FILE:LINE: column: message\n"
            "(the first 1000, then how many there are in all) and the exit status is 2. Values\n"
            "echoed in messages are cut to 80 characters, with control characters escaped.\n"
            "With --skip-invalid the valid rows are imported in one transaction, the others\n"
            "refused (exit status 4 if any were; --rejects writes them as CSV with their line\n"
            "and problem, to fix and import again). An event already in the database (same\n"
            "date, company, type, people, role and round) is skipped, so importing a file twice\n"
            "adds nothing the second time. Values read leniently (2024-9-1, www.x.org, $101M,\n"
            "spaces around a value, optional columns left out of the header), suspicious ones\n"
            "(dates before 1800 or over a year ahead, placeholder dates such as 1900-01-01,\n"
            "1960-01-01 or 1970-01-01, names starting with # or =, mojibake), near duplicates\n"
            "(same people and role, dates within each other's precision) and names that may be\n"
            "other spellings of names in the database or earlier in the file (Sean O\n"
            "hEigeartaigh, Seán Ó hÉigeartaigh; see 'people --variants' and 'merge') are\n"
            "warnings: printed, counted apart from problems, never blocking. --report writes\n"
            "every problem and warning, however many. --dry-run says what would be added,\n"
            "skipped and refused and writes nothing to the database. A file that is not UTF-8\n"
            "(old exports in Latin-1, Windows-1252 or Mac Roman, perhaps with CR line ends)\n"
            "imports with --encoding; without it, each such row names the likely encoding.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {reportOption, tr("write every problem and warning to FILE, one a line"), tr("FILE")},
            {skipInvalidOption, tr("import the valid rows and refuse the others (exit status 4)")},
            {rejectsOption,
             tr("write the refused rows to FILE as CSV: line, problem, then the row's own "
                "columns"),
             tr("FILE")},
            {dryRunOption, tr("say what would be added, skipped and refused; change nothing")},
            {encodingOption,
             tr("the file's encoding: utf-8 (the default), latin1, windows-1252 or macroman"),
             tr("NAME")}};
    }
    QList<Argument> arguments() const override
    {
        return {{tr("FILE"), tr("the file to import, .csv or .json")}};
    }

    ExitCode run(CommandContext &context) const override
    {
        const QString file = context.arguments().at(0);
        // A file that cannot be found or opened is a wrong argument; what is in it is data.
        if (!EventFile::formatForPath(file))
            return context.usageError(tr("%1: the file name must end in .csv or .json").arg(file));
        const QFileInfo info(file);
        if (!info.exists())
            return context.usageError(tr("%1: there is no such file").arg(file));
        if (!info.isFile() || !info.isReadable())
            return context.usageError(tr("%1: cannot be read").arg(file));
        for (const QString &option : {reportOption, rejectsOption}) {
            if (context.isSet(option) && context.value(option).isEmpty())
                return context.usageError(tr("--%1 needs a file name").arg(option));
        }
        auto encoding = TextEncoding::Kind::Utf8;
        if (context.isSet(encodingOption)) {
            const auto named = TextEncoding::fromName(context.value(encodingOption));
            if (!named)
                return context.usageError(
                    tr("--encoding must be one of %1")
                        .arg(TextEncoding::names().join(QStringLiteral(", "))));
            encoding = *named;
        }
        const bool skipInvalid = context.isSet(skipInvalidOption);
        const bool dryRun = context.isSet(dryRunOption);

        // Read and check the whole file before the database is even opened.
        const ImportBatch batch = EventFile::read(file, encoding);
        for (const ImportIssue &issue : batch.issues)
            context.console().errorLine(issue.toString());
        if (auto status = writeRejects(context, batch); !status)
            return outputFailed(context, status.error());

        if (!batch.ok() && (!skipInvalid || batch.valid().empty())) {
            printWarnings(context, batch.warnings);
            if (auto status = writeReport(context, batch, {}); !status)
                return outputFailed(context, status.error());
            context.console().error(
                tr("%1: %2%3; nothing was imported", "the file, its problems, its warnings")
                    .arg(file, problemCount(batch), warningCount(batch.warnings.size())));
            return ExitCode::InvalidData;
        }

        auto store = context.openStore();
        if (!store)
            return context.fail(store.error());
        EventStore &repository = store->events();
        const auto plan = ImportPlan::make(repository, batch, file);
        if (!plan)
            return context.fail(plan.error());
        const QList<ImportIssue> warnings = batch.warnings + plan->warnings();
        printWarnings(context, warnings);
        if (auto status = writeReport(context, batch, plan->warnings()); !status)
            return outputFailed(context, status.error());
        if (!dryRun &&
            (!plan->toAdd.empty() || !batch.roleAliases.empty() || !batch.notes.empty())) {
            const Status written = plan->write(repository, batch);
            if (!written)
                return context.fail(written.error());
        }
        context.console().print(summaryLine(file, batch, *plan, dryRun, warnings.size()));
        return batch.ok() ? ExitCode::Done : ExitCode::PartlyDone;
    }

private:
    // A report or rejects file that cannot be written where the user pointed is wrong usage.
    static ExitCode outputFailed(CommandContext &context, const Error &error)
    {
        context.console().error(error.message);
        return ExitCode::Usage;
    }

    static QString warningCount(qsizetype warnings)
    {
        return warnings == 0 ? QString()
                             : QStringLiteral("; ") + tr("%n warnings", nullptr, int(warnings));
    }

    // "Imported 3 events from news.csv.", with what was skipped and refused when anything was.
    static QString summaryLine(const QString &file, const ImportBatch &batch,
                               const ImportPlan &plan, bool dryRun, qsizetype warnings)
    {
        const qint64 added = qint64(plan.toAdd.size());
        QString line = dryRun ? tr("Would import %n events from %1", nullptr, int(added)).arg(file)
                              : tr("Imported %n events from %1", nullptr, int(added)).arg(file);
        QStringList more;
        if (plan.duplicates > 0)
            more << tr("skipped %1 already in the database or earlier in the file")
                        .arg(plan.duplicates);
        if (!batch.ok())
            more << tr("refused %1 with %2", "rows, problems")
                        .arg(tr("%n rows", nullptr, int(batch.rejected.size())),
                             tr("%n problems", nullptr, int(batch.problemCount())));
        if (warnings > 0)
            more << tr("%n warnings", nullptr, int(warnings));
        if (!more.isEmpty())
            line += QStringLiteral("; ") + more.join(QStringLiteral("; "));
        if (dryRun)
            line += tr("; nothing was written");
        return line + QLatin1Char('.');
    }

    static void printWarnings(CommandContext &context, const QList<ImportIssue> &warnings)
    {
        for (qsizetype i = 0; i < warnings.size() && i < IssueLog::maxIssues; ++i)
            context.console().errorLine(tr("warning: %1").arg(warnings.at(i).toString()));
        if (warnings.size() > IssueLog::maxIssues)
            context.console().errorLine(tr("… and %n more warnings; --report FILE lists them all",
                                           nullptr, int(warnings.size() - IssueLog::maxIssues)));
    }

    static Status writeReport(CommandContext &context, const ImportBatch &batch,
                              const QList<ImportIssue> &moreWarnings)
    {
        if (!context.isSet(reportOption))
            return Done{};
        return writeOutput(context.value(reportOption), ImportReport::text(batch, moreWarnings));
    }

    static Status writeRejects(CommandContext &context, const ImportBatch &batch)
    {
        if (!context.isSet(rejectsOption))
            return Done{};
        return writeOutput(context.value(rejectsOption), ImportReport::rejectsCsv(batch));
    }
};
} // namespace

std::unique_ptr<CliCommand> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}
