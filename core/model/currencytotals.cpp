#include "currencytotals.h"

#include "currency.h"
#include "money.h"

void CurrencyTotals::add(const QString &currency, qint64 amount)
{
    Sum &sum = m_sums[currency.isEmpty() ? Currency::defaultCode() : currency];
    sum.total += amount;
    ++sum.count;
}

qint64 CurrencyTotals::total(const QString &currency) const
{
    const auto it = m_sums.find(currency);
    return it == m_sums.end() ? 0 : it->second.total;
}

int CurrencyTotals::count(const QString &currency) const
{
    const auto it = m_sums.find(currency);
    return it == m_sums.end() ? 0 : it->second.count;
}

QStringList CurrencyTotals::currencies() const
{
    QStringList codes;
    for (const auto &[code, sum] : m_sums)
        codes << code;
    return codes;
}

QString CurrencyTotals::main() const
{
    QString best = Currency::defaultCode();
    int most = count(best);
    for (const auto &[code, sum] : m_sums) { // by code, so ties go to the first
        if (sum.count > most) {
            best = code;
            most = sum.count;
        }
    }
    return best;
}

QString CurrencyTotals::text() const
{
    const QString first = main();
    QStringList parts;
    if (m_sums.contains(first))
        parts << Money::formatShort(total(first), first);
    for (const auto &[code, sum] : m_sums) {
        if (code != first)
            parts << Money::formatShort(sum.total, code);
    }
    return parts.join(QStringLiteral(" + "));
}
