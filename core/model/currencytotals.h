#pragma once

#include <QString>
#include <QStringList>

#include <map>

// Amounts summed apart by currency: euros added to dollars make a number of neither, so every
// total Tenure shows (a company's money raised, a chart's scale) is per currency, or of one
// currency that the text names.
class CurrencyTotals
{
public:
    void add(const QString &currency, qint64 amount);

    qint64 total(const QString &currency) const;
    int count(const QString &currency) const; // how many amounts were added in it
    QStringList currencies() const;           // by code
    bool isEmpty() const { return m_sums.empty(); }

    // The currency to draw a chart of several in: the one most amounts are in; on a tie USD if
    // it is one of them, else the first by code. USD when nothing was added.
    QString main() const;
    // Every total, short, the main currency first: "$181M + €20M".
    QString text() const;

private:
    struct Sum
    {
        qint64 total = 0;
        int count = 0;
    };
    std::map<QString, Sum> m_sums;
};
