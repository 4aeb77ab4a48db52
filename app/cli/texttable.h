#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// Rows of text in aligned columns for a terminal: each column as wide as its widest cell up to
// its limit, the last one cut to the width that is left (limited columns give up some room when
// it would be too narrow). Cut text ends in "…".
class TextTable
{
public:
    enum class Align { Left, Right };

    // maxWidth 0: no limit, and never cut (the last column is still cut to fit the line).
    void addColumn(const QString &title, int maxWidth = 0, Align align = Align::Left);
    void addRow(const QStringList &cells);
    qsizetype rowCount() const { return m_rows.size(); }

    // The header and the rows, each line at most `width` characters when the columns allow,
    // handed to `write` one at a time (a large table is not copied whole as lines).
    void writeLines(int width, const std::function<void(const QString &line)> &write) const;

private:
    struct Column
    {
        QString title;
        int maxWidth = 0;
        Align align = Align::Left;
    };
    QList<Column> m_columns;
    QList<QStringList> m_rows;
};
