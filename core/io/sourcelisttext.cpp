#include "sourcelisttext.h"

#include "lenientvalues.h"
#include "model/safetext.h"

namespace {
const QString separator = QStringLiteral(" | ");
} // namespace

QString SourceListText::write(const QList<EventSource> &sources)
{
    QStringList lines;
    for (const EventSource &source : sources) {
        QStringList parts{source.url, source.date.isValid() ? source.date.toString() : QString(),
                          source.outlet, source.title};
        while (!parts.isEmpty() && parts.back().isEmpty())
            parts.removeLast();
        lines << parts.join(separator);
    }
    return lines.join(QLatin1Char('\n'));
}

SourceListText::Reading SourceListText::read(const QString &text)
{
    Reading reading;
    QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const auto where = [i] {
            return tr("line %1 of the cell: ", "before what is wrong with it").arg(i + 1);
        };
        const QStringList parts = line.split(QLatin1Char('|'));
        EventSource source;
        source.url = parts.value(0).trimmed();
        if (const auto withScheme = LenientValues::urlWithScheme(source.url)) {
            reading.warnings << where() + tr("%1 has no scheme; read as %2")
                                              .arg(SafeText::quoted(source.url),
                                                   SafeText::quoted(*withScheme));
            source.url = *withScheme;
        }
        const QString date = parts.value(1).trimmed();
        if (!date.isEmpty()) {
            QString why;
            if (const auto parsed = PartialDate::parse(date, &why))
                source.date = *parsed;
            else
                reading.errors << where() + why;
        }
        source.outlet = parts.value(2).trimmed();
        // A title may hold "|": everything after the third separator is the title.
        source.title = parts.mid(3).join(QLatin1Char('|')).trimmed();
        reading.sources << source;
    }
    return reading;
}
