#include "serversearch.h"

#include <QRegularExpression>

namespace {
QStringList foldedWords(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}\\p{M}]+"));
    static const QRegularExpression marks(QStringLiteral("\\p{M}+"));
    QString folded = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    folded.remove(marks);
    return folded.split(separators, Qt::SkipEmptyParts);
}
} // namespace

QString ServerSearch::document(const Event &event)
{
    QStringList parts = {event.company,     event.people.join(QLatin1Char(' ')),
                         event.role,        event.round,
                         event.description, event.investors.join(QLatin1Char(' ')),
                         event.acquirer,    event.reasonNote};
    for (const EventSource &source : event.sources)
        parts << source.title << source.url << source.outlet;
    return foldedWords(parts.join(QLatin1Char(' '))).join(QLatin1Char(' '));
}

QString ServerSearch::query(const QString &userText)
{
    QStringList terms;
    for (const QString &word : foldedWords(userText))
        terms << word + QStringLiteral(":*");
    return terms.join(QStringLiteral(" & "));
}
