#include "csvwriter.h"

#include "interchangeformat.h"

namespace {
// Quotes a field only when a reader could misread it: a comma, quote or line break inside, or
// spaces at either end that spreadsheets would trim.
void appendField(QByteArray &out, const QString &text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                             (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needsQuotes) {
        out += text.toUtf8();
        return;
    }
    out += '"';
    out += text.toUtf8().replace("\"", "\"\"");
    out += '"';
}
} // namespace

QByteArray CsvWriter::write(const std::vector<Event> &events)
{
    QByteArray out = InterchangeFormat::names().join(QLatin1Char(',')).toUtf8() + '\n';
    for (const Event &event : events) {
        for (int i = 0; i < InterchangeFormat::columnCount; ++i) {
            if (i > 0)
                out += ',';
            appendField(out, InterchangeFormat::text(event, InterchangeFormat::columnAt(i)));
        }
        out += '\n';
    }
    return out;
}
