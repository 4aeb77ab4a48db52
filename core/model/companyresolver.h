#pragma once

#include <QHash>
#include <QString>

#include <vector>

// Which company a name and an identifier (CompanyIdentifier) written on an event mean, among
// the companies known so far, and the label the event is stored under. A company's label is its
// name, unique in a database (compared without case). The rules:
// - no identifier: the company of that name (or a new one);
// - an identifier a company has: that company, whatever the name says;
// - a name whose company has no identifier yet: that company, which takes the identifier;
// - a name whose company has another identifier: another company, labelled "Name (identifier)".
// Resolving records what it decided, so the rows of one file agree with each other.
class CompanyResolver
{
public:
    struct Company
    {
        QString label;
        QString identifier; // '' when none
    };
    enum class Outcome {
        Named,      // by name, no identifier involved
        Identified, // by its identifier
        Adopted,    // by name; the company had no identifier and takes this one
        Labelled,   // its name is another company's: stored under "Name (identifier)"
        New,        // a company not known yet
        Conflict,   // "Name (identifier)" is itself another company's label: nothing fits
    };
    struct Resolution
    {
        QString label;
        Outcome outcome = Outcome::Named;
        QString otherIdentifier; // Labelled: the identifier of the company of that name
    };

    explicit CompanyResolver(const std::vector<Company> &known = {});
    Resolution resolve(const QString &name, const QString &identifier);

private:
    Company *byLabel(const QString &label);
    void remember(const Company &company);

    std::vector<Company> m_companies;
    QHash<QString, std::size_t> m_byLabel;      // case-folded label
    QHash<QString, std::size_t> m_byIdentifier; // case-folded identifier
};
