#pragma once

#include "rolevocabulary.h"

#include <QHash>
#include <QList>
#include <QString>

#include <deque>
#include <optional>
#include <vector>

// Small dense numbers for what one derivation of tenures compares — companies, people, posts and
// holders (a person in a post at a company) — so that its rules index vectors instead of building
// and hashing text: each distinct name is folded once and each distinct title read once, however
// many events repeat them (a lane of thousands of events has a few dozen titles).
class TenureKeys
{
public:
    using Role = RoleVocabulary::Role;

    // One post an event's title names: a canonical role, or a title the vocabulary does not
    // know, which is then a post of its own, matched by its normalised spelling.
    struct Part
    {
        int id = 0; // equal for equal posts
        std::optional<Role> role;
    };

    explicit TenureKeys(const RoleVocabulary &vocabulary) : m_vocabulary(vocabulary) {}

    // The posts `title` names, in the order written (RoleVocabulary::rolesOf); the reference
    // stays valid as long as this.
    const QList<Part> &partsOf(const QString &title);
    // Equal for names that are one name in the data (TextFolding::caseless).
    int companyOf(const QString &company);
    int personOf(const QString &person);
    // A person in a post at a company. Numbered from 0, like companies: holderOf(...) <
    // holderCount(), companyOf(...) < companyCount().
    int holderOf(int company, int person, int part);
    int holderCount() const { return m_holderCount; }
    int companyCount() const { return int(m_companyIds.size()); }
    // Room for this many names of people, so that numbering them never rehashes.
    void reserve(qsizetype people);

private:
    // Interns a folded name: its number, new or not.
    static int numberOf(QHash<QString, int> &numbers, const QString &folded);

    const RoleVocabulary &m_vocabulary;
    QHash<QString, int> m_titles;        // title as written -> index in m_parts
    std::deque<QList<Part>> m_parts;     // a deque: references to its items stay valid
    QHash<QString, int> m_unknownTitles; // normalised title -> its number among them
    QHash<QString, int> m_companyIds;    // folded name -> number
    QHash<QString, int> m_personIds;
    QHash<QString, int> m_companies; // name as written -> number of its folded form
    QHash<QString, int> m_people;
    std::vector<QString> m_foldedCompanies; // by number
    std::vector<QString> m_foldedPeople;
    QHash<quint64, int> m_pairs;     // company and person numbers -> pair
    QHash<QString, int> m_pairTexts; // "company␟person", folded, of names holding ␟ -> pair
    int m_pairCount = 0;
    QHash<quint64, int> m_holders; // pair and part -> holder
    int m_holderCount = 0;
};
