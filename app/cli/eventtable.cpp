#include "eventtable.h"

#include "io/csvwriter.h"
#include "io/interchangeformat.h"
#include "io/jsonwriter.h"
#include "model/money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// Column limits that keep a typical line within a terminal and leave room for the description.
constexpr int companyWidth = 20;
constexpr int peopleWidth = 30;
constexpr int roleWidth = 28;
} // namespace

QString EventTable::roleOrRound(const Event &event)
{
    if (event.type != EventType::Funding && event.type != EventType::Acquisition) {
        QString text = event.role;
        if (!text.isEmpty() && event.interim)
            text = tr("%1 (interim)").arg(event.role);
        if (event.reason)
            text += QStringLiteral(" [%1]").arg(toString(*event.reason));
        return text.trimmed();
    }
    QStringList words;
    if (event.type == EventType::Acquisition && !event.acquirer.isEmpty())
        words.append(tr("by %1", "acquired by").arg(event.acquirer));
    if (!event.round.isEmpty())
        words.append(event.round);
    if (event.amountUsd)
        words.append(Money::formatShort(*event.amountUsd, event.currency));
    if (event.valuationUsd)
        words.append(QStringLiteral("@ ") +
                     Money::formatShort(*event.valuationUsd, event.currency));
    QString text = words.join(QLatin1Char(' '));
    if (event.status != FundingStatus::Completed)
        text += QStringLiteral(" (%1)").arg(toString(event.status));
    return text.trimmed();
}

TextTable EventTable::header()
{
    TextTable table;
    table.addColumn(tr("ID", "a column's heading"), 0, TextTable::Align::Right);
    table.addColumn(tr("DATE", "a column's heading"));
    table.addColumn(tr("COMPANY", "a column's heading"), companyWidth);
    table.addColumn(tr("TYPE", "a column's heading"));
    table.addColumn(tr("PEOPLE", "a column's heading"), peopleWidth);
    table.addColumn(tr("ROLE / ROUND", "a column's heading"), roleWidth);
    table.addColumn(tr("DESCRIPTION", "a column's heading"));
    return table;
}

void EventTable::addRow(TextTable &table, const Event &event)
{
    table.addRow({QString::number(event.id), event.date.toString(), event.company,
                  toString(event.type), event.people.join(QStringLiteral("; ")), roleOrRound(event),
                  event.description});
}

QByteArray EventTable::json(const std::vector<Event> &events)
{
    // The interchange writer spells every value; the id is added to each of its objects.
    QJsonArray objects = QJsonDocument::fromJson(JsonWriter::write(events)).array();
    for (qsizetype i = 0; i < objects.size(); ++i) {
        QJsonObject object = objects.at(i).toObject();
        object.insert(QStringLiteral("id"), events[size_t(i)].id);
        objects.replace(i, object);
    }
    return QJsonDocument(objects).toJson(QJsonDocument::Indented);
}

QByteArray EventTable::csv(const std::vector<Event> &events)
{
    // Meant to be opened in a spreadsheet, so a name like =HYPERLINK(...) stays text; `export`
    // writes the exact values for importing again.
    const auto cells = CsvWriter::Cells::SpreadsheetSafe;
    QByteArray out;
    CsvWriter::appendRecord(out, QStringList{QStringLiteral("id")} + InterchangeFormat::names(),
                            cells);
    QStringList fields;
    for (const Event &event : events) {
        fields = {QString::number(event.id)};
        for (int i = 0; i < InterchangeFormat::columnCount; ++i)
            fields << InterchangeFormat::text(event, InterchangeFormat::columnAt(i));
        CsvWriter::appendRecord(out, fields, cells);
    }
    return out;
}
