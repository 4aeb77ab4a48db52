#pragma once

#include "model/result.h"

#include <QHash>
#include <QString>

#include <optional>

// A line of figures a measuring child printed (key=value pairs), read back by its parent: each
// figure as a number, and whether every one asked for was there and was one.
class FigureLine
{
public:
    explicit FigureLine(const QString &line);

    // 0, and the line no longer ok(), when the figure is missing or not a number.
    double number(const char *key);
    // "n/a" for a figure that could not be measured: nullopt.
    std::optional<double> numberOrNone(const char *key);

    bool ok() const { return m_ok; }
    // For a line that did not read: "unexpected <what> figures: <line>".
    Error error(const char *what) const;

private:
    QString m_line;
    QHash<QString, QString> m_values;
    bool m_ok = true;
};
