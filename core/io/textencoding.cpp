#include "textencoding.h"

#include <array>

namespace {
// Windows-1252 bytes 80-9F (the rest is Latin-1); the five it leaves undefined stay C1 codes.
constexpr std::array<char16_t, 32> windows1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// Mac Roman bytes 80-FF.
constexpr std::array<char16_t, 128> macRomanHigh{
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3,
    0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3,
    0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA,
    0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D,
    0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE,
    0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

struct Name
{
    const char *name;
    TextEncoding::Kind kind;
};
constexpr Name aliases[] = {
    {"utf-8", TextEncoding::Kind::Utf8},         {"utf8", TextEncoding::Kind::Utf8},
    {"latin1", TextEncoding::Kind::Latin1},      {"latin-1", TextEncoding::Kind::Latin1},
    {"iso-8859-1", TextEncoding::Kind::Latin1},  {"windows-1252", TextEncoding::Kind::Windows1252},
    {"cp1252", TextEncoding::Kind::Windows1252}, {"macroman", TextEncoding::Kind::MacRoman},
    {"mac-roman", TextEncoding::Kind::MacRoman}, {"macintosh", TextEncoding::Kind::MacRoman},
};
} // namespace

std::optional<TextEncoding::Kind> TextEncoding::fromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (const Name &alias : aliases) {
        if (lower == QLatin1String(alias.name))
            return alias.kind;
    }
    return std::nullopt;
}

QString TextEncoding::name(Kind kind)
{
    switch (kind) {
    case Kind::Utf8:
        return QStringLiteral("utf-8");
    case Kind::Latin1:
        return QStringLiteral("latin1");
    case Kind::Windows1252:
        return QStringLiteral("windows-1252");
    case Kind::MacRoman:
        return QStringLiteral("macroman");
    }
    return {};
}

QStringList TextEncoding::names()
{
    return {name(Kind::Utf8), name(Kind::Latin1), name(Kind::Windows1252), name(Kind::MacRoman)};
}

QByteArray TextEncoding::toUtf8(const QByteArray &bytes, Kind kind)
{
    if (kind == Kind::Utf8)
        return bytes;
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 && kind == Kind::MacRoman)
            text.append(QChar(macRomanHigh[byte - 0x80]));
        else if (byte >= 0x80 && byte < 0xA0 && kind != Kind::Latin1)
            text.append(QChar(windows1252High[byte - 0x80]));
        else // ASCII, Latin-1, and Windows-1252 from 0xA0 on: the byte is the code point
            text.append(QChar(char16_t(byte)));
    }
    return text.toUtf8();
}

TextEncoding::Kind TextEncoding::likely(const QByteArray &bytes)
{
    // Mac Roman's common accented letters (é è ê ë à ä ö ü ç ñ and more) sit at 80-9F, where
    // Windows-1252 has punctuation ('' "" – —) and Latin-1 only control codes.
    qsizetype macLetters = 0;
    qsizetype windowsPunctuation = 0;
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x91 && byte <= 0x97)
            ++windowsPunctuation;
        else if (byte >= 0x80 && byte <= 0x9F)
            ++macLetters;
    }
    const bool crOnly = bytes.contains('\r') && !bytes.contains('\n');
    if (crOnly || macLetters > windowsPunctuation)
        return Kind::MacRoman;
    return Kind::Windows1252;
}
