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

QByteArray jsonValue(const Event &event, Column column)
{
    switch (column) {
    case Column::People: {
        QByteArrayList names;
        for (const QString &name : event.people)
            names << jsonString(name);
        return '[' + names.join(", ") + ']';
    }
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
} // namespace

QByteArray JsonWriter::write(const std::vector<Event> &events)
{
    if (events.empty())
        return "[]\n";
    const QStringList keys = InterchangeFormat::names();
    QByteArray out = "[\n";
    for (std::size_t e = 0; e < events.size(); ++e) {
        out += "  {\n";
        for (int i = 0; i < InterchangeFormat::columnCount; ++i) {
            out += "    " + jsonString(keys.at(i)) + ": " +
                   jsonValue(events[e], InterchangeFormat::columnAt(i));
            out += i + 1 < InterchangeFormat::columnCount ? ",\n" : "\n";
        }
        out += e + 1 < events.size() ? "  },\n" : "  }\n";
    }
    return out + "]\n";
}
