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

void readObject(const QJsonObject &object, int index, IssueLog &log, std::vector<Event> &events)
{
    bool ok = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!InterchangeFormat::columnNamed(it.key())) {
            log.add(index, SafeText::excerpt(it.key()),
                    QStringLiteral("unknown key; the keys are %1").arg(keyList()),
                    ImportIssue::Position::ArrayIndex);
            ok = false;
        }
    }
    EventRecord record;
    for (int i = 0; i < InterchangeFormat::columnCount; ++i) {
        const Column column = InterchangeFormat::columnAt(i);
        readValue(record, column, object.value(InterchangeFormat::name(column)));
    }
    const QList<FieldError> errors = record.errors();
    for (const FieldError &error : errors)
        log.add(index, error.column, error.message, ImportIssue::Position::ArrayIndex);
    if (ok && errors.isEmpty())
        events.push_back(record.event());
}

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
    std::vector<Event> events;
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            log.add(i, QString(), QStringLiteral("each event must be an object {\"date\": ...}"),
                    ImportIssue::Position::ArrayIndex);
            continue;
        }
        readObject(array.at(i).toObject(), i, log, events);
    }
    return log.finish(std::move(events));
}
