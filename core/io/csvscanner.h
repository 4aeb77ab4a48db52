#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// One CSV record as raw bytes, with where it starts and what was wrong with its quoting.
struct CsvRecord
{
    struct Problem
    {
        int field = 0; // index of the field the problem is in
        QString message;
    };
    int line = 0; // physical line (1-based) where the record starts
    QList<QByteArray> fields;
    QList<Problem> problems;
};

// Splits CSV bytes into records by RFC 4180: commas between fields, quoted fields that may hold
// commas, quotes ("") and line breaks. Lines end in LF, CRLF or CR; blank lines are skipped. It
// works on bytes, since no byte of a multi-byte UTF-8 character is a comma, quote or line break.
class CsvScanner
{
    Q_DECLARE_TR_FUNCTIONS(CsvScanner)

public:
    explicit CsvScanner(QByteArrayView bytes); // skips a UTF-8 byte order mark

    // The next record, or nullopt at the end.
    std::optional<CsvRecord> next();

private:
    bool atEnd() const { return m_pos >= m_bytes.size(); }
    char peek() const { return m_bytes.at(m_pos); }
    bool atFieldEnd() const;
    void skipLineBreak();
    QByteArray readQuoted(CsvRecord &record);
    QByteArray readUnquoted(CsvRecord &record, QByteArray field = {});

    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    int m_line = 1;
};
