#include "currency.h"

#include <QSet>

namespace {
// ISO 4217, active codes (2024), without the funds and precious-metal codes.
const QSet<QString> &knownCodes()
{
    static const QSet<QString> codes = [] {
        const char *const list[] = {
            "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD",
            "BDT", "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN",
            "BZD", "CAD", "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF",
            "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS",
            "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR",
            "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW",
            "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA",
            "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD",
            "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN",
            "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD",
            "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT",
            "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES",
            "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL"};
        QSet<QString> set;
        for (const char *code : list)
            set.insert(QLatin1String(code));
        return set;
    }();
    return codes;
}
} // namespace

bool Currency::isKnown(QStringView code)
{
    return knownCodes().contains(code.toString());
}

std::optional<QString> Currency::fromSymbol(QStringView symbol)
{
    if (symbol == u"$" || symbol == u"US$")
        return QStringLiteral("USD");
    if (symbol == u"\u20ac")
        return QStringLiteral("EUR");
    if (symbol == u"\u00a3")
        return QStringLiteral("GBP");
    if (symbol == u"\u00a5")
        return QStringLiteral("JPY");
    return std::nullopt;
}

QString Currency::prefix(const QString &code)
{
    if (code.isEmpty() || code == QLatin1String("USD"))
        return QStringLiteral("$");
    if (code == QLatin1String("EUR"))
        return QStringLiteral("\u20ac");
    if (code == QLatin1String("GBP"))
        return QStringLiteral("\u00a3");
    if (code == QLatin1String("JPY"))
        return QStringLiteral("\u00a5");
    return code + QLatin1Char(' ');
}
