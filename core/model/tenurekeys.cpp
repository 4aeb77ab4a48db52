#include "tenurekeys.h"

#include "textfolding.h"

namespace {
// Parts of known roles are numbered by their role; titles the vocabulary does not know after them.
constexpr int vocabularyRoleCount = int(RoleVocabulary::Role::Founder) + 1;

const QChar separator(u'\x1f');

quint64 pairOfNumbers(int first, int second)
{
    return (quint64(quint32(first)) << 32) | quint32(second);
}
} // namespace

const QList<TenureKeys::Part> &TenureKeys::partsOf(const QString &title)
{
    if (const auto known = m_titles.constFind(title); known != m_titles.cend())
        return m_parts[std::size_t(*known)];
    QList<Part> parts;
    for (const Role role : m_vocabulary.rolesOf(title))
        parts.append(Part{int(role), role});
    if (parts.isEmpty())
        parts.append(Part{
            vocabularyRoleCount + numberOf(m_unknownTitles, RoleVocabulary::normalise(title)), {}});
    m_titles.insert(title, int(m_parts.size()));
    m_parts.push_back(std::move(parts));
    return m_parts.back();
}

int TenureKeys::companyOf(const QString &company)
{
    if (const auto known = m_companies.constFind(company); known != m_companies.cend())
        return *known;
    const QString folded = TextFolding::caseless(company);
    const int number = numberOf(m_companyIds, folded);
    if (std::size_t(number) == m_foldedCompanies.size())
        m_foldedCompanies.push_back(folded);
    m_companies.insert(company, number);
    return number;
}

int TenureKeys::personOf(const QString &person)
{
    if (const auto known = m_people.constFind(person); known != m_people.cend())
        return *known;
    const QString folded = TextFolding::caseless(person);
    const int number = numberOf(m_personIds, folded);
    if (std::size_t(number) == m_foldedPeople.size())
        m_foldedPeople.push_back(folded);
    m_people.insert(person, number);
    return number;
}

int TenureKeys::holderOf(int company, int person, int part)
{
    auto pair = m_pairs.constFind(pairOfNumbers(company, person));
    if (pair == m_pairs.cend()) {
        // The rules were written with the text "company␟person" as the key. Names without the
        // separator make texts that only their own pair makes; a name with it could make two
        // pairs one text, and then they are one pair, as they were.
        const QString &companyName = m_foldedCompanies[std::size_t(company)];
        const QString &personName = m_foldedPeople[std::size_t(person)];
        int number = m_pairCount;
        if (companyName.contains(separator) || personName.contains(separator)) {
            const QString text = companyName + separator + personName;
            number = m_pairTexts.value(text, m_pairCount);
            m_pairTexts.insert(text, number);
        }
        if (number == m_pairCount)
            ++m_pairCount;
        pair = m_pairs.insert(pairOfNumbers(company, person), number);
    }
    const quint64 key = pairOfNumbers(*pair, part);
    if (const auto known = m_holders.constFind(key); known != m_holders.cend())
        return *known;
    m_holders.insert(key, m_holderCount);
    return m_holderCount++;
}

void TenureKeys::reserve(qsizetype people)
{
    m_people.reserve(people);
    m_personIds.reserve(people);
    m_pairs.reserve(people);
    m_holders.reserve(people);
}

int TenureKeys::numberOf(QHash<QString, int> &numbers, const QString &folded)
{
    const auto known = numbers.constFind(folded);
    if (known != numbers.cend())
        return *known;
    const int number = int(numbers.size());
    numbers.insert(folded, number);
    return number;
}
