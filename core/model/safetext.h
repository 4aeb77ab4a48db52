#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// Characters that change how text is shown rather than what it says — control characters and
// bidirectional overrides — and user text made safe to echo: such characters written as visible
// escapes (\x1b, \u202e) and long values cut short. The validator, the messages and the
// terminal output all ask here, so one list of dangerous characters holds everywhere.
class SafeText
{
public:
    // Whether tabs and line breaks (LF, CR) are text here, as in a description.
    enum class Breaks { Refused, Allowed };

    // A C0 control (U+0000–U+001F), DEL, a C1 control (U+0080–U+009F; U+009B starts a terminal
    // command like ESC [ does), or a bidirectional embedding, override or isolate
    // (U+202A–U+202E, U+2066–U+2069), which can make text read differently from how it is stored.
    static bool isUnsafe(char32_t c);
    static bool isDirectionControl(char32_t c);
    // The first unsafe character of `text`, if any.
    static std::optional<char32_t> firstUnsafe(QStringView text, Breaks breaks = Breaks::Refused);

    static QString codePoint(char32_t c); // "U+001B"
    static QString escape(char32_t c);    // "\t", "\n", "\r", "\x1b", "\u202e"

    // `text` with every unsafe character written as its escape, for a terminal or a message.
    static QString visible(QStringView text);
    static QString visible(const QString &text); // the same, shared (not copied) when safe
    // visible(text) cut to about `limit` characters with "…": a value echoed in a message.
    static QString excerpt(QStringView text, qsizetype limit = excerptLength);
    // excerpt(text) in single quotes: 'like this'.
    static QString quoted(QStringView text);

    static constexpr qsizetype excerptLength = 80;
};
