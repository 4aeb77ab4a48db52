#include "lenientvalues.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace LenientValues {

std::optional<QString> paddedDate(const QString &text)
{
    static const QRegularExpression loose(QStringLiteral("^(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?$"));
    const auto match = loose.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString padded = match.captured(1) + QLatin1Char('-') +
                     match.captured(2).rightJustified(2, QLatin1Char('0'));
    if (match.hasCaptured(3))
        padded += QLatin1Char('-') + match.captured(3).rightJustified(2, QLatin1Char('0'));
    if (padded == text.trimmed())
        return std::nullopt;
    return padded;
}

std::optional<QString> urlWithScheme(const QString &text)
{
    // A host of labels with at least one dot and a top-level name of letters, then a path or the
    // end: "www.x.org", "example.org/a". Anything with "://" or a scheme is left to the validator.
    static const QRegularExpression host(QStringLiteral(
        "^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}(?:[/?#]\\S*)?$"));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1String("://")) ||
        !host.match(trimmed).hasMatch())
        return std::nullopt;
    return QStringLiteral("https://") + trimmed;
}

QString suspiciousDate(const PartialDate &date, QDate today)
{
    const QDate firstDay = date.firstDay();
    if (!firstDay.isValid())
        return {};
    if (firstDay.year() < 1800)
        return QCoreApplication::translate("LenientValues",
                                           "%1 is before 1800; is it a placeholder?")
            .arg(date.toString());
    if (firstDay > today.addYears(1))
        return QCoreApplication::translate("LenientValues", "%1 is more than a year in the future")
            .arg(date.toString());
    return {};
}

QString placeholderDate(const PartialDate &date)
{
    if (date.precision() != PartialDate::Precision::Day)
        return {};
    static const QList<QDate> placeholders{QDate(1899, 12, 30), QDate(1899, 12, 31),
                                           QDate(1900, 1, 1),   QDate(1904, 1, 1),
                                           QDate(1960, 1, 1),   QDate(1970, 1, 1)};
    if (!placeholders.contains(date.firstDay()))
        return {};
    return QCoreApplication::translate("LenientValues",
                                       "%1 looks like a placeholder date (what a spreadsheet or a "
                                       "program writes for no date), not a real one")
        .arg(date.toString());
}

bool looksLikeSpreadsheetDebris(const QString &name)
{
    const QString trimmed = name.trimmed();
    return trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1Char('='));
}

bool looksLikeMojibake(const QString &text)
{
    // The lead bytes of two-byte UTF-8 (C2, C3) read as Latin-1 are Â and Ã, followed by what a
    // continuation byte (80-BF) reads as; three-byte punctuation (E2 80 xx) reads as "â€".
    static const QRegularExpression pattern(
        QStringLiteral("[\\x{00C2}\\x{00C3}][\\x{00A0}-\\x{00BF}\\x{0152}\\x{0153}\\x{0160}"
                       "\\x{0161}\\x{0178}\\x{017D}\\x{017E}\\x{0192}\\x{02C6}\\x{02DC}\\x{2013}"
                       "\\x{2014}\\x{2018}-\\x{201E}\\x{2020}-\\x{2022}\\x{2026}\\x{2030}\\x{2039}"
                       "\\x{203A}\\x{20AC}\\x{2122}]|\\x{00E2}\\x{20AC}"));
    return text.contains(pattern);
}

} // namespace LenientValues
