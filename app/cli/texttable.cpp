#include "texttable.h"

#include "model/safetext.h"

#include <algorithm>

namespace {
constexpr int gap = 2;                    // spaces between columns
constexpr int comfortableLastColumn = 30; // limited columns shrink to give the last this much
constexpr int narrowestColumn = 12;       // but no further than this
constexpr int narrowestLastColumn = 16;   // below this a cut description says too little

// Whether QString::simplified() would change `text`: most cells are already simple, and the
// check costs less than the copy simplified() makes (a long list's rows are thousands of cells).
bool needsSimplifying(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text[i].isSpace())
            continue;
        if (text[i] != QLatin1Char(' ') || i == 0 || i + 1 == text.size() || text[i + 1].isSpace())
            return true;
    }
    return false;
}

QString cut(const QString &text, int width)
{
    if (text.size() <= width)
        return text;
    if (width <= 1)
        return text.left(width);
    return text.left(width - 1).trimmed() + QChar(0x2026); // …
}
} // namespace

void TextTable::addColumn(const QString &title, int maxWidth, Align align)
{
    m_columns.append({title, maxWidth, align});
}

void TextTable::addRow(const QStringList &cells)
{
    QStringList row;
    row.reserve(cells.size());
    for (const QString &cell : cells)
        // A line break in a description would break the table; an escape sequence in a name
        // would command the terminal. Escaped before measuring, so the columns stay aligned.
        row.append(SafeText::visible(needsSimplifying(cell) ? cell.simplified() : cell));
    m_rows.append(row);
}

void TextTable::writeLines(int width, const std::function<void(const QString &line)> &write) const
{
    const qsizetype count = m_columns.size();
    QList<int> widths(count, 0);
    for (qsizetype c = 0; c < count; ++c) {
        int widest = int(m_columns[c].title.size());
        for (const QStringList &row : m_rows)
            widest = std::max(widest, c < row.size() ? int(row[c].size()) : 0);
        widths[c] = m_columns[c].maxWidth > 0 ? std::min(widest, m_columns[c].maxWidth) : widest;
    }
    if (count > 0) {
        // Room for the last column: take it from the widest limited columns first, down to a
        // floor, so a long list of people does not leave the description three letters wide.
        const auto used = [&] {
            int sum = 0;
            for (qsizetype c = 0; c + 1 < count; ++c)
                sum += widths[c] + gap;
            return sum;
        };
        const int wanted = std::min(widths[count - 1], comfortableLastColumn);
        while (width - used() < wanted) {
            qsizetype widest = -1;
            for (qsizetype c = 0; c + 1 < count; ++c) {
                if (m_columns[c].maxWidth > 0 && widths[c] > narrowestColumn &&
                    (widest < 0 || widths[c] > widths[widest]))
                    widest = c;
            }
            if (widest < 0)
                break;
            --widths[widest];
        }
        widths[count - 1] =
            std::min(widths[count - 1], std::max(width - used(), narrowestLastColumn));
    }

    qsizetype lineWidth = 0;
    for (const int columnWidth : widths)
        lineWidth += columnWidth + gap;
    const auto format = [&](const QStringList &cells) {
        QString line;
        line.reserve(lineWidth);
        const auto pad = [&line](qsizetype spaces) {
            if (spaces > 0)
                line.resize(line.size() + spaces, QLatin1Char(' '));
        };
        for (qsizetype c = 0; c < count; ++c) {
            const QString text = cut(c < cells.size() ? cells[c] : QString(), widths[c]);
            if (c > 0)
                pad(gap);
            const bool right = m_columns[c].align == Align::Right;
            if (right)
                pad(widths[c] - text.size());
            line.append(text);
            if (!right && c + 1 < count) // the last column's padding would be cut off below
                pad(widths[c] - text.size());
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        return line;
    };

    QStringList titles;
    for (const Column &column : m_columns)
        titles.append(column.title);
    write(format(titles));
    for (const QStringList &row : m_rows)
        write(format(row));
}
