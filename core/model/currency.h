#pragma once

#include <QString>

#include <optional>

// ISO 4217 currency codes, the symbols people write for the common ones ($, €, £, ¥), and how an
// amount is prefixed when shown. One list for the validator, the parsers and every label.
class Currency
{
public:
    static QString defaultCode() { return QStringLiteral("USD"); }
    // Whether `code` is an active ISO 4217 code, in upper case ("EUR", not "eur" or "EURO").
    static bool isKnown(QStringView code);
    // The code a symbol stands for: "$" is USD, "€" EUR, "£" GBP, "¥" JPY.
    static std::optional<QString> fromSymbol(QStringView symbol);
    // What goes before an amount: "$", "€", "£", "¥", or the code and a space ("CHF ").
    static QString prefix(const QString &code);
};
