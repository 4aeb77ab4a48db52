#include "jsonreader.h"

#include "eventrecord.h"
#include "issuelog.h"
#include "jsonsyntax.h"
#include "model/safetext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {
using Column = InterchangeFormat::Column;

QString keyList()
{
    return InterchangeFormat::names().join(QStringLiteral(", "));
}

void readAmount(EventRecord &record, Column column, const QJsonValue &value)
{
    if (!value.isDouble()) {
        record.addError(column, QStringLiteral("must be a number of dollars or null"));
        return;
    }
    const double dollars = value.toDouble();
    if (dollars < 0) {
        record.addError(column, QStringLiteral("%1 is negative; amounts are whole, non-negative "
                                               "numbers of dollars")
                                    .arg(dollars));
        return;
    }
    if (dollars != std::floor(dollars)) {
        record.addError(column, QStringLiteral("%1 is not a whole number of dollars").arg(dollars));
        return;
    }
    // toInteger() is exact where toDouble() rounds, so 2^53 + 1 is caught too.
    const qint64 whole = value.toInteger(-1);
    if (dollars > double(InterchangeFormat::maxAmount) || whole < 0 ||
        whole > InterchangeFormat::maxAmount) {
        // Say the number as written where it is whole, not as the double it rounds to.
        const QString written = whole >= 0 ? QString::number(whole) : QString::number(dollars);
        record.addError(column, QStringLiteral("%1 is too large: amounts go up to %2")
                                    .arg(written)
                                    .arg(InterchangeFormat::maxAmount));
        return;
    }
    record.setAmount(column, whole);
}

void readPeople(EventRecord &record, const QJsonValue &value)
{
    const auto wrongType = [&record] {
        record.addError(Column::People,
                        QStringLiteral("must be an array of names, like "
                                       "[\"Shan Shan Wong\", \"Christian Laforte\"]"));
    };
    if (!value.isArray()) {
        wrongType();
        return;
    }
    QStringList names;
    for (const QJsonValue name : value.toArray()) {
        if (!name.isString()) {
            wrongType();
            return;
        }
        names << name.toString();
    }
    record.setPeople(names);
}

// Reads one value; a missing key and null both mean the column is empty.
void readValue(EventRecord &record, Column column, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull()) {
        record.setText(column, QString());
        return;
    }
    switch (column) {
    case Column::People:
        readPeople(record, value);
        break;
    case Column::Interim:
        if (value.isBool())
            record.setInterim(value.toBool());
        else
            record.addError(column, QStringLiteral("must be true or false"));
        break;
    case Column::AmountUsd:
    case Column::ValuationUsd:
        readAmount(record, column, value);
        break;
    default:
        if (value.isString())
            record.setText(column, value.toString());
        else
            record.addError(column, QStringLiteral("must be a string"));
    }
}

// A value as a CSV field would hold it, for the rejects file.
QString fieldText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const qint64 whole = value.toInteger(-1);
        return whole >= 0 && double(whole) == value.toDouble() ? QString::number(whole)
                                                               : QString::number(value.toDouble());
    }
    case QJsonValue::Array: {
        QStringList names;
        bool allText = true;
        for (const QJsonValue item : value.toArray()) {
            allText = allText && item.isString();
            names << item.toString();
        }
        if (allText)
            return names.join(QLatin1Char(InterchangeFormat::peopleSeparator));
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

struct ObjectReader
{
    IssueLog &log;
    std::vector<Event> events;
    std::vector<int> lines;
    std::vector<RejectedRow> rejected;

    void reject(int index, const QJsonObject &object, const QStringList &problems)
    {
        RejectedRow row;
        row.line = index;
        for (const QString &name : InterchangeFormat::names())
            row.fields << fieldText(object.value(name));
        row.problem = problems.join(QStringLiteral("; "));
        rejected.push_back(std::move(row));
    }

    void read(const QJsonObject &object, int index)
    {
        QStringList problems;
        const auto note = [&](const QString &column, const QString &message) {
            log.add(index, column, message, ImportIssue::Position::ArrayIndex);
            problems << column + QStringLiteral(": ") + message;
        };
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!InterchangeFormat::columnNamed(it.key()))
                note(SafeText::excerpt(it.key()),
                     QStringLiteral("unknown key; the keys are %1").arg(keyList()));
        }
        EventRecord record;
        for (int i = 0; i < InterchangeFormat::columnCount; ++i) {
            const Column column = InterchangeFormat::columnAt(i);
            readValue(record, column, object.value(InterchangeFormat::name(column)));
        }
        for (const FieldError &error : record.errors())
            note(error.column, error.message);
        if (!problems.isEmpty()) {
            reject(index, object, problems);
            return;
        }
        for (const FieldError &warning : record.warnings())
            log.warn(index, warning.column, warning.message, ImportIssue::Position::ArrayIndex);
        events.push_back(record.event());
        lines.push_back(index);
    }
};

// A syntax error as "FILE:LINE: column N: the file is not valid JSON: what is wrong".
void logSyntaxError(IssueLog &log, const JsonSyntax::Error &error)
{
    log.add(error.line, QStringLiteral("column %1").arg(error.column),
            QStringLiteral("the file is not valid JSON: %1").arg(error.message));
}
} // namespace

ImportBatch JsonReader::read(const QByteArray &bytes, const QString &fileName)
{
    IssueLog log(fileName);
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    if (body.trimmed().isEmpty()) {
        log.add(0, QString(), QStringLiteral("the file is empty; it must hold an array of events"));
        return log.finish({});
    }
    // QJsonDocument lets some things outside the grammar through (raw control characters in
    // strings, for one), so the file is held to RFC 8259 first, with the line and column.
    if (const auto error = JsonSyntax::check(body)) {
        logSyntaxError(log, *error);
        return log.finish({});
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) { // a limit of Qt's, such as nesting depth
        logSyntaxError(log, JsonSyntax::locate(body, error.offset, error.errorString()));
        return log.finish({});
    }
    if (!document.isArray()) {
        log.add(0, QString(),
                QStringLiteral("the file must hold an array of events, [{\"date\": ...}, ...], "
                               "not a single object"));
        return log.finish({});
    }
    const QJsonArray array = document.array();
    ObjectReader objects{log, {}, {}, {}};
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            const QString message = QStringLiteral("each event must be an object {\"date\": ...}");
            log.add(i, QString(), message, ImportIssue::Position::ArrayIndex);
            objects.rejected.push_back({i, {}, message});
            continue;
        }
        objects.read(array.at(i).toObject(), i);
    }
    ImportBatch batch = log.finish(std::move(objects.events), std::move(objects.lines));
    batch.header = InterchangeFormat::names();
    batch.rejected = std::move(objects.rejected);
    batch.position = ImportIssue::Position::ArrayIndex;
    return batch;
}
