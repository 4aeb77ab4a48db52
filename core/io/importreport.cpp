#include "importreport.h"

#include "csvwriter.h"

QByteArray ImportReport::text(const ImportBatch &batch, const QList<ImportIssue> &moreWarnings)
{
    const QList<ImportIssue> warnings = batch.warnings + moreWarnings;
    QString out = tr("%n problems", nullptr, int(batch.problemCount())) + QLatin1Char('\n') +
                  tr("%n warnings", nullptr, int(warnings.size())) + QLatin1Char('\n');
    for (const ImportIssue &issue : batch.allIssues())
        out += tr("problem: %1").arg(issue.toString()) + QLatin1Char('\n');
    for (const ImportIssue &issue : warnings)
        out += tr("warning: %1").arg(issue.toString()) + QLatin1Char('\n');
    return out.toUtf8();
}

QByteArray ImportReport::rejectsCsv(const ImportBatch &batch)
{
    QByteArray out;
    CsvWriter::appendRecord(out, QStringList{QStringLiteral("line"), QStringLiteral("problem")} +
                                     batch.header);
    for (const RejectedRow &row : batch.rejected)
        CsvWriter::appendRecord(out,
                                QStringList{QString::number(row.line), row.problem} + row.fields);
    return out;
}
