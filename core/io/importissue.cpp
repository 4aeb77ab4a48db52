#include "importissue.h"

QString ImportIssue::toString() const
{
    QString where = file;
    if (position == Position::ArrayIndex)
        where += QStringLiteral(":[%1]").arg(line);
    else if (line > 0)
        where += QStringLiteral(":%1").arg(line);
    if (!column.isEmpty())
        return QStringLiteral("%1: %2: %3").arg(where, column, message);
    return QStringLiteral("%1: %2").arg(where, message);
}
