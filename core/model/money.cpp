#include "money.h"

#include "safetext.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

std::optional<qint64> Money::parse(const QString &text, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<qint64> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    static const QRegularExpression form(
        QStringLiteral("^\\$?\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(k|thousand|m|mn|million|b|bn|"
                       "billion|t|tn|trillion)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression grouping(
        QStringLiteral("^[0-9]{1,3}(,[0-9]{3})*(\\.[0-9]+)?$"));

    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(QStringLiteral("an amount is empty"));
    const auto match = form.match(trimmed);
    if (!match.hasMatch())
        return fail(QStringLiteral("%1 is not an amount: write 101000000, 101,000,000, $101M, "
                                   "4B or 1.5 billion")
                        .arg(SafeText::quoted(trimmed)));
    QString number = match.captured(1);
    if (number.contains(QLatin1Char(','))) {
        if (!grouping.match(number).hasMatch())
            return fail(QStringLiteral("%1 has its thousands separators in the wrong places")
                            .arg(SafeText::quoted(trimmed)));
        number.remove(QLatin1Char(','));
    }
    const QString unit = match.captured(2).toLower();
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
        return fail(
            QStringLiteral("%1 is not a whole number of dollars").arg(SafeText::quoted(trimmed)));
    bool ok = false;
    const double value = number.toDouble(&ok) * scale;
    if (!ok || value > 9.0e15)
        return fail(QStringLiteral("%1 is too large an amount").arg(SafeText::quoted(trimmed)));
    return qint64(std::llround(value));
}

QString Money::formatShort(qint64 dollars)
{
    struct Unit
    {
        double size;
        const char *suffix;
    };
    static constexpr Unit units[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}};
    const QString sign = dollars < 0 ? QStringLiteral("-") : QString();
    const double value = std::abs(double(dollars));
    for (const Unit &unit : units) {
        if (value >= unit.size) {
            const double scaled = value / unit.size;
            // One decimal only where it says something: $1.5B, but $101M and $4B.
            const int decimals =
                (scaled < 10 && std::abs(scaled - std::round(scaled)) >= 0.05) ? 1 : 0;
            return QStringLiteral("%1$%2%3").arg(sign, QString::number(scaled, 'f', decimals),
                                                 QLatin1String(unit.suffix));
        }
    }
    return QStringLiteral("%1$%2").arg(sign).arg(qint64(value));
}

QString Money::formatFull(qint64 dollars)
{
    return QStringLiteral("$") + QLocale(QLocale::English, QLocale::UnitedStates).toString(dollars);
}
