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

QString CsvWriter::neutralised(const QString &value)
{
    // The characters a spreadsheet takes as the start of a formula (OWASP, "CSV Injection").
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        return QLatin1Char('\'') + value;
    return value;
}

void CsvWriter::appendRecord(QByteArray &out, const QStringList &fields, Cells cells)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        appendField(out, cells == Cells::SpreadsheetSafe ? neutralised(fields[i]) : fields[i]);
    }
    out += '\n';
}

QByteArray CsvWriter::write(const std::vector<Event> &events, Cells cells)
{
    QByteArray out;
    appendRecord(out, InterchangeFormat::names());
    QStringList fields;
    for (const Event &event : events) {
        fields.clear();
        for (int i = 0; i < InterchangeFormat::columnCount; ++i)
            fields << InterchangeFormat::text(event, InterchangeFormat::columnAt(i));
        appendRecord(out, fields, cells);
    }
    return out;
}
