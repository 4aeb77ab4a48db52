#include "jsonreader.h"

#include "eventrecord.h"
#include "issuelog.h"
#include "jsonsyntax.h"
#include "model/safetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {
using Column = InterchangeFormat::Column;

QString keyList()
{
    return InterchangeFormat::jsonKeys().join(QStringLiteral(", "));
}

void readAmount(EventRecord &record, Column column, const QJsonValue &value)
{
    if (!value.isDouble()) {
        record.addError(column, QCoreApplication::translate("JsonReader",
                                                            "must be a number of dollars or null"));
        return;
    }
    const double dollars = value.toDouble();
    if (dollars < 0) {
        record.addError(column, QCoreApplication::translate(
                                    "JsonReader",
                                    "%1 is negative; amounts are whole, non-negative numbers of "
                                    "dollars")
                                    .arg(dollars));
        return;
    }
    if (dollars != std::floor(dollars)) {
        record.addError(
            column, QCoreApplication::translate("JsonReader", "%1 is not a whole number of dollars")
                        .arg(dollars));
        return;
    }
    // toInteger() is exact where toDouble() rounds, so 2^53 + 1 is caught too.
    const qint64 whole = value.toInteger(-1);
    if (dollars > double(InterchangeFormat::maxAmount) || whole < 0 ||
        whole > InterchangeFormat::maxAmount) {
        // Say the number as written where it is whole, not as the double it rounds to.
        const QString written = whole >= 0 ? QString::number(whole) : QString::number(dollars);
        record.addError(column, QCoreApplication::translate("JsonReader",
                                                            "%1 is too large: amounts go up to %2")
                                    .arg(written)
                                    .arg(InterchangeFormat::maxAmount));
        return;
    }
    record.setAmount(column, whole);
}

void readNames(EventRecord &record, Column column, const QJsonValue &value)
{
    const auto wrongType = [&record, column] {
        record.addError(column, QCoreApplication::translate(
                                    "JsonReader", "must be an array of names, like [\"Shan Shan "
                                                  "Wong\", \"Christian Laforte\"]"));
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
    if (column == Column::Investors)
        record.setInvestors(names);
    else
        record.setPeople(names);
}

// `sources`: an array of objects with the keys url, title, outlet and date, each optional.
void readSources(EventRecord &record, const QJsonValue &value)
{
    // Translated only for a message: most events have sources, and most are right.
    const auto form = [] {
        return QCoreApplication::translate(
            "JsonReader", "must be an array of sources, like [{\"url\": \"https://...\", "
                          "\"title\": \"...\", \"outlet\": \"Axios\", \"date\": \"2024-03-23\"}]");
    };
    if (!value.isArray()) {
        record.addError(Column::Sources, form());
        return;
    }
    QList<EventSource> sources;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto where = [i] {
            return QCoreApplication::translate("JsonReader",
                                               "source %1: ", "before what is wrong with it")
                .arg(i + 1);
        };
        if (!array.at(i).isObject()) {
            record.addError(Column::Sources, where() + form());
            return;
        }
        const QJsonObject object = array.at(i).toObject();
        EventSource source;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            if (key != QLatin1String("url") && key != QLatin1String("title") &&
                key != QLatin1String("outlet") && key != QLatin1String("date")) {
                record.addError(Column::Sources,
                                where() + QCoreApplication::translate(
                                              "JsonReader", "%1 is not a key of a source; the keys "
                                                            "are url, title, outlet and date")
                                              .arg(SafeText::quoted(key)));
                return;
            }
            if (!it.value().isString() && !it.value().isNull()) {
                record.addError(Column::Sources, where() + QCoreApplication::translate(
                                                               "JsonReader", "%1 must be a string")
                                                               .arg(SafeText::quoted(key)));
                return;
            }
        }
        source.url = object.value(QLatin1String("url")).toString().trimmed();
        source.title = object.value(QLatin1String("title")).toString();
        source.outlet = object.value(QLatin1String("outlet")).toString().trimmed();
        const QString date = object.value(QLatin1String("date")).toString();
        if (!date.trimmed().isEmpty()) {
            QString why;
            if (const auto parsed = PartialDate::parse(date, &why)) {
                source.date = *parsed;
            } else {
                record.addError(Column::Sources, where() + why);
                return;
            }
        }
        sources << source;
    }
    record.setSources(sources);
}

// Reads one value; a missing key and null both mean the column is empty.
void readValue(EventRecord &record, Column column, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull()) {
        if (column != Column::Sources)
            record.setText(column, QString());
        return;
    }
    switch (column) {
    case Column::People:
    case Column::Investors:
        readNames(record, column, value);
        break;
    case Column::Sources:
        readSources(record, value);
        break;
    case Column::Interim:
        if (value.isBool())
            record.setInterim(value.toBool());
        else
            record.addError(column,
                            QCoreApplication::translate("JsonReader", "must be true or false"));
        break;
    case Column::AmountUsd:
    case Column::ValuationUsd:
        readAmount(record, column, value);
        break;
    default:
        if (value.isString())
            record.setText(column, value.toString());
        else
            record.addError(column, QCoreApplication::translate("JsonReader", "must be a string"));
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
        // As CSV columns: the sources as a CSV file holds them, the first in its own columns.
        const QJsonArray sources = object.value(QLatin1String("sources")).toArray();
        QJsonObject first = sources.isEmpty() ? QJsonObject() : sources.first().toObject();
        QStringList more;
        for (qsizetype i = 1; i < sources.size(); ++i) {
            const QJsonObject source = sources.at(i).toObject();
            QStringList parts;
            for (const char *key : {"url", "date", "outlet", "title"})
                parts << source.value(QLatin1String(key)).toString();
            while (!parts.isEmpty() && parts.back().isEmpty())
                parts.removeLast();
            more << parts.join(QStringLiteral(" | "));
        }
        for (int i = 0; i < InterchangeFormat::columnCount; ++i) {
            const Column column = InterchangeFormat::columnAt(i);
            const QString name = InterchangeFormat::name(column);
            QString text = fieldText(object.value(name));
            if (InterchangeFormat::isFirstSourceColumn(column) && text.isEmpty())
                text = first.value(name.mid(name.indexOf(QLatin1Char('_')) + 1)).toString();
            else if (column == Column::Sources && object.value(name).isArray())
                text = more.join(QLatin1Char('\n'));
            row.fields << text;
        }
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
                     QCoreApplication::translate("JsonReader", "unknown key; the keys are %1")
                         .arg(keyList()));
        }
        EventRecord record;
        for (int i = 0; i < InterchangeFormat::columnCount; ++i) {
            const Column column = InterchangeFormat::columnAt(i);
            readValue(record, column, object.value(InterchangeFormat::name(column)));
        }
        const QList<FieldError> errors = record.errors();
        for (const FieldError &error : errors)
            note(error.column, error.message);
        if (!problems.isEmpty()) {
            reject(index, object, problems);
            return;
        }
        for (const FieldError &warning : record.warnings(errors))
            log.warn(index, warning.column, warning.message, ImportIssue::Position::ArrayIndex);
        events.push_back(record.event());
        lines.push_back(index);
    }
};

// `role_aliases`: [{"title": "Managing Director", "role": "chief_executive"}, ...], as
// `tenure-cli roles --map` makes them. A bad one is a problem of the whole file (line 0).
std::vector<std::pair<QString, RoleVocabulary::Role>> readRoleAliases(IssueLog &log,
                                                                      const QJsonValue &value)
{
    std::vector<std::pair<QString, RoleVocabulary::Role>> aliases;
    if (value.isUndefined() || value.isNull())
        return aliases;
    const QString column = QStringLiteral("role_aliases");
    if (!value.isArray()) {
        log.add(0, column,
                QCoreApplication::translate("JsonReader",
                                            "must be an array of mappings, like [{\"title\": "
                                            "\"Managing Director\", \"role\": "
                                            "\"chief_executive\"}]"));
        return aliases;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString title = object.value(QLatin1String("title")).toString().trimmed();
        const QString key = object.value(QLatin1String("role")).toString();
        const QString where = QCoreApplication::translate(
                                  "JsonReader", "mapping %1: ", "before what is wrong with it")
                                  .arg(i);
        if (!array.at(i).isObject() || object.size() != 2 || title.isEmpty() ||
            !object.value(QLatin1String("role")).isString()) {
            log.add(0, column,
                    where + QCoreApplication::translate("JsonReader",
                                                        "a mapping is an object with a \"title\" "
                                                        "and a \"role\", both strings"));
            continue;
        }
        if (const auto problem = EventValidator::nameProblem(
                title,
                QCoreApplication::translate("JsonReader", "the title", "of a role mapping"))) {
            log.add(0, column, where + *problem);
            continue;
        }
        const auto role = RoleVocabulary::roleForKey(key);
        if (!role) {
            QStringList keys;
            for (const RoleVocabulary::Role known : RoleVocabulary::allRoles())
                keys << RoleVocabulary::key(known);
            log.add(0, column,
                    where + QCoreApplication::translate("JsonReader",
                                                        "%1 is not a role; the roles are %2")
                                .arg(SafeText::quoted(key), keys.join(QStringLiteral(", "))));
            continue;
        }
        aliases.emplace_back(title, *role);
    }
    return aliases;
}

// `notes`: [{"company": "Stability AI", "date": "2024-03-22", "to": "", "text": "..."}, ...], as
// an export writes them. A bad one is a problem of the whole file (line 0), like a mapping.
std::vector<Annotation> readNotes(IssueLog &log, const QJsonValue &value)
{
    std::vector<Annotation> notes;
    if (value.isUndefined() || value.isNull())
        return notes;
    const QString column = QStringLiteral("notes");
    if (!value.isArray()) {
        log.add(0, column,
                QCoreApplication::translate("JsonReader",
                                            "must be an array of notes, like [{\"company\": "
                                            "\"Acme\", \"date\": \"2024-03\", \"to\": \"\", "
                                            "\"text\": \"...\"}]"));
        return notes;
    }
    const QJsonArray array = value.toArray();
    const QStringList keys{QStringLiteral("company"), QStringLiteral("date"), QStringLiteral("to"),
                           QStringLiteral("text")};
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString where =
            QCoreApplication::translate("JsonReader", "note %1: ", "before what is wrong with it")
                .arg(i);
        bool shaped = array.at(i).isObject();
        for (auto it = object.begin(); shaped && it != object.end(); ++it)
            shaped = it.value().isString() && keys.contains(it.key());
        if (!shaped) {
            log.add(0, column,
                    where + QCoreApplication::translate("JsonReader",
                                                        "a note is an object with the strings "
                                                        "\"company\", \"date\", \"to\" and "
                                                        "\"text\""));
            continue;
        }
        Annotation note;
        note.company = object.value(QLatin1String("company")).toString().trimmed();
        note.text = object.value(QLatin1String("text")).toString().trimmed();
        QString problem;
        for (const auto &[key, date] : {std::pair{QLatin1String("date"), &note.from},
                                        std::pair{QLatin1String("to"), &note.to}}) {
            const QString text = object.value(key).toString().trimmed();
            QString error;
            if (text.isEmpty())
                continue;
            if (const auto parsed = PartialDate::parse(text, &error))
                *date = *parsed;
            else if (problem.isEmpty())
                problem = QStringLiteral("%1: %2").arg(key, error);
        }
        if (problem.isEmpty())
            problem = note.problem();
        if (!problem.isEmpty()) {
            log.add(0, column, where + problem);
            continue;
        }
        notes.push_back(note);
    }
    return notes;
}

// A syntax error as "FILE:LINE: column N: the file is not valid JSON: what is wrong".
void logSyntaxError(IssueLog &log, const JsonSyntax::Error &error)
{
    log.add(error.line,
            QCoreApplication::translate("JsonReader", "column %1", "a place in a line")
                .arg(error.column),
            QCoreApplication::translate("JsonReader", "the file is not valid JSON: %1")
                .arg(error.message));
}
} // namespace

ImportBatch JsonReader::read(const QByteArray &bytes, const QString &fileName)
{
    IssueLog log(fileName);
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    if (body.trimmed().isEmpty()) {
        log.add(0, QString(),
                QCoreApplication::translate("JsonReader",
                                            "the file is empty; it must hold an array of events"));
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
    std::vector<std::pair<QString, RoleVocabulary::Role>> aliases;
    std::vector<Annotation> notes;
    QJsonArray array;
    if (document.isObject()) {
        // The export's form: {"role_aliases": [...], "events": [...]}.
        const QJsonObject top = document.object();
        const QJsonValue events = top.value(QLatin1String("events"));
        if (!events.isArray()) {
            log.add(0, QString(),
                    QCoreApplication::translate("JsonReader",
                                                "the file must hold an array of events, "
                                                "[{\"date\": ...}, ...], or an object "
                                                "{\"role_aliases\": [...], \"events\": [...]}"));
            return log.finish({});
        }
        for (auto it = top.begin(); it != top.end(); ++it) {
            if (it.key() != QLatin1String("events") && it.key() != QLatin1String("role_aliases") &&
                it.key() != QLatin1String("notes"))
                log.add(0, SafeText::excerpt(it.key()),
                        QCoreApplication::translate("JsonReader",
                                                    "unknown key; the file's keys are "
                                                    "role_aliases, notes and events"));
        }
        aliases = readRoleAliases(log, top.value(QLatin1String("role_aliases")));
        notes = readNotes(log, top.value(QLatin1String("notes")));
        array = events.toArray();
    } else if (document.isArray()) {
        array = document.array();
    } else {
        log.add(0, QString(),
                QCoreApplication::translate(
                    "JsonReader", "the file must hold an array of events, [{\"date\": ...}, ...]"));
        return log.finish({});
    }
    ObjectReader objects{log, {}, {}, {}};
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            const QString message = QCoreApplication::translate(
                "JsonReader", "each event must be an object {\"date\": ...}");
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
    batch.roleAliases = std::move(aliases);
    batch.notes = std::move(notes);
    return batch;
}
