#pragma once

#include <QByteArray>
#include <QString>

// Where tenure-cli's output goes: results on stdout, problems on stderr as
// "tenure-cli: what is wrong", all in UTF-8.
class TextTable;

class Console
{
public:
    void print(const QString &line);         // a line of results on stdout
    void write(const QByteArray &bytes);     // bytes on stdout as they are (an exported file)
    void error(const QString &message);      // "tenure-cli: message" on stderr
    void errorLine(const QString &line);     // a line on stderr as it is ("FILE:LINE: ...")
    void printTable(const TextTable &table); // fitted to width()

    // Columns to fit a table into: the terminal's width, else $COLUMNS, else a wide default, so
    // output piped to a file stays the same from one run to the next.
    int width() const;
};
