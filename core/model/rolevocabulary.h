#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a title as written ("Co-Founder and CEO", "Chief Executive Officer", "Chairwoman") means:
// the canonical roles it names, which the tenure rules, the lane rows and the filters use, while
// the title as written is kept and shown. One normalisation (case, accents, punctuation, spacing)
// serves every comparison of titles.
class RoleVocabulary
{
public:
    // Canonical roles. The order within a group is the display order of its rows.
    enum class Role {
        ChiefExecutive,   // CEO, Chief Executive (Officer), Global CEO, Executive Director
        CoChiefExecutive, // Co-CEO: shares the chief executive post with the other co-holders
        President,
        ChiefOperating,  // COO
        ChiefFinancial,  // CFO
        ChiefTechnology, // CTO
        ChiefScientist,
        GeneralCounsel,
        ExecutiveChair, // Executive Chairman/Chairwoman/Chair
        Chair,          // Chairman, Chairwoman, Chair (of the Board), Board Chair
        BoardMember,    // Board, Board member, Member Board of Directors, Board of Directors
        Founder,        // Founder, Co-founder
    };
    // Groups ranked for display: the chief executive first, then executives, chair and board,
    // founders, and everyone else (titles with no canonical role).
    enum class Group { ChiefExecutive, Executives, ChairAndBoard, Founders, Others };

    // The text every comparison of titles uses: case folded, accents removed, punctuation
    // (except '&') as spaces, spaces collapsed and trimmed. "  Chief-Executive  Officer " and
    // "chief executive officer" normalise alike. It is TextFolding::words, which names share.
    static QString normalise(const QString &title);

    // The canonical roles `title` names, in the order written; empty for a title with none
    // ("Research Scientist", "Executive Assistant to the CEO"). A combined title counts as each
    // of its known parts: "Co-Founder and CEO" is {Founder, ChiefExecutive}; "President and
    // CEO" is {President, ChiefExecutive}. A part is matched whole, never as a substring, so an
    // assistant to the CEO is not a CEO. Parenthesised qualifiers are ignored:
    // "Chief Executive Officer (Safe AI Forum)" is {ChiefExecutive}. A part after a comma that
    // names a unit rather than a post cancels the title before it ("Executive Director,
    // Denmark" heads a branch, not the organisation), except a founder's.
    QList<Role> rolesOf(const QString &title) const;
    // The group a title's rows go in: the best-ranked group of its roles, Others when none.
    Group groupOf(const QString &title) const;

    // The built-in vocabulary: every alias Tenure knows.
    static const RoleVocabulary &builtIn();
    // Teaches this vocabulary that `title` (a whole title or a part of a combined one) means
    // `role`, e.g. a user's "Managing Director" as ChiefExecutive. Stored per database later.
    void addAlias(const QString &title, Role role);

    static Group groupOf(Role role);
    // The chief executive post and the chair are sole posts: a new holder ends the predecessor's
    // tenure. Co-chief executives share the chief executive post. The rest are held by many.
    static bool isSolePost(Role role);
    // The post a role's tenures belong to, for succession: CoChiefExecutive counts as
    // ChiefExecutive, ExecutiveChair as Chair; every other role is its own post.
    static Role postOf(Role role);

    // The canonical role's name as shown ("Chief executive", "Board member").
    static QString displayName(Role role);
    static QString displayName(Group group);
    // A name for machine output that never changes or follows the language: "chief_executive".
    static QString key(Role role);
    static std::optional<Role> roleForKey(const QString &key);
    static QList<Role> allRoles();
    // The short name of a post for a chart's row of tenure bars: "CEO", "CTO", "Chair", "Board".
    static QString rowLabel(Role post);

private:
    QHash<QString, Role> m_aliases; // normalised part -> role
};
