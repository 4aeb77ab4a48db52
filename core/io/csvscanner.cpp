#include "csvscanner.h"

CsvScanner::CsvScanner(QByteArrayView bytes) : m_bytes(bytes)
{
    if (m_bytes.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvScanner::atFieldEnd() const
{
    return atEnd() || peek() == ',' || peek() == '\n' || peek() == '\r';
}

void CsvScanner::skipLineBreak()
{
    if (peek() == '\r' && m_pos + 1 < m_bytes.size() && m_bytes.at(m_pos + 1) == '\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
}

std::optional<CsvRecord> CsvScanner::next()
{
    while (!atEnd() && (peek() == '\n' || peek() == '\r'))
        skipLineBreak();
    if (atEnd())
        return std::nullopt;

    CsvRecord record;
    record.line = m_line;
    for (;;) {
        const bool quoted = peek() == '"';
        if (quoted)
            ++m_pos;
        record.fields.append(quoted ? readQuoted(record) : readUnquoted(record));
        if (atEnd())
            return record;
        if (peek() != ',') {
            skipLineBreak();
            return record;
        }
        ++m_pos;
        if (atEnd()) { // "a,b," ends with an empty field
            record.fields.append(QByteArray());
            return record;
        }
    }
}

QByteArray CsvScanner::readQuoted(CsvRecord &record)
{
    const int field = int(record.fields.size());
    const int openedOn = m_line;
    QByteArray text;
    while (!atEnd()) {
        const char c = peek();
        if (c == '"') {
            if (m_pos + 1 < m_bytes.size() && m_bytes.at(m_pos + 1) == '"') {
                text += '"';
                m_pos += 2;
                continue;
            }
            ++m_pos;
            if (atFieldEnd())
                return text;
            record.problems.append(
                {field, tr("a quoted field must end at its closing quote; write a quote inside "
                           "it as \"\"")});
            return readUnquoted(record, text);
        }
        // Line breaks inside quotes are text, but still lines of the file.
        if (c == '\r' && m_pos + 1 < m_bytes.size() && m_bytes.at(m_pos + 1) == '\n') {
            text += "\r\n";
            m_pos += 2;
            ++m_line;
            continue;
        }
        if (c == '\n' || c == '\r')
            ++m_line;
        text += c;
        ++m_pos;
    }
    record.problems.append(
        {field, tr("the quote opened on line %1 is never closed").arg(openedOn)});
    return text;
}

QByteArray CsvScanner::readUnquoted(CsvRecord &record, QByteArray field)
{
    bool strayQuote = false;
    const qsizetype start = m_pos;
    while (!atFieldEnd()) {
        strayQuote = strayQuote || peek() == '"';
        ++m_pos;
    }
    field += m_bytes.sliced(start, m_pos - start);
    const int index = int(record.fields.size());
    const bool reported = !record.problems.isEmpty() && record.problems.last().field == index;
    if (strayQuote && !reported)
        record.problems.append(
            {index, tr("a field with a quote in it must be in quotes, with the quote doubled: "
                       "\"say \"\"hi\"\"\"")});
    return field;
}
