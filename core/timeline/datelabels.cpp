#include "datelabels.h"

#include "model/textlanguage.h"

#include <QStringBuilder>

#include <array>

namespace {
const std::array<QString, 12> &shortMonths()
{
    static const std::array<QString, 12> names = {
        QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
        QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
        QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    return names;
}

const std::array<QString, 12> &longMonths()
{
    static const std::array<QString, 12> names = {
        QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
        QStringLiteral("April"),   QStringLiteral("May"),      QStringLiteral("June"),
        QStringLiteral("July"),    QStringLiteral("August"),   QStringLiteral("September"),
        QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December")};
    return names;
}

// A partial date's first day as numbers, without going through a QDate and back.
struct Day
{
    int year, month, day;
    explicit Day(const PartialDate &d)
        : year(d.year()), month(d.month() ? d.month() : 1), day(d.day() ? d.day() : 1)
    {}
};
} // namespace

QString DateLabels::written(const PartialDate &date, QString (*monthName)(int))
{
    if (!date.isValid())
        return {};
    switch (date.precision()) {
    case PartialDate::Precision::Year:
        return QString::number(date.year());
    case PartialDate::Precision::Month:
        return monthName(date.month()) % QLatin1Char(' ') % QString::number(date.year());
    case PartialDate::Precision::Day:
        break;
    }
    return QString::number(date.day()) % QLatin1Char(' ') % monthName(date.month()) %
           QLatin1Char(' ') % QString::number(date.year());
}

QString DateLabels::localized(const PartialDate &date, bool longMonths)
{
    return longMonths ? date.toDisplayString() : date.toShortDisplayString();
}

QString DateLabels::shortMonth(int month)
{
    if (month < 1 || month > 12)
        return {};
    const QLocale locale = TextLanguage::locale();
    return TextLanguage::isEnglish(locale) ? shortMonths()[std::size_t(month - 1)]
                                           : locale.monthName(month, QLocale::ShortFormat);
}

QString DateLabels::longMonth(int month)
{
    if (month < 1 || month > 12)
        return {};
    const QLocale locale = TextLanguage::locale();
    return TextLanguage::isEnglish(locale) ? longMonths()[std::size_t(month - 1)]
                                           : locale.monthName(month, QLocale::LongFormat);
}

QString DateLabels::shortMonthYear(QDate date)
{
    if (!TextLanguage::isEnglish(TextLanguage::locale()))
        return localized(PartialDate::ofMonth(date.year(), date.month()), false);
    return shortMonth(date.month()) % QLatin1Char(' ') % QString::number(date.year());
}

QString DateLabels::longMonthYear(QDate date)
{
    if (!TextLanguage::isEnglish(TextLanguage::locale()))
        return localized(PartialDate::ofMonth(date.year(), date.month()), true);
    return longMonth(date.month()) % QLatin1Char(' ') % QString::number(date.year());
}

QString DateLabels::shortSpan(const PartialDate &first, const PartialDate &last)
{
    const Day a(first), b(last);
    if (!TextLanguage::isEnglish(TextLanguage::locale())) {
        const PartialDate from = PartialDate::ofMonth(a.year, a.month);
        const PartialDate to = PartialDate::ofMonth(b.year, b.month);
        if (a.year != b.year || a.month != b.month)
            return localized(from, false) % QStringLiteral(" – ") % localized(to, false);
        if (a.day == b.day)
            return localized(PartialDate::ofDay(a.year, a.month, a.day), false);
        return localized(from, false);
    }
    QString from = shortMonth(a.month) % QLatin1Char(' ') % QString::number(a.year);
    if (a.year != b.year || a.month != b.month)
        return from % QStringLiteral(" – ") % shortMonth(b.month) % QLatin1Char(' ') %
               QString::number(b.year);
    if (a.day == b.day)
        return QString::number(a.day) % QLatin1Char(' ') % from;
    return from;
}

QString DateLabels::shortDate(const PartialDate &date)
{
    if (!TextLanguage::isEnglish(TextLanguage::locale()))
        return localized(date, false);
    return written(date, shortMonth);
}

QString DateLabels::display(const PartialDate &date)
{
    if (!TextLanguage::isEnglish(TextLanguage::locale()))
        return localized(date, true);
    return written(date, longMonth);
}
