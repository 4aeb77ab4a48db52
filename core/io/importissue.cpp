#include "importissue.h"

#include "model/safetext.h"

QString ImportIssue::toString() const
{
    // One line whatever the file's name or content: a line break or a terminal's escape in a
    // name or an echoed value is written visibly (values are already cut where they are quoted).
    QString where = SafeText::visible(file);
    if (position == Position::ArrayIndex)
        where += QStringLiteral(":[%1]").arg(line);
    else if (line > 0)
        where += QStringLiteral(":%1").arg(line);
    if (!column.isEmpty())
        return QStringLiteral("%1: %2: %3")
            .arg(where, SafeText::excerpt(column), SafeText::visible(message));
    return QStringLiteral("%1: %2").arg(where, SafeText::visible(message));
}
