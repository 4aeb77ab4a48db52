#pragma once

#include <QByteArray>
#include <QString>

class TextTable;

// Where tenure-cli's output goes: results on stdout, problems on stderr as
// "tenure-cli: what is wrong", all in UTF-8. What is printed for people to read never carries a
// raw control character or direction override (a name could hold ESC [2J or U+202E): they are
// written visibly, as \x1b or \u202e, one line stays one line. Only write() passes bytes as they
// are, for files and machine formats (export, --format json) that must round-trip.
class Console
{
public:
    void print(const QString &line);         // a line of results on stdout, escaped
    void write(const QByteArray &bytes);     // bytes on stdout as they are (an exported file)
    void error(const QString &message);      // "tenure-cli: message" on stderr, escaped
    void errorLine(const QString &line);     // a line on stderr, escaped ("FILE:LINE: ...")
    void printTable(const TextTable &table); // fitted to width()

    // Columns to fit a table into: the terminal's width, else $COLUMNS, else a wide default, so
    // output piped to a file stays the same from one run to the next.
    int width() const;
};
