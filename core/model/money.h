#pragma once

#include <QString>

#include <optional>

// Amounts of money as people write them: "101000000", "101,000,000", "$101M", "4B",
// "1.5 billion", with a currency as a symbol or an ISO 4217 code ("€20M", "20M EUR", "£5M",
// "CHF 3M"); and back, short ("$101M", "€20M") or in full ("$101,000,000").
class Money
{
public:
    struct Amount
    {
        qint64 value = 0; // whole units of the currency
        QString currency; // the ISO 4217 code the text named; empty when it named none
    };
    // The amount and the currency it names, or nullopt with the reason in *error. Empty text is
    // not an amount; a code that is not ISO 4217 ("EURO") or two different currencies are errors,
    // and then *aboutCurrency is set (the reason is translated, so it cannot be asked).
    static std::optional<Amount> parseAmount(const QString &text, QString *error = nullptr,
                                             bool *aboutCurrency = nullptr);
    // The value alone, whatever currency the text names.
    static std::optional<qint64> parse(const QString &text, QString *error = nullptr);
    // "$101M", "$4B", "$1.5B", "$25K", "$950"; in another currency "€20M", "CHF 3M". Outside
    // English, in TextLanguage's locale: "101 millones US$", "1,5 mil millones US$".
    static QString formatShort(qint64 amount, const QString &currency = QStringLiteral("USD"));
    // "$101,000,000", "€20,000,000", "CHF 3,000,000"; in Spanish "101.000.000 US$".
    static QString formatFull(qint64 amount, const QString &currency = QStringLiteral("USD"));
};
