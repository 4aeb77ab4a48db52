#include "textfolding.h"

#include <QList>

namespace {
// Letters that NFKD leaves whole, with the base letters a reader without them would type. They
// are looked up after case folding, so only the lower-case forms are needed.
QStringView baseLetters(char32_t c)
{
    switch (c) {
    case U'\u00DF': // ß
        return u"ss";
    case U'\u00E6': // æ
        return u"ae";
    case U'\u00F0': // ð
    case U'\u0111': // đ
        return u"d";
    case U'\u00F8': // ø
        return u"o";
    case U'\u00FE': // þ
        return u"th";
    case U'\u0127': // ħ
        return u"h";
    case U'\u0131': // dotless ı
        return u"i";
    case U'\u0142': // ł
        return u"l";
    case U'\u0153': // œ
        return u"oe";
    default:
        return {};
    }
}
} // namespace

namespace TextFolding {

QString words(const QString &text, QStringView keep)
{
    const QList<uint> codePoints =
        text.toCaseFolded().normalized(QString::NormalizationForm_KD).toUcs4();
    QString folded;
    folded.reserve(codePoints.size());
    for (const uint c : codePoints) {
        const QChar::Category category = QChar::category(char32_t(c));
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
            continue; // the accents NFKD took apart from their letters
        if (category == QChar::Other_Format)
            continue; // invisible: soft hyphens, zero-width spaces and joiners
        if (const QStringView base = baseLetters(char32_t(c)); !base.isEmpty())
            folded += base;
        else if (QChar::isLetterOrNumber(char32_t(c)) ||
                 (c <= 0xFFFF && keep.contains(QChar(char16_t(c)))))
            folded += QStringView(QChar::fromUcs4(char32_t(c)));
        else
            folded += u' ';
    }
    // Folding again: a few letters only fold once their accents are gone ("İ" is "I" and a dot).
    return folded.toCaseFolded().simplified();
}

QString nameKey(const QString &name)
{
    return words(name).remove(u' ');
}

QString caseless(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

} // namespace TextFolding
