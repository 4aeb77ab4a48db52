#include "companyresolver.h"

#include "companyidentifier.h"
#include "textfolding.h"

CompanyResolver::CompanyResolver(const std::vector<Company> &known)
{
    for (const Company &company : known)
        remember(company);
}

void CompanyResolver::remember(const Company &company)
{
    m_byLabel.insert(TextFolding::caseless(company.label), m_companies.size());
    if (!company.identifier.isEmpty())
        m_byIdentifier.insert(TextFolding::caseless(company.identifier), m_companies.size());
    m_companies.push_back(company);
}

CompanyResolver::Company *CompanyResolver::byLabel(const QString &label)
{
    const auto found = m_byLabel.constFind(TextFolding::caseless(label));
    return found == m_byLabel.cend() ? nullptr : &m_companies[*found];
}

CompanyResolver::Resolution CompanyResolver::resolve(const QString &name, const QString &identifier)
{
    const QString trimmed = name.trimmed();
    if (identifier.isEmpty()) {
        if (const Company *known = byLabel(trimmed))
            return {known->label, Outcome::Named, {}};
        remember({trimmed, {}});
        return {trimmed, Outcome::New, {}};
    }
    if (const auto found = m_byIdentifier.constFind(TextFolding::caseless(identifier));
        found != m_byIdentifier.cend())
        return {m_companies[*found].label, Outcome::Identified, {}};

    // Taking an identifier: the company of the name, or of "Name (identifier)".
    auto adopt = [this, &identifier](Company &company, Outcome outcome, const QString &other) {
        company.identifier = identifier;
        m_byIdentifier.insert(TextFolding::caseless(identifier),
                              std::size_t(&company - m_companies.data()));
        return Resolution{company.label, outcome, other};
    };
    Company *named = byLabel(trimmed);
    if (!named) {
        remember({trimmed, identifier});
        return {trimmed, Outcome::New, {}};
    }
    if (named->identifier.isEmpty())
        return adopt(*named, Outcome::Adopted, {});
    const QString other = named->identifier;
    const QString label = CompanyIdentifier::labelled(trimmed, identifier);
    Company *labelled = byLabel(label);
    if (!labelled) {
        remember({label, identifier});
        return {label, Outcome::Labelled, other};
    }
    if (labelled->identifier.isEmpty())
        return adopt(*labelled, Outcome::Labelled, other);
    return {label, Outcome::Conflict, labelled->identifier};
}
