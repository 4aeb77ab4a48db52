#include "rolevocabulary.h"

#include "rolealiases.h"
#include "textfolding.h"
#include "textlanguage.h"

#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>

namespace {
using Role = RoleVocabulary::Role;

// Words that join the parts of a combined title: "Co-Founder and CEO", "Fundador y CEO".
bool isConjunction(const QString &word)
{
    return word == QLatin1String("and") || word == QLatin1String("y");
}

// Nouns that make a comma-separated part a title of its own rather than a qualifier of the part
// before it: "Executive Director, Instructor" holds two posts, "Executive Director, Denmark" one
// post of a branch.
bool namesAPost(const QStringList &words)
{
    static const QSet<QString> nouns = [] {
        const QStringList list =
            QStringLiteral(
                "administrator adviser advisor affiliate ambassador analyst architect asesor "
                "assistant associate board chair chief coach collaborator consejero consultant "
                "contributor coordinator counsel designer developer director directora economist "
                "editor engineer executive facilitator fellow gerente head host instructor intern "
                "investigador investigadora investor jefa jefe lead leader lecturer liaison "
                "manager member mentor miembro officer organiser organizer owner partner pledger "
                "president principal producer professor recruiter representative researcher "
                "responsable scholar scientist secretaria secretario secretary shareholder "
                "specialist staff strategist student teacher tesorera tesorero treasurer trustee "
                "volunteer writer")
                .split(u' ');
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    for (const QString &word : words) {
        if (nouns.contains(word) || (word.endsWith(u's') && nouns.contains(word.chopped(1))))
            return true;
    }
    return false;
}

// `title` without what brackets enclose; an unclosed bracket runs to the end.
QString withoutBrackets(const QString &title)
{
    QString bare;
    int depth = 0;
    for (const QChar c : title) {
        if (c == u'(' || c == u'[') {
            ++depth;
            bare += u' ';
        } else if (c == u')' || c == u']') {
            depth = std::max(0, depth - 1);
        } else if (depth == 0) {
            bare += c;
        }
    }
    return bare;
}

// The parts of a combined title its punctuation separates: "CEO, CTO & Founder" is "CEO" and
// "CTO & Founder".
QStringList punctuatedParts(const QString &title)
{
    QStringList parts;
    QString part;
    for (const QChar c : title) {
        if (c == u',' || c == u';' || c == u'/' || c == u'+' || c == u'|' || c == u'\u2022') {
            parts << part;
            part.clear();
        } else {
            part += c;
        }
    }
    parts << part;
    return parts;
}

// The words of a normalised title, the key its aliases are stored under: "&" is the word "and",
// so "R&D Lead" and "R and D Lead" are one title.
QStringList wordsOf(const QString &normalised)
{
    QStringList words;
    for (const QString &word : normalised.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList pieces = word.split(u'&');
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (i > 0)
                words << QStringLiteral("and");
            if (!pieces[i].isEmpty())
                words << pieces[i];
        }
    }
    return words;
}

using Lookup = std::function<std::optional<Role>(const QStringList &words)>;

// Bounds on what a known title can span, so that a title of any length is read in linear time.
constexpr qsizetype maxRunsInTitle = 8;   // runs of words joined by "and"
constexpr qsizetype maxWordsInTitle = 16; // words after "of the" in "Office of the CEO"

// "Assistant to the CEO", "Office of the CEO": a title whose object is a post. Words joined to it
// ("Assistant to the CEO and Founder") belong to the object, not to a title of their own.
bool isAddressedTo(const QStringList &words, const Lookup &lookup)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words[i] == QLatin1String("to"))
            return true;
        if (words[i] != QLatin1String("of") && words[i] != QLatin1String("for"))
            continue;
        qsizetype object = i + 1;
        if (object < words.size() && words[object] == QLatin1String("the"))
            ++object;
        if (object < words.size() && words.size() - object <= maxWordsInTitle &&
            lookup(words.mid(object)))
            return true;
    }
    return false;
}

struct PartRoles
{
    QList<Role> roles;
    bool endsWithRole = false; // the last run of words named the last of `roles`
};

// The roles one punctuated part names. Each run of words between conjunctions is a known title
// or not; longer spans of runs are tried first, so a known title with "and" in it matches whole.
PartRoles rolesOfPart(const QStringList &words, const Lookup &lookup)
{
    QList<qsizetype> runStarts{0};
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (isConjunction(words[i]))
            runStarts << i + 1;
    }
    const auto span = [&](qsizetype first, qsizetype last) { // runs [first, last)
        const qsizetype end = last < runStarts.size() ? runStarts[last] - 1 : words.size();
        return words.mid(runStarts[first], end - runStarts[first]);
    };

    PartRoles part;
    for (qsizetype run = 0; run < runStarts.size();) {
        qsizetype next = run + 1;
        std::optional<Role> role;
        const qsizetype longest = std::min(runStarts.size(), run + maxRunsInTitle);
        for (qsizetype last = longest; last > run && !role; --last) {
            role = lookup(span(run, last));
            next = last;
        }
        part.endsWithRole = role.has_value();
        if (role)
            part.roles << *role;
        else if (isAddressedTo(span(run, run + 1), lookup))
            break;
        run = next;
    }
    return part;
}
} // namespace

QString RoleVocabulary::normalise(const QString &title)
{
    return TextFolding::words(title, u"&"); // "&" is a word of its own: "R&D", "CEO & Founder"
}

QList<RoleVocabulary::Role> RoleVocabulary::rolesOf(const QString &title) const
{
    const Lookup lookup = [this](const QStringList &words) -> std::optional<Role> {
        const auto it = m_aliases.constFind(words.join(u' '));
        return it == m_aliases.cend() ? std::nullopt : std::optional(*it);
    };
    // An alias may hold brackets or separators ("R&D / Engineering Lead"): try the title whole.
    if (const auto role = lookup(wordsOf(normalise(title))))
        return {*role};
    const QString bare = withoutBrackets(title.normalized(QString::NormalizationForm_KD));
    if (const auto role = lookup(wordsOf(normalise(bare))))
        return {*role};

    QList<PartRoles> parts;
    for (const QString &text : punctuatedParts(bare)) {
        const QStringList words = wordsOf(normalise(text));
        if (words.isEmpty())
            continue;
        PartRoles part = rolesOfPart(words, lookup);
        // A part that names no post qualifies the title before it: "Executive Director, Denmark"
        // heads a branch, not the organisation. A founder of it is still a founder.
        if (part.roles.isEmpty() && !parts.isEmpty() && !namesAPost(words)) {
            PartRoles &previous = parts.last();
            if (previous.endsWithRole && previous.roles.last() != Role::Founder)
                previous.roles.removeLast();
            previous.endsWithRole = false;
        }
        parts << part;
    }

    QList<Role> unique;
    for (const PartRoles &part : std::as_const(parts)) {
        for (const Role role : part.roles) {
            if (!unique.contains(role))
                unique << role;
        }
    }
    return unique;
}

RoleVocabulary::Group RoleVocabulary::groupOf(const QString &title) const
{
    Group best = Group::Others;
    for (const Role role : rolesOf(title))
        best = std::min(best, groupOf(role));
    return best;
}

const RoleVocabulary &RoleVocabulary::builtIn()
{
    static const RoleVocabulary vocabulary = [] {
        RoleVocabulary v;
        teachBuiltInAliases(v);
        return v;
    }();
    return vocabulary;
}

void RoleVocabulary::addAlias(const QString &title, Role role)
{
    const QString key = wordsOf(normalise(title)).join(u' ');
    if (!key.isEmpty())
        m_aliases.insert(key, role);
}

RoleVocabulary::Group RoleVocabulary::groupOf(Role role)
{
    switch (role) {
    case Role::ChiefExecutive:
    case Role::CoChiefExecutive:
        return Group::ChiefExecutive;
    case Role::President:
    case Role::ChiefOperating:
    case Role::ChiefFinancial:
    case Role::ChiefTechnology:
    case Role::ChiefScientist:
    case Role::GeneralCounsel:
        return Group::Executives;
    case Role::ExecutiveChair:
    case Role::Chair:
    case Role::BoardMember:
        return Group::ChairAndBoard;
    case Role::Founder:
        return Group::Founders;
    }
    return Group::Others;
}

bool RoleVocabulary::isSolePost(Role role)
{
    const Role post = postOf(role);
    return post == Role::ChiefExecutive || post == Role::Chair;
}

RoleVocabulary::Role RoleVocabulary::postOf(Role role)
{
    switch (role) {
    case Role::CoChiefExecutive:
        return Role::ChiefExecutive;
    case Role::ExecutiveChair:
        return Role::Chair;
    default:
        return role;
    }
}

QString RoleVocabulary::displayName(Role role)
{
    switch (role) {
    case Role::ChiefExecutive:
        return TextLanguage::translate("RoleVocabulary", "Chief executive");
    case Role::CoChiefExecutive:
        return TextLanguage::translate("RoleVocabulary", "Co-chief executive");
    case Role::President:
        return TextLanguage::translate("RoleVocabulary", "President");
    case Role::ChiefOperating:
        return TextLanguage::translate("RoleVocabulary", "Chief operating officer");
    case Role::ChiefFinancial:
        return TextLanguage::translate("RoleVocabulary", "Chief financial officer");
    case Role::ChiefTechnology:
        return TextLanguage::translate("RoleVocabulary", "Chief technology officer");
    case Role::ChiefScientist:
        return TextLanguage::translate("RoleVocabulary", "Chief scientist");
    case Role::GeneralCounsel:
        return TextLanguage::translate("RoleVocabulary", "General counsel");
    case Role::ExecutiveChair:
        return TextLanguage::translate("RoleVocabulary", "Executive chair");
    case Role::Chair:
        return TextLanguage::translate("RoleVocabulary", "Chair");
    case Role::BoardMember:
        return TextLanguage::translate("RoleVocabulary", "Board member");
    case Role::Founder:
        return TextLanguage::translate("RoleVocabulary", "Founder");
    }
    return {};
}

QString RoleVocabulary::displayName(Group group)
{
    switch (group) {
    case Group::ChiefExecutive:
        return TextLanguage::translate("RoleVocabulary", "Chief executive");
    case Group::Executives:
        return TextLanguage::translate("RoleVocabulary", "Executives");
    case Group::ChairAndBoard:
        return TextLanguage::translate("RoleVocabulary", "Chair and board");
    case Group::Founders:
        return TextLanguage::translate("RoleVocabulary", "Founders");
    case Group::Others:
        return TextLanguage::translate("RoleVocabulary", "Others");
    }
    return {};
}

QString RoleVocabulary::rowLabel(Role post)
{
    switch (post) {
    case Role::ChiefExecutive:
    case Role::CoChiefExecutive:
        return TextLanguage::translate("RoleVocabulary", "CEO");
    case Role::ChiefOperating:
        return TextLanguage::translate("RoleVocabulary", "COO");
    case Role::ChiefFinancial:
        return TextLanguage::translate("RoleVocabulary", "CFO");
    case Role::ChiefTechnology:
        return TextLanguage::translate("RoleVocabulary", "CTO");
    case Role::BoardMember:
        return TextLanguage::translate("RoleVocabulary", "Board");
    case Role::Founder:
        return TextLanguage::translate("RoleVocabulary", "Founders");
    case Role::ExecutiveChair:
    case Role::Chair:
        return TextLanguage::translate("RoleVocabulary", "Chair");
    case Role::President:
    case Role::ChiefScientist:
    case Role::GeneralCounsel:
        return displayName(post);
    }
    return displayName(post);
}

QString RoleVocabulary::key(Role role)
{
    switch (role) {
    case Role::ChiefExecutive:
        return QStringLiteral("chief_executive");
    case Role::CoChiefExecutive:
        return QStringLiteral("co_chief_executive");
    case Role::President:
        return QStringLiteral("president");
    case Role::ChiefOperating:
        return QStringLiteral("chief_operating_officer");
    case Role::ChiefFinancial:
        return QStringLiteral("chief_financial_officer");
    case Role::ChiefTechnology:
        return QStringLiteral("chief_technology_officer");
    case Role::ChiefScientist:
        return QStringLiteral("chief_scientist");
    case Role::GeneralCounsel:
        return QStringLiteral("general_counsel");
    case Role::ExecutiveChair:
        return QStringLiteral("executive_chair");
    case Role::Chair:
        return QStringLiteral("chair");
    case Role::BoardMember:
        return QStringLiteral("board_member");
    case Role::Founder:
        return QStringLiteral("founder");
    }
    return {};
}

QList<RoleVocabulary::Role> RoleVocabulary::allRoles()
{
    return {Role::ChiefExecutive, Role::CoChiefExecutive, Role::President,
            Role::ChiefOperating, Role::ChiefFinancial,   Role::ChiefTechnology,
            Role::ChiefScientist, Role::GeneralCounsel,   Role::ExecutiveChair,
            Role::Chair,          Role::BoardMember,      Role::Founder};
}

std::optional<RoleVocabulary::Role> RoleVocabulary::roleForKey(const QString &key)
{
    for (const Role role : allRoles()) {
        if (RoleVocabulary::key(role) == key.trimmed().toLower())
            return role;
    }
    return std::nullopt;
}
