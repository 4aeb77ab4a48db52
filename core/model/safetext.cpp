#include "safetext.h"

#include <limits>

bool SafeText::isDirectionControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool SafeText::isUnsafe(char32_t c)
{
    // U+FEFF too: an invisible byte-order mark that file readers drop at the start of a value,
    // so a value holding one would not survive an export and import.
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFEFF || isDirectionControl(c);
}

std::optional<char32_t> SafeText::firstUnsafe(QStringView text, Breaks breaks)
{
    // Every unsafe character is in the BMP, so UTF-16 units will do.
    for (const QChar unit : text) {
        const char32_t c = unit.unicode();
        const bool isBreak = c == U'\t' || c == U'\n' || c == U'\r';
        if (isUnsafe(c) && !(isBreak && breaks == Breaks::Allowed))
            return c;
    }
    return std::nullopt;
}

QString SafeText::codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

QString SafeText::escape(char32_t c)
{
    switch (c) {
    case U'\t':
        return QStringLiteral("\\t");
    case U'\n':
        return QStringLiteral("\\n");
    case U'\r':
        return QStringLiteral("\\r");
    default:
        break;
    }
    if (c <= 0xFF)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

QString SafeText::visible(QStringView text)
{
    if (!firstUnsafe(text))
        return text.toString();
    return excerpt(text, std::numeric_limits<qsizetype>::max());
}

QString SafeText::visible(const QString &text)
{
    return firstUnsafe(text) ? visible(QStringView(text)) : text;
}

QString SafeText::excerpt(QStringView text, qsizetype limit)
{
    QString shown;
    qsizetype fits = 0; // where to cut: the last boundary that leaves room for "…"
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (shown.size() < limit)
            fits = shown.size();
        const QChar unit = text[i];
        if (isUnsafe(unit.unicode())) {
            shown += escape(unit.unicode());
        } else {
            shown += unit;
            // A surrogate pair is one character: never cut between its halves.
            if (unit.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
                shown += text[++i];
        }
        if (shown.size() > limit) {
            // Never split an escape or a surrogate pair.
            shown.truncate(fits);
            while (shown.endsWith(QLatin1Char(' ')))
                shown.chop(1);
            return shown + QChar(0x2026);
        }
    }
    return shown;
}

QString SafeText::quoted(QStringView text)
{
    return QLatin1Char('\'') + excerpt(text) + QLatin1Char('\'');
}
