#include "csvreader.h"

#include "csvscanner.h"
#include "eventrecord.h"
#include "issuelog.h"
#include "model/safetext.h"

#include <QStringDecoder>

namespace {
QString headerLine()
{
    return InterchangeFormat::names().join(QLatin1Char(','));
}

// Says how `found` differs from the header, or returns an empty string when it is the header.
QString headerMismatch(const CsvRecord &record)
{
    if (!record.problems.isEmpty())
        return QStringLiteral("its quotes are not balanced");
    const QStringList expected = InterchangeFormat::names();
    for (int i = 0; i < expected.size(); ++i) {
        if (i >= record.fields.size())
            return QStringLiteral("the column '%1' is missing").arg(expected.at(i));
        const QString found = QString::fromUtf8(record.fields.at(i));
        if (found != expected.at(i))
            return QStringLiteral("found %1 where '%2' belongs")
                .arg(SafeText::quoted(found), expected.at(i));
    }
    if (record.fields.size() > expected.size())
        return QStringLiteral("there is an extra column %1")
            .arg(SafeText::quoted(QString::fromUtf8(record.fields.at(expected.size()))));
    return {};
}

QString columnNameAt(int index)
{
    return index < InterchangeFormat::columnCount
               ? InterchangeFormat::name(InterchangeFormat::columnAt(index))
               : QString();
}

// One row's fields as text, or nullopt after logging every field that is not UTF-8.
std::optional<QStringList> decodeFields(const CsvRecord &record, IssueLog &log)
{
    QStringList texts;
    bool ok = true;
    for (int i = 0; i < record.fields.size(); ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        texts << decoder.decode(record.fields.at(i));
        if (decoder.hasError()) {
            log.add(record.line, columnNameAt(i),
                    QStringLiteral("the text is not valid UTF-8; save the file as UTF-8"));
            ok = false;
        }
    }
    return ok ? std::optional(texts) : std::nullopt;
}

// Reads one data row into `events`, or logs what is wrong with it.
void readRow(const CsvRecord &record, IssueLog &log, std::vector<Event> &events)
{
    if (!record.problems.isEmpty()) {
        for (const CsvRecord::Problem &problem : record.problems)
            log.add(record.line, columnNameAt(problem.field), problem.message);
        return;
    }
    if (record.fields.size() != InterchangeFormat::columnCount) {
        log.add(record.line, QString(),
                QStringLiteral("the row has %1 fields where the header has %2; a field with a "
                               "comma in it must be in quotes")
                    .arg(record.fields.size())
                    .arg(InterchangeFormat::columnCount));
        return;
    }
    const auto texts = decodeFields(record, log);
    if (!texts)
        return;
    EventRecord row;
    for (int i = 0; i < InterchangeFormat::columnCount; ++i)
        row.setText(InterchangeFormat::columnAt(i), texts->at(i));
    const QList<FieldError> errors = row.errors();
    for (const FieldError &error : errors)
        log.add(record.line, error.column, error.message);
    if (errors.isEmpty() && log.isEmpty())
        events.push_back(row.event());
}
} // namespace

ImportBatch CsvReader::read(const QByteArray &bytes, const QString &fileName)
{
    IssueLog log(fileName);
    CsvScanner scanner(bytes);
    const auto header = scanner.next();
    if (!header) {
        log.add(1, QString(),
                QStringLiteral("the file is empty; it must start with the header %1")
                    .arg(headerLine()));
        return log.finish({});
    }
    if (const QString mismatch = headerMismatch(*header); !mismatch.isEmpty()) {
        log.add(header->line, QString(),
                QStringLiteral("the first line must be the header %1, but %2")
                    .arg(headerLine(), mismatch));
        return log.finish({});
    }
    std::vector<Event> events;
    while (const auto record = scanner.next())
        readRow(*record, log, events);
    return log.finish(std::move(events));
}
