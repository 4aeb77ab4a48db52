#include "jsonwriter.h"

#include "interchangeformat.h"

namespace {
using Column = InterchangeFormat::Column;

// Written by hand because QJsonObject sorts its keys, and the file should read in header order.
QByteArray jsonString(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += QByteArray("\\u00") +
                       QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    return out + '"';
}

QByteArray jsonAmount(const std::optional<qint64> &amount)
{
    return amount ? QByteArray::number(*amount) : QByteArray("null");
}

QByteArray jsonNames(const QStringList &names)
{
    QByteArrayList strings;
    for (const QString &name : names)
        strings << jsonString(name);
    return '[' + strings.join(", ") + ']';
}

// One source a line, every key written: {"url": ..., "title": ..., "outlet": ..., "date": ...}.
QByteArray jsonSources(const QList<EventSource> &sources, const QByteArray &indent)
{
    if (sources.isEmpty())
        return "[]";
    QByteArrayList lines;
    for (const EventSource &source : sources) {
        lines << indent + "  {\"url\": " + jsonString(source.url) +
                     ", \"title\": " + jsonString(source.title) +
                     ", \"outlet\": " + jsonString(source.outlet) + ", \"date\": " +
                     jsonString(source.date.isValid() ? source.date.toString() : QString()) + '}';
    }
    return "[\n" + lines.join(",\n") + '\n' + indent + ']';
}

QByteArray jsonValue(const Event &event, Column column, const QByteArray &indent)
{
    switch (column) {
    case Column::People:
        return jsonNames(event.people);
    case Column::Investors:
        return jsonNames(event.investors);
    case Column::Sources:
        return jsonSources(event.sources, indent);
    case Column::Interim:
        return event.interim ? "true" : "false";
    case Column::AmountUsd:
        return jsonAmount(event.amountUsd);
    case Column::ValuationUsd:
        return jsonAmount(event.valuationUsd);
    default:
        return jsonString(InterchangeFormat::text(event, column));
    }
}

// The events as an array whose brackets are at `indent`, without a final line end.
QByteArray eventArray(const std::vector<Event> &events, const QByteArray &indent)
{
    if (events.empty())
        return "[]";
    QList<Column> columns;
    for (int i = 0; i < InterchangeFormat::columnCount; ++i) {
        if (!InterchangeFormat::isFirstSourceColumn(InterchangeFormat::columnAt(i)))
            columns << InterchangeFormat::columnAt(i);
    }
    const QByteArray keyIndent = indent + "    ";
    QByteArray out = "[\n";
    for (std::size_t e = 0; e < events.size(); ++e) {
        out += indent + "  {\n";
        for (qsizetype i = 0; i < columns.size(); ++i) {
            out += keyIndent + jsonString(InterchangeFormat::name(columns.at(i))) + ": " +
                   jsonValue(events[e], columns.at(i), keyIndent);
            out += i + 1 < columns.size() ? ",\n" : "\n";
        }
        out += indent + (e + 1 < events.size() ? "  },\n" : "  }\n");
    }
    return out + indent + ']';
}
} // namespace

QByteArray JsonWriter::write(const std::vector<Event> &events)
{
    return eventArray(events, QByteArray()) + '\n';
}

QByteArray JsonWriter::writeDocument(const std::vector<Event> &events, const Extras &extras)
{
    QByteArray out = "{\n  \"role_aliases\": ";
    if (extras.roleAliases.empty()) {
        out += "[]";
    } else {
        QByteArrayList lines;
        for (const auto &[title, role] : extras.roleAliases)
            lines << "    {\"title\": " + jsonString(title) +
                         ", \"role\": " + jsonString(RoleVocabulary::key(role)) + '}';
        out += "[\n" + lines.join(",\n") + "\n  ]";
    }
    if (!extras.notes.empty()) {
        QByteArrayList lines;
        for (const Annotation &note : extras.notes)
            lines << "    {\"company\": " + jsonString(note.company) +
                         ", \"date\": " + jsonString(note.from.toString()) + ", \"to\": " +
                         jsonString(note.isPeriod() ? note.to.toString() : QString()) +
                         ", \"text\": " + jsonString(note.text) + '}';
        out += ",\n  \"notes\": [\n" + lines.join(",\n") + "\n  ]";
    }
    return out + ",\n  \"events\": " + eventArray(events, "  ") + "\n}\n";
}
