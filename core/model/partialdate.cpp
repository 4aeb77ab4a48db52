#include "partialdate.h"

#include "safetext.h"
#include "textlanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cstdio>

PartialDate PartialDate::ofYear(int year)
{
    return QDate::isValid(year, 1, 1) ? PartialDate(year, 0, 0) : PartialDate();
}

PartialDate PartialDate::ofMonth(int year, int month)
{
    return QDate::isValid(year, month, 1) ? PartialDate(year, month, 0) : PartialDate();
}

PartialDate PartialDate::ofDay(int year, int month, int day)
{
    return QDate::isValid(year, month, day) ? PartialDate(year, month, day) : PartialDate();
}

PartialDate PartialDate::fromDate(QDate date, Precision precision)
{
    if (!date.isValid())
        return {};
    switch (precision) {
    case Precision::Year:
        return ofYear(date.year());
    case Precision::Month:
        return ofMonth(date.year(), date.month());
    case Precision::Day:
        return ofDay(date.year(), date.month(), date.day());
    }
    return {};
}

std::optional<PartialDate> PartialDate::parse(QStringView text, QString *error)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto fail = [error](const QString &why) -> std::optional<PartialDate> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    // In the program's language, as the messages of the faces that show them.
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return fail(QCoreApplication::translate(
            "PartialDate", "a date is required (YYYY, YYYY-MM or YYYY-MM-DD)"));
    const auto match = form.match(trimmed);
    if (!match.hasMatch())
        return fail(QCoreApplication::translate("PartialDate",
                                                "%1 is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
                        .arg(SafeText::quoted(trimmed)));
    const int year = match.captured(1).toInt();
    if (year < 1)
        return fail(QCoreApplication::translate("PartialDate",
                                                "%1 is not a date: the year must be 0001 or later")
                        .arg(SafeText::quoted(trimmed)));
    if (!match.hasCaptured(2))
        return ofYear(year);
    const int month = match.captured(2).toInt();
    if (month < 1 || month > 12)
        return fail(
            QCoreApplication::translate("PartialDate", "%1 is not a date: there is no month %2")
                .arg(SafeText::quoted(trimmed))
                .arg(month));
    if (!match.hasCaptured(3))
        return ofMonth(year, month);
    const int day = match.captured(3).toInt();
    if (!QDate::isValid(year, month, day))
        return fail(QCoreApplication::translate("PartialDate", "%1 is not a calendar date")
                        .arg(SafeText::quoted(trimmed)));
    return ofDay(year, month, day);
}

PartialDate::Precision PartialDate::precision() const
{
    if (m_day != 0)
        return Precision::Day;
    if (m_month != 0)
        return Precision::Month;
    return Precision::Year;
}

QDate PartialDate::firstDay() const
{
    if (!isValid())
        return {};
    return QDate(m_year, m_month ? m_month : 1, m_day ? m_day : 1);
}

QDate PartialDate::lastDay() const
{
    if (!isValid())
        return {};
    if (m_day)
        return firstDay();
    if (m_month)
        return QDate(m_year, m_month, 1).addMonths(1).addDays(-1);
    return QDate(m_year, 12, 31);
}

QString PartialDate::toString() const
{
    if (!isValid())
        return {};
    // Formatted at once: QString::arg's parsing of three patterns was a twentieth of the time
    // `tenure-cli list` took for a company's thousands of events.
    char text[32];
    const int size =
        m_day     ? std::snprintf(text, sizeof text, "%04d-%02d-%02d", m_year, m_month, m_day)
        : m_month ? std::snprintf(text, sizeof text, "%04d-%02d", m_year, m_month)
                  : std::snprintf(text, sizeof text, "%04d", m_year);
    return QString::fromLatin1(text, size);
}

QString PartialDate::toDisplayString() const
{
    return written(false);
}

QString PartialDate::toShortDisplayString() const
{
    return written(true);
}

QString PartialDate::written(bool shortMonths) const
{
    if (!isValid())
        return {};
    const QLocale locale = TextLanguage::locale();
    // English keeps its fixed form whatever the country ("22 March 2024", never "3/22/24").
    const QLocale writing = TextLanguage::isEnglish(locale) ? QLocale::c() : locale;
    // The patterns are QLocale date formats, translated with the texts: "d 'de' MMMM 'de' yyyy".
    const char *pattern = nullptr;
    switch (precision()) {
    case Precision::Year:
        return QString::number(m_year);
    case Precision::Month:
        pattern = shortMonths ? QT_TRANSLATE_NOOP("PartialDate", "MMM yyyy")
                              : QT_TRANSLATE_NOOP("PartialDate", "MMMM yyyy");
        break;
    case Precision::Day:
        pattern = shortMonths ? QT_TRANSLATE_NOOP("PartialDate", "d MMM yyyy")
                              : QT_TRANSLATE_NOOP("PartialDate", "d MMMM yyyy");
        break;
    }
    const QString format = TextLanguage::isEnglish(locale)
                               ? QString::fromLatin1(pattern)
                               : TextLanguage::translate("PartialDate", pattern);
    return writing.toString(firstDay(), format);
}

std::strong_ordering PartialDate::operator<=>(const PartialDate &other) const
{
    if (auto c = firstDay().toJulianDay() <=> other.firstDay().toJulianDay(); std::is_neq(c))
        return c;
    return static_cast<int>(precision()) <=> static_cast<int>(other.precision());
}
