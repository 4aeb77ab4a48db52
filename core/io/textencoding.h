#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// The 8-bit encodings old exports come in (Latin-1, Windows-1252, Mac Roman) and how to turn
// them into the UTF-8 the readers take. Qt 6.4's QStringDecoder knows Latin-1 only, so
// Windows-1252 and Mac Roman are tables here: each is ASCII plus 128 code points of its own.
class TextEncoding
{
public:
    enum class Kind { Utf8, Latin1, Windows1252, MacRoman };

    // "utf-8", "latin1" (or "latin-1", "iso-8859-1"), "windows-1252" ("cp1252"), "macroman"
    // ("mac-roman", "macintosh"), any case; nullopt for another name.
    static std::optional<Kind> fromName(const QString &name);
    static QString name(Kind kind); // "utf-8", "latin1", "windows-1252", "macroman"
    static QStringList names();

    static QByteArray toUtf8(const QByteArray &bytes, Kind kind);
    // Which 8-bit encoding bytes that are not UTF-8 are most likely in: Mac Roman when the
    // bytes 80-9F are mostly its accented letters or the lines end in CR alone, otherwise
    // Windows-1252 (which reads Latin-1 text the same but for control codes nobody writes).
    static Kind likely(const QByteArray &bytes);
};
