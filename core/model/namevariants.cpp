#include "namevariants.h"

#include "textfolding.h"

#include <algorithm>

namespace {
// Alphabetical as a reader expects, "Émile" beside "Emma", then by code point for a fixed order.
bool readingOrder(const QString &a, const QString &b)
{
    const int order = TextFolding::words(a).compare(TextFolding::words(b));
    return order != 0 ? order < 0 : a < b;
}
} // namespace

QString NameVariants::storeKey(const QString &name)
{
    // SQLite's NOCASE folds only A-Z; Qt's case-insensitive comparison folds every letter.
    QString key = name.trimmed();
    for (QChar &c : key) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return key;
}

bool NameVariants::sameName(const QString &a, const QString &b)
{
    return storeKey(a) == storeKey(b);
}

QStringList NameVariants::othersThan(const QStringList &names, const QString &into)
{
    QStringList others;
    for (const QString &name : names) {
        const QString trimmed = name.trimmed();
        const auto same = [&](const QString &other) { return sameName(other, trimmed); };
        if (!sameName(trimmed, into.trimmed()) &&
            std::none_of(others.cbegin(), others.cend(), same))
            others << trimmed;
    }
    return others;
}

QStringList NameVariants::add(const QString &name)
{
    const QString spelling = name.trimmed();
    const QString key = TextFolding::nameKey(spelling);
    if (key.isEmpty())
        return {}; // nothing but punctuation: no name to compare
    QStringList &spellings = m_spellings[key];
    QStringList variants;
    bool known = false;
    for (const QString &other : std::as_const(spellings)) {
        if (sameName(other, spelling))
            known = true;
        else
            variants << other;
    }
    if (!known)
        spellings << spelling;
    return variants;
}

QStringList NameVariants::variantsOf(const QString &name) const
{
    const QString spelling = name.trimmed();
    const auto found = m_spellings.constFind(TextFolding::nameKey(spelling));
    if (found == m_spellings.cend())
        return {};
    QStringList variants;
    for (const QString &known : *found) {
        if (!sameName(known, spelling))
            variants << known;
    }
    return variants;
}

std::vector<QStringList> NameVariants::groups() const
{
    std::vector<QStringList> groups;
    for (const QStringList &spellings : m_spellings) {
        if (spellings.size() < 2)
            continue;
        QStringList group = spellings;
        std::sort(group.begin(), group.end(), readingOrder);
        groups.push_back(std::move(group));
    }
    std::sort(groups.begin(), groups.end(), [](const QStringList &a, const QStringList &b) {
        return readingOrder(a.front(), b.front());
    });
    return groups;
}

void NameVariants::sortByPreference(QStringList &spellings,
                                    const QHash<QString, qint64> &eventCounts)
{
    const auto accents = [](const QString &name) {
        return std::count_if(name.cbegin(), name.cend(),
                             [](QChar c) { return c.isLetter() && c.unicode() > 0x7F; });
    };
    std::sort(spellings.begin(), spellings.end(), [&](const QString &a, const QString &b) {
        const qint64 countA = eventCounts.value(a), countB = eventCounts.value(b);
        if (countA != countB)
            return countA > countB;
        const auto accentsA = accents(a), accentsB = accents(b);
        if (accentsA != accentsB)
            return accentsA > accentsB;
        return readingOrder(a, b);
    });
}
