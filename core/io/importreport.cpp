#include "importreport.h"

#include "csvwriter.h"

namespace {
QString counted(qint64 n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}
} // namespace

QByteArray ImportReport::text(const ImportBatch &batch, const QList<ImportIssue> &moreWarnings)
{
    const QList<ImportIssue> warnings = batch.warnings + moreWarnings;
    QString out = counted(batch.problemCount(), "problem", "problems") + QLatin1Char('\n') +
                  counted(warnings.size(), "warning", "warnings") + QLatin1Char('\n');
    for (const ImportIssue &issue : batch.allIssues())
        out += QStringLiteral("problem: ") + issue.toString() + QLatin1Char('\n');
    for (const ImportIssue &issue : warnings)
        out += QStringLiteral("warning: ") + issue.toString() + QLatin1Char('\n');
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
