#include "csvreader.h"

#include "csvscanner.h"
#include "eventrecord.h"
#include "issuelog.h"
#include "model/safetext.h"
#include "textencoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace {
using Column = InterchangeFormat::Column;

constexpr Column requiredColumns[] = {Column::Date, Column::Company, Column::Type, Column::People,
                                      Column::Role};

QString headerLine()
{
    return InterchangeFormat::names().join(QLatin1Char(','));
}

// The columns in the file's order; a column a rejects file adds (`line`, `problem`) is nullopt,
// so a fixed rejects file imports again as it is.
struct Header
{
    QList<std::optional<Column>> columns;
    QStringList names; // the file's names of the columns that are read
};

bool isRejectsColumn(const QString &name)
{
    return name == QLatin1String("line") || name == QLatin1String("problem");
}

// Reads the header, or says how it is wrong. Columns may come in any order and the optional
// ones may be left out; an unknown or repeated name is an error, so a typo is never dropped.
std::optional<Header> readHeader(const CsvRecord &record, QString *mismatch)
{
    if (!record.problems.isEmpty()) {
        *mismatch = QCoreApplication::translate("CsvReader", "its quotes are not balanced");
        return std::nullopt;
    }
    Header header;
    for (const QByteArray &field : record.fields) {
        const QString name = QString::fromUtf8(field).trimmed();
        if (isRejectsColumn(name)) {
            header.columns.append(std::nullopt);
            continue;
        }
        const auto column = InterchangeFormat::columnNamed(name);
        if (!column) {
            *mismatch = QCoreApplication::translate("CsvReader", "there is an extra column %1")
                            .arg(SafeText::quoted(name));
            return std::nullopt;
        }
        if (header.columns.contains(column)) {
            *mismatch = QCoreApplication::translate("CsvReader", "the column '%1' is there twice")
                            .arg(name);
            return std::nullopt;
        }
        header.columns.append(column);
        header.names.append(name);
    }
    for (const Column column : requiredColumns) {
        if (!header.columns.contains(column)) {
            *mismatch = QCoreApplication::translate("CsvReader", "the column '%1' is missing")
                            .arg(InterchangeFormat::name(column));
            return std::nullopt;
        }
    }
    return header;
}

QString columnNameAt(const Header &header, int index)
{
    return index < header.columns.size() && header.columns.at(index)
               ? InterchangeFormat::name(*header.columns.at(index))
               : QString();
}

class RowReader
{
public:
    RowReader(const Header &header, IssueLog &log, const QByteArray &bytes)
        : m_header(header), m_log(log), m_bytes(bytes)
    {}

    void read(const CsvRecord &record);
    std::vector<Event> events;
    std::vector<int> lines;
    std::vector<RejectedRow> rejected;

private:
    void reject(const CsvRecord &record, const QStringList &problems);
    QString notUtf8();

    const Header &m_header;
    IssueLog &m_log;
    const QByteArray &m_bytes;
    QString m_notUtf8; // the message, with the file's likely encoding, once it is needed
};

QString RowReader::notUtf8()
{
    if (m_notUtf8.isEmpty()) {
        const QString likely = TextEncoding::name(TextEncoding::likely(m_bytes));
        m_notUtf8 = QCoreApplication::translate(
                        "CsvReader", "the text is not valid UTF-8 (the file looks like %1); save "
                                     "the file as UTF-8, or import it with tenure-cli import "
                                     "--encoding %1")
                        .arg(likely);
    }
    return m_notUtf8;
}

void RowReader::reject(const CsvRecord &record, const QStringList &problems)
{
    RejectedRow row;
    row.line = record.line;
    for (int i = 0; i < record.fields.size(); ++i) {
        if (i < m_header.columns.size() && !m_header.columns.at(i))
            continue; // a former rejects file's line and problem
        row.fields << QString::fromUtf8(record.fields.at(i));
    }
    row.problem = problems.join(QStringLiteral("; "));
    rejected.push_back(std::move(row));
}

void RowReader::read(const CsvRecord &record)
{
    QStringList problems;
    const auto note = [&](const QString &column, const QString &message) {
        m_log.add(record.line, column, message);
        problems << (column.isEmpty() ? message : column + QStringLiteral(": ") + message);
    };
    if (!record.problems.isEmpty()) {
        for (const CsvRecord::Problem &problem : record.problems)
            note(columnNameAt(m_header, problem.field), problem.message);
        reject(record, problems);
        return;
    }
    if (record.fields.size() != m_header.columns.size()) {
        note(QString(), QCoreApplication::translate(
                            "CsvReader", "the row has %1 fields where the header has %2; a field "
                                         "with a comma in it must be in quotes")
                            .arg(record.fields.size())
                            .arg(m_header.columns.size()));
        reject(record, problems);
        return;
    }
    EventRecord row;
    for (int i = 0; i < record.fields.size(); ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(record.fields.at(i));
        if (decoder.hasError())
            note(columnNameAt(m_header, i), notUtf8());
        else if (const auto column = m_header.columns.at(i))
            row.setText(*column, text);
    }
    if (!problems.isEmpty()) {
        reject(record, problems);
        return;
    }
    const QList<FieldError> errors = row.errors();
    for (const FieldError &error : errors)
        note(error.column, error.message);
    if (!problems.isEmpty()) {
        reject(record, problems);
        return;
    }
    for (const FieldError &warning : row.warnings(errors))
        m_log.warn(record.line, warning.column, warning.message);
    events.push_back(row.event());
    lines.push_back(record.line);
}
} // namespace

ImportBatch CsvReader::read(const QByteArray &bytes, const QString &fileName)
{
    IssueLog log(fileName);
    CsvScanner scanner(bytes);
    const auto first = scanner.next();
    if (!first) {
        log.add(1, QString(),
                QCoreApplication::translate("CsvReader",
                                            "the file is empty; it must start with the header %1")
                    .arg(headerLine()));
        return log.finish({});
    }
    QString mismatch;
    const auto header = readHeader(*first, &mismatch);
    if (!header) {
        log.add(first->line, QString(),
                QCoreApplication::translate("CsvReader",
                                            "the first line must be the header %1 (only date, "
                                            "company, type, people and role are required), but %2")
                    .arg(headerLine(), mismatch));
        return log.finish({});
    }
    QStringList absent;
    for (int i = 0; i < InterchangeFormat::columnCount; ++i) {
        // A file from before announced dates, reasons, currencies ... is complete as it is.
        const Column column = InterchangeFormat::columnAt(i);
        if (!header->columns.contains(column) && InterchangeFormat::isOriginalColumn(column))
            absent << InterchangeFormat::name(column);
    }
    if (!absent.isEmpty())
        log.warn(first->line, QString(),
                 QCoreApplication::translate(
                     "CsvReader", "the header has no columns %1; they are empty in every row",
                     nullptr, int(absent.size()))
                     .arg(absent.join(QStringLiteral(", "))));
    RowReader rows(*header, log, bytes);
    while (const auto record = scanner.next())
        rows.read(*record);
    ImportBatch batch = log.finish(std::move(rows.events), std::move(rows.lines));
    batch.header = header->names;
    batch.rejected = std::move(rows.rejected);
    return batch;
}
