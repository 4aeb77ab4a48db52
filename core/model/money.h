#pragma once

#include <QString>

#include <optional>

// Amounts of US dollars as people write them: "101000000", "101,000,000", "$101M", "4B",
// "1.5 billion"; and back, short ("$101M") or in full ("$101,000,000").
class Money
{
public:
    // Whole dollars, or nullopt with the reason in *error. Empty text is not an amount.
    static std::optional<qint64> parse(const QString &text, QString *error = nullptr);
    static QString formatShort(qint64 dollars); // "$101M", "$4B", "$1.5B", "$25K", "$950"
    static QString formatFull(qint64 dollars);  // "$101,000,000"
};
