#include "money.h"

#include "currency.h"
#include "safetext.h"
#include "textlanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

std::optional<Money::Amount> Money::parseAmount(const QString &text, QString *error,
                                                bool *aboutCurrency)
{
    if (aboutCurrency)
        *aboutCurrency = false;
    const auto fail = [&](const QString &why) -> std::optional<Amount> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const auto failOnCurrency = [&](const QString &why) {
        if (aboutCurrency)
            *aboutCurrency = true;
        return fail(why);
    };
    // A symbol or a code before the number, a unit and a code after it: "US$ 1.5B", "EUR 20M",
    // "20M EUR", "£5 million".
    static const QRegularExpression form(
        QStringLiteral("^(?:(US\\$|\\$|\u20ac|\u00a3|\u00a5)|([a-z]{3})(?=[\\s0-9]))?\\s*"
                       "([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(k|thousand|m|mn|million|b|bn|"
                       "billion|t|tn|trillion)?(?:\\s*([a-z]{3}))?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression grouping(
        QStringLiteral("^[0-9]{1,3}(,[0-9]{3})*(\\.[0-9]+)?$"));

    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(QCoreApplication::translate("Money", "an amount is empty"));
    const auto match = form.match(trimmed);
    if (!match.hasMatch())
        return fail(QCoreApplication::translate("Money",
                                                "%1 is not an amount: write 101000000, "
                                                "101,000,000, $101M, 4B, 1.5 billion, €20M or "
                                                "20M EUR")
                        .arg(SafeText::quoted(trimmed)));
    QString currency;
    if (match.hasCaptured(1))
        currency = Currency::fromSymbol(match.captured(1)).value_or(QString());
    for (const int group : {2, 5}) {
        if (!match.hasCaptured(group))
            continue;
        const QString code = match.captured(group).toUpper();
        if (!Currency::isKnown(code))
            return failOnCurrency(
                QCoreApplication::translate(
                    "Money", "%1: '%2' is not an ISO 4217 currency code such as USD, EUR or GBP")
                    .arg(SafeText::quoted(trimmed), code));
        if (!currency.isEmpty() && currency != code)
            return failOnCurrency(
                QCoreApplication::translate("Money", "%1 names two currencies, %2 and %3")
                    .arg(SafeText::quoted(trimmed), currency, code));
        currency = code;
    }
    QString number = match.captured(3);
    if (number.contains(QLatin1Char(','))) {
        if (!grouping.match(number).hasMatch())
            return fail(QCoreApplication::translate(
                            "Money", "%1 has its thousands separators in the wrong places")
                            .arg(SafeText::quoted(trimmed)));
        number.remove(QLatin1Char(','));
    }
    const QString unit = match.captured(4).toLower();
    double scale = 1;
    if (unit.startsWith(QLatin1Char('k')) || unit == QLatin1String("thousand"))
        scale = 1e3;
    else if (unit.startsWith(QLatin1Char('m')))
        scale = 1e6;
    else if (unit.startsWith(QLatin1Char('b')))
        scale = 1e9;
    else if (unit.startsWith(QLatin1Char('t')))
        scale = 1e12;

    if (scale == 1 && number.contains(QLatin1Char('.')))
        return fail(QCoreApplication::translate("Money", "%1 is not a whole number")
                        .arg(SafeText::quoted(trimmed)));
    bool ok = false;
    const double value = number.toDouble(&ok) * scale;
    if (!ok || value > 9.0e15)
        return fail(QCoreApplication::translate("Money", "%1 is too large an amount")
                        .arg(SafeText::quoted(trimmed)));
    return Amount{qint64(std::llround(value)), currency};
}

std::optional<qint64> Money::parse(const QString &text, QString *error)
{
    const auto amount = parseAmount(text, error);
    return amount ? std::optional<qint64>(amount->value) : std::nullopt;
}

namespace {
// Outside English the symbol follows the amount, and the dollar says whose it is: a Spanish
// reader's "$" may be a peso.
QString symbolAfter(const QString &currency)
{
    return currency == Currency::defaultCode() ? QStringLiteral("US$")
                                               : Currency::prefix(currency).trimmed();
}
} // namespace

QString Money::formatShort(qint64 amount, const QString &currency)
{
    struct Unit
    {
        double size;
        const char *suffix;
        const char *words; // outside English: "%1 millones %2", the number and the symbol
    };
    static constexpr Unit units[] = {{1e12, "T", QT_TRANSLATE_N_NOOP("Money", "%1 trillion %2")},
                                     {1e9, "B", QT_TRANSLATE_N_NOOP("Money", "%1 billion %2")},
                                     {1e6, "M", QT_TRANSLATE_N_NOOP("Money", "%1 million %2")},
                                     {1e3, "K", QT_TRANSLATE_N_NOOP("Money", "%1 thousand %2")}};
    const QLocale locale = TextLanguage::locale();
    const bool english = TextLanguage::isEnglish(locale);
    const QString sign = amount < 0 ? QStringLiteral("-") : QString();
    const QString prefix = Currency::prefix(currency);
    const double value = std::abs(double(amount));
    for (const Unit &unit : units) {
        if (value >= unit.size) {
            const double scaled = value / unit.size;
            // One decimal only where it says something: $1.5B, but $101M and $4B.
            const int decimals =
                (scaled < 10 && std::abs(scaled - std::round(scaled)) >= 0.05) ? 1 : 0;
            if (english)
                return sign + prefix + QString::number(scaled, 'f', decimals) +
                       QLatin1String(unit.suffix);
            // The count picks "millón" or "millones"; a fraction counts as many.
            const int count = decimals ? 2 : int(std::lround(scaled));
            return TextLanguage::translate("Money", unit.words, nullptr, count)
                .arg(sign + locale.toString(scaled, 'f', decimals), symbolAfter(currency));
        }
    }
    if (english)
        return sign + prefix + QString::number(qint64(value));
    return sign + locale.toString(qint64(value)) + QLatin1Char(' ') + symbolAfter(currency);
}

QString Money::formatFull(qint64 amount, const QString &currency)
{
    const QLocale locale = TextLanguage::locale();
    if (!TextLanguage::isEnglish(locale))
        return locale.toString(amount) + QLatin1Char(' ') + symbolAfter(currency);
    return Currency::prefix(currency) +
           QLocale(QLocale::English, QLocale::UnitedStates).toString(amount);
}
