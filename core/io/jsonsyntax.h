#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

// Checks that bytes are JSON exactly as RFC 8259 has it, which QJsonDocument does not enforce:
// it lets through raw control characters in strings, and more. Refused here, each with where it
// is: a raw control character or an unknown escape (\x, \u12) in a string, a number that is not
// one (5., .5, 01, +1), a trailing comma, a duplicate key, text that is not UTF-8, and anything
// else outside the grammar. Reading stops at the first error, as a parser's must.
class JsonSyntax
{
public:
    struct Error
    {
        int line = 1;   // 1-based, counting "\n"
        int column = 1; // 1-based, in characters (a tab is one)
        QString message;
    };

    // The first error in `bytes` (a UTF-8 byte order mark is skipped), or nullopt if none.
    static std::optional<Error> check(QByteArrayView bytes);
    // Where byte `offset` of `bytes` is, for errors found by another parser.
    static Error locate(QByteArrayView bytes, qsizetype offset, const QString &message);
};
