#include "figureline.h"

FigureLine::FigureLine(const QString &line) : m_line(line)
{
    for (const QString &pair : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        m_values.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
}

double FigureLine::number(const char *key)
{
    bool parsed = false;
    const double value = m_values.value(QLatin1String(key)).toDouble(&parsed);
    m_ok = m_ok && parsed;
    return parsed ? value : 0;
}

std::optional<double> FigureLine::numberOrNone(const char *key)
{
    if (m_values.value(QLatin1String(key)) == QLatin1String("n/a"))
        return std::nullopt;
    return number(key);
}

Error FigureLine::error(const char *what) const
{
    return Error{Error::Kind::Io,
                 QStringLiteral("unexpected %1 figures: %2").arg(QLatin1String(what), m_line)};
}
