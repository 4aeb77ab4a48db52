#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

// Spellings that are likely one name written in different ways: "Seán Ó hÉigeartaigh" and
// "Sean O hEigeartaigh", "Cullen O'Keefe" and "Cullen O’Keefe", "AudioEye" and "Audio Eye". Two
// spellings are variants when they share TextFolding::nameKey (case, accents, punctuation and
// spaces ignored) yet the store would keep them as two names: it tells names apart by all but
// the case of ASCII letters (COLLATE NOCASE), so "emad mostaque" is "Emad Mostaque" there and no
// variant. Finding them is a hash lookup per spelling, never a comparison of every pair.
class NameVariants
{
public:
    // A name as the store compares it: trimmed, A-Z in lower case and nothing else folded.
    static QString storeKey(const QString &name);
    // Whether the store takes `a` and `b` for one name: equal but for the case of ASCII letters.
    static bool sameName(const QString &a, const QString &b);
    // The names of `names` to merge into `into`: trimmed, each once, without those that are
    // `into` itself to the store.
    static QStringList othersThan(const QStringList &names, const QString &into);

    // Adds a spelling (a second spelling the store takes for one already added is not added)
    // and returns the spellings added before that it is a variant of: variantsOf() and add() in
    // one folding.
    QStringList add(const QString &name);
    // The spellings added that `name` is a variant of, in the order they were added.
    QStringList variantsOf(const QString &name) const;
    // Every set of two or more spellings that are variants of one another, each in alphabetical
    // order (accents and case ignored), the sets in the order of their first spelling.
    std::vector<QStringList> groups() const;

    // The spelling of a group to keep by default, first: the one more events use, then the one
    // with more accented letters (a careful spelling keeps them, a quick one drops them), then
    // in alphabetical order. The viewer and tenure-cli suggest the same.
    static void sortByPreference(QStringList &spellings, const QHash<QString, qint64> &eventCounts);

private:
    QHash<QString, QStringList> m_spellings; // nameKey -> distinct spellings
};
