#pragma once

#include "model/eventsource.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// The CSV column `sources`: the sources after the first, one a line, each written
// `URL | date | outlet | title` with the parts after the URL optional from the right
// ("https://x.org/a", "https://x.org/a | 2024-03-23 | Axios | CEO resigns"). The title comes
// last, so it may hold "|" itself; a spreadsheet user writes the lines with Alt+Enter.
class SourceListText
{
    Q_DECLARE_TR_FUNCTIONS(SourceListText)

public:
    static QString write(const QList<EventSource> &sources);

    struct Reading
    {
        QList<EventSource> sources;
        QStringList errors;   // "line 2: '2024-3-' is not a date ..."
        QStringList warnings; // values read leniently (a URL without a scheme)
    };
    static Reading read(const QString &text);
};
