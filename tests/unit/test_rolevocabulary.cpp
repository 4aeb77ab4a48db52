#include "model/rolevocabulary.h"
#include "testsupport.h"

#include <QSet>

#include <array>
#include <utility>

using namespace testsupport;
using Role = RoleVocabulary::Role;
using Group = RoleVocabulary::Group;

namespace {
// Every role with the name the fixture writes it with.
const std::array<std::pair<Role, const char *>, 12> roleNames{{
    {Role::ChiefExecutive, "ChiefExecutive"},
    {Role::CoChiefExecutive, "CoChiefExecutive"},
    {Role::President, "President"},
    {Role::ChiefOperating, "ChiefOperating"},
    {Role::ChiefFinancial, "ChiefFinancial"},
    {Role::ChiefTechnology, "ChiefTechnology"},
    {Role::ChiefScientist, "ChiefScientist"},
    {Role::GeneralCounsel, "GeneralCounsel"},
    {Role::ExecutiveChair, "ExecutiveChair"},
    {Role::Chair, "Chair"},
    {Role::BoardMember, "BoardMember"},
    {Role::Founder, "Founder"},
}};

QString nameOf(Role role)
{
    for (const auto &[r, name] : roleNames) {
        if (r == role)
            return QLatin1String(name);
    }
    return QStringLiteral("?");
}

// The roles a title names, as the fixture writes them: "Founder,ChiefExecutive", or "-" for none.
QString rolesOf(const QString &title, const RoleVocabulary &vocabulary = RoleVocabulary::builtIn())
{
    QStringList names;
    for (const Role role : vocabulary.rolesOf(title))
        names << nameOf(role);
    return names.isEmpty() ? QStringLiteral("-") : names.join(u',');
}

QString rolesOf(const char *title)
{
    return rolesOf(QString::fromUtf8(title));
}

Group groupOf(const char *title)
{
    return RoleVocabulary::builtIn().groupOf(QString::fromUtf8(title));
}
} // namespace

TEST_CASE("titles normalise alike whatever their case, accents, punctuation and spacing")
{
    const auto n = [](const char *title) {
        return RoleVocabulary::normalise(QString::fromUtf8(title));
    };
    CHECK(n("  Chief-Executive  Officer ") == QStringLiteral("chief executive officer"));
    CHECK(n("  Chief-Executive  Officer ") == n("chief executive officer"));
    CHECK(n("CO-FOUNDER\tand\nCEO") == QStringLiteral("co founder and ceo"));
    CHECK(n("Co-CEO") == QStringLiteral("co ceo"));
    CHECK(n("Présidente du Conseil d’Administration") ==
          QStringLiteral("presidente du conseil d administration"));
    CHECK(n("Directora Ejecutiva") == n("DIRECTORA EJECUTIVA"));
    CHECK(n("Consejero Delegado") == n("CONSEJERO DELEGADO"));
    CHECK(n("Geschäftsführerin") == QStringLiteral("geschaftsfuhrerin"));
    CHECK(n("Straße") == n("STRASSE"));
    CHECK(n("Associate, CEO’s Office") == n("Associate, CEO's Office"));
    CHECK(n("“Chair”") == QStringLiteral("chair"));
    CHECK(n("R&D Lead") == QStringLiteral("r&d lead"));
    CHECK(n("CEO & Co-founder") == QStringLiteral("ceo & co founder"));
    CHECK(n("President/Chair; Founder (2019)") == QStringLiteral("president chair founder 2019"));
    CHECK(n("ＣＥＯ") == QStringLiteral("ceo"));                // full-width letters
    CHECK(n("Co\u00ADfounder") == QStringLiteral("cofounder")); // a soft hyphen is invisible
    CHECK(n("CE\u200BO") == QStringLiteral("ceo"));
    CHECK(n("") == QString());
    CHECK(n(" -- ") == QString());
}

TEST_CASE("the titles the header and issue 9 name are understood")
{
    CHECK(rolesOf("Co-Founder and CEO") == QStringLiteral("Founder,ChiefExecutive"));
    CHECK(rolesOf("President and CEO") == QStringLiteral("President,ChiefExecutive"));
    CHECK(rolesOf("Chief Executive Officer (Safe AI Forum)") == QStringLiteral("ChiefExecutive"));
    CHECK(rolesOf("Research Scientist") == QStringLiteral("-"));
    CHECK(rolesOf("Executive Assistant to the CEO") == QStringLiteral("-"));
    CHECK(rolesOf("Chief Executive Officer") == QStringLiteral("ChiefExecutive"));
    CHECK(rolesOf("Chief Executive") == QStringLiteral("ChiefExecutive"));
    CHECK(rolesOf("Global CEO") == QStringLiteral("ChiefExecutive"));
    CHECK(rolesOf("CEO") == QStringLiteral("ChiefExecutive"));
    CHECK(rolesOf("CEO & Co-founder") == QStringLiteral("ChiefExecutive,Founder"));
    CHECK(rolesOf("Executive Director") == QStringLiteral("ChiefExecutive"));
    CHECK(rolesOf("Co-CEO") == QStringLiteral("CoChiefExecutive"));
    CHECK(rolesOf("Member Board Of Directors") == QStringLiteral("BoardMember"));
    CHECK(rolesOf("Board") == QStringLiteral("BoardMember"));
    CHECK(rolesOf("Board member") == QStringLiteral("BoardMember"));
    CHECK(rolesOf("Board of Directors") == QStringLiteral("BoardMember"));
    CHECK(rolesOf("Chairman") == QStringLiteral("Chair"));
    CHECK(rolesOf("Chairwoman") == QStringLiteral("Chair"));
    CHECK(rolesOf("Chair") == QStringLiteral("Chair"));
    CHECK(rolesOf("Chair of the Board") == QStringLiteral("Chair"));
    CHECK(rolesOf("Board Chair") == QStringLiteral("Chair"));
    CHECK(rolesOf("Executive Chairman") == QStringLiteral("ExecutiveChair"));
    CHECK(rolesOf("Executive Chairwoman") == QStringLiteral("ExecutiveChair"));
    CHECK(rolesOf("Executive Chair") == QStringLiteral("ExecutiveChair"));
    CHECK(rolesOf("President") == QStringLiteral("President"));
    CHECK(rolesOf("CTO") == QStringLiteral("ChiefTechnology"));
    CHECK(rolesOf("COO") == QStringLiteral("ChiefOperating"));
    CHECK(rolesOf("CFO") == QStringLiteral("ChiefFinancial"));
    CHECK(rolesOf("General Counsel") == QStringLiteral("GeneralCounsel"));
    CHECK(rolesOf("Chief Legal Officer") == QStringLiteral("GeneralCounsel"));
    CHECK(rolesOf("Chief Scientist") == QStringLiteral("ChiefScientist"));
    CHECK(rolesOf("Founder") == QStringLiteral("Founder"));
    CHECK(rolesOf("Co-founder") == QStringLiteral("Founder"));
    CHECK(rolesOf("Co-Founder and CTO") == QStringLiteral("Founder,ChiefTechnology"));
}

TEST_CASE("a combined title counts as each of its known parts, in the order written, once")
{
    CHECK(rolesOf("CEO, CTO & Founder") ==
          QStringLiteral("ChiefExecutive,ChiefTechnology,Founder"));
    CHECK(rolesOf("Chief Technology Officer/Chief Executive Officer") ==
          QStringLiteral("ChiefTechnology,ChiefExecutive"));
    CHECK(rolesOf("President + CEO") == QStringLiteral("President,ChiefExecutive"));
    CHECK(rolesOf("Founder; Chair") == QStringLiteral("Founder,Chair"));
    CHECK(rolesOf("Chair | Founder") == QStringLiteral("Chair,Founder"));
    CHECK(rolesOf("CEO&Founder") == QStringLiteral("ChiefExecutive,Founder"));
    CHECK(rolesOf("Founder, Co-Founder and Cofounder") == QStringLiteral("Founder"));
    CHECK(rolesOf("CEO and President of the Board") == QStringLiteral("ChiefExecutive,Chair"));
    CHECK(rolesOf("Chair of the Board and CEO") == QStringLiteral("Chair,ChiefExecutive"));
    CHECK(rolesOf("Co-Founder and Co-Executive Director") ==
          QStringLiteral("Founder,CoChiefExecutive"));
    // Unknown parts are passed over; brackets are qualifiers.
    CHECK(rolesOf("Managing Director & Co-Founder") == QStringLiteral("Founder"));
    CHECK(rolesOf("Director of Operations and General Counsel") ==
          QStringLiteral("GeneralCounsel"));
    CHECK(rolesOf("Co-Founder and Chief Executive Officer (President)") ==
          QStringLiteral("Founder,ChiefExecutive"));
    CHECK(rolesOf("Board member (chair)") == QStringLiteral("BoardMember"));
    CHECK(rolesOf("CEO (full time") == QStringLiteral("ChiefExecutive"));
}

TEST_CASE("a title is matched whole, never by a word inside it")
{
    CHECK(rolesOf("Executive Assistant to the CEO") == QStringLiteral("-"));
    CHECK(rolesOf("Assistant to the CEO and Founder") == QStringLiteral("-"));
    CHECK(rolesOf("Executive Assistant to the President") == QStringLiteral("-"));
    CHECK(rolesOf("Technical Advisor to the CEO") == QStringLiteral("-"));
    CHECK(rolesOf("Project Manager (Office of the CEO)") == QStringLiteral("-"));
    CHECK(rolesOf("Office of the CEO") == QStringLiteral("-"));
    CHECK(rolesOf("Senior Manager, Office of the CEO and Board") == QStringLiteral("-"));
    CHECK(rolesOf("Associate, CEO’s Office") == QStringLiteral("-"));
    CHECK(rolesOf("Chief of Staff") == QStringLiteral("-"));
    CHECK(rolesOf("Chief of Staff to the CEO") == QStringLiteral("-"));
    CHECK(rolesOf("Vice President") == QStringLiteral("-"));
    CHECK(rolesOf("VP") == QStringLiteral("-"));
    CHECK(rolesOf("Vice-President") == QStringLiteral("-"));
    CHECK(rolesOf("Senior Vice President, Programs") == QStringLiteral("-"));
    CHECK(rolesOf("Vice Chair") == QStringLiteral("-"));
    CHECK(rolesOf("Deputy CEO") == QStringLiteral("-"));
    CHECK(rolesOf("Deputy Chief Executive") == QStringLiteral("-"));
    CHECK(rolesOf("Deputy Executive Director") == QStringLiteral("-"));
    CHECK(rolesOf("Executive Director Emeritus") == QStringLiteral("-"));
    CHECK(rolesOf("Associate General Counsel") == QStringLiteral("-"));
    CHECK(rolesOf("Founding Engineer") == QStringLiteral("-"));
    CHECK(rolesOf("Founding Scientist & Bioscience Lead") == QStringLiteral("-"));
    CHECK(rolesOf("Founding Member") == QStringLiteral("-"));
    CHECK(rolesOf("Managing Director") == QStringLiteral("-"));
    CHECK(rolesOf("Director") == QStringLiteral("-"));
    CHECK(rolesOf("Advisory Board Member") == QStringLiteral("-"));
    CHECK(rolesOf("Board Advisor") == QStringLiteral("-"));
    CHECK(rolesOf("Research Advisory Board") == QStringLiteral("-"));
    CHECK(rolesOf("Executive Vice President") == QStringLiteral("-"));
    CHECK(rolesOf("") == QStringLiteral("-"));
}

TEST_CASE("a post of another entity or of a branch is not this organisation's post")
{
    CHECK(rolesOf("CEO of EV UK") == QStringLiteral("-"));
    CHECK(rolesOf("Chief Executive Officer of EV US") == QStringLiteral("-"));
    CHECK(rolesOf("Executive Director for J-PAL South Asia") == QStringLiteral("-"));
    CHECK(rolesOf("Executive Director, Denmark") == QStringLiteral("-"));
    CHECK(rolesOf("Chief Executive, United Kingdom") == QStringLiteral("-"));
    CHECK(rolesOf("President, Global Impact") == QStringLiteral("-"));
    CHECK(rolesOf("Chief Operating Officer, Community and Outreach Division") ==
          QStringLiteral("-"));
    // A qualifier qualifies the title just before it.
    CHECK(rolesOf("General Counsel and Vice President, Administration") ==
          QStringLiteral("GeneralCounsel"));
    CHECK(rolesOf("Founder and CEO, Denmark") == QStringLiteral("Founder"));
    // A part that is a title of its own does not qualify: both posts are held.
    CHECK(rolesOf("Executive Director, Instructor") == QStringLiteral("ChiefExecutive"));
    CHECK(rolesOf("Board Member, Treasurer") == QStringLiteral("BoardMember"));
    CHECK(rolesOf("CEO & Co-founder, Treasurer") == QStringLiteral("ChiefExecutive,Founder"));
    // A founder in charge of something is still a founder.
    CHECK(rolesOf("Co-founder, Research") == QStringLiteral("Founder"));
    CHECK(rolesOf("Co-Founder, Strategy & Campaigns") == QStringLiteral("Founder"));
}

TEST_CASE("Spanish and French titles are understood, with or without their accents")
{
    CHECK(rolesOf("Presidente") == QStringLiteral("President"));
    CHECK(rolesOf("Présidente") == QStringLiteral("President"));
    CHECK(rolesOf("Président") == QStringLiteral("President"));
    CHECK(rolesOf("Presidenta del Consejo") == QStringLiteral("Chair"));
    CHECK(rolesOf("Presidente del Consejo de Administración") == QStringLiteral("Chair"));
    CHECK(rolesOf("PRESIDENTE DEL CONSEJO DE ADMINISTRACION") == QStringLiteral("Chair"));
    CHECK(rolesOf("Presidente Ejecutivo") == QStringLiteral("ExecutiveChair"));
    CHECK(rolesOf("Consejero Delegado") == QStringLiteral("ChiefExecutive"));
    CHECK(rolesOf("Consejera Delegada") == QStringLiteral("ChiefExecutive"));
    CHECK(rolesOf("Director Ejecutivo") == QStringLiteral("ChiefExecutive"));
    CHECK(rolesOf("Directora Ejecutiva") == QStringLiteral("ChiefExecutive"));
    CHECK(rolesOf("Miembro del Consejo de Administración") == QStringLiteral("BoardMember"));
    CHECK(rolesOf("Cofundador y Consejero Delegado") == QStringLiteral("Founder,ChiefExecutive"));
    CHECK(rolesOf("Fundadora y Presidenta") == QStringLiteral("Founder,President"));
    CHECK(rolesOf("Directrice générale") == QStringLiteral("ChiefExecutive"));
    CHECK(rolesOf("Cofondatrice") == QStringLiteral("Founder"));
    CHECK(rolesOf("Vicepresidente") == QStringLiteral("-"));
    CHECK(rolesOf("Director General") == QStringLiteral("-")); // a general manager as often
}

TEST_CASE("each role is in one display group, chief executive first")
{
    CHECK(RoleVocabulary::groupOf(Role::ChiefExecutive) == Group::ChiefExecutive);
    CHECK(RoleVocabulary::groupOf(Role::CoChiefExecutive) == Group::ChiefExecutive);
    for (const Role role : {Role::President, Role::ChiefOperating, Role::ChiefFinancial,
                            Role::ChiefTechnology, Role::ChiefScientist, Role::GeneralCounsel})
        CHECK(RoleVocabulary::groupOf(role) == Group::Executives);
    for (const Role role : {Role::ExecutiveChair, Role::Chair, Role::BoardMember})
        CHECK(RoleVocabulary::groupOf(role) == Group::ChairAndBoard);
    CHECK(RoleVocabulary::groupOf(Role::Founder) == Group::Founders);

    // A title goes in the best-ranked group of its roles.
    CHECK(groupOf("Co-Founder and CEO") == Group::ChiefExecutive);
    CHECK(groupOf("Founder and CTO") == Group::Executives);
    CHECK(groupOf("Co-Founder, Board Chair") == Group::ChairAndBoard);
    CHECK(groupOf("Founder & Board Member") == Group::ChairAndBoard);
    CHECK(groupOf("Co-founder") == Group::Founders);
    CHECK(groupOf("Research Scientist") == Group::Others);
    CHECK(groupOf("") == Group::Others);
}

TEST_CASE("the chief executive post and the chair are sole posts; co-holders share them")
{
    CHECK(RoleVocabulary::isSolePost(Role::ChiefExecutive));
    CHECK(RoleVocabulary::isSolePost(Role::CoChiefExecutive));
    CHECK(RoleVocabulary::isSolePost(Role::Chair));
    CHECK(RoleVocabulary::isSolePost(Role::ExecutiveChair));
    for (const Role role :
         {Role::President, Role::ChiefOperating, Role::ChiefFinancial, Role::ChiefTechnology,
          Role::ChiefScientist, Role::GeneralCounsel, Role::BoardMember, Role::Founder})
        CHECK_FALSE(RoleVocabulary::isSolePost(role));

    CHECK(RoleVocabulary::postOf(Role::CoChiefExecutive) == Role::ChiefExecutive);
    CHECK(RoleVocabulary::postOf(Role::ExecutiveChair) == Role::Chair);
    for (const auto &[role, name] : roleNames) {
        if (role != Role::CoChiefExecutive && role != Role::ExecutiveChair)
            CHECK(RoleVocabulary::postOf(role) == role);
    }
}

TEST_CASE("a vocabulary can be taught a title, alone or as a part of combined titles")
{
    RoleVocabulary vocabulary = RoleVocabulary::builtIn();
    const QString managingDirector = QStringLiteral("Managing Director");
    CHECK(rolesOf(managingDirector, vocabulary) == QStringLiteral("-"));

    vocabulary.addAlias(managingDirector, Role::ChiefExecutive);
    CHECK(rolesOf(QStringLiteral("managing-director"), vocabulary) ==
          QStringLiteral("ChiefExecutive"));
    CHECK(rolesOf(QStringLiteral("Managing Director & Co-Founder"), vocabulary) ==
          QStringLiteral("ChiefExecutive,Founder"));
    CHECK(vocabulary.groupOf(managingDirector) == Group::ChiefExecutive);
    // The built-in vocabulary is not changed by a copy's lesson.
    CHECK(rolesOf(managingDirector) == QStringLiteral("-"));

    // A taught title with "and" in it is matched whole inside a combined title.
    vocabulary.addAlias(QStringLiteral("Research and Development Lead"), Role::ChiefTechnology);
    CHECK(rolesOf(QStringLiteral("Founder and Research & Development Lead"), vocabulary) ==
          QStringLiteral("Founder,ChiefTechnology"));
    // "&" and "and" are one word.
    vocabulary.addAlias(QStringLiteral("R&D Lead"), Role::ChiefTechnology);
    CHECK(rolesOf(QStringLiteral("R and D lead"), vocabulary) == QStringLiteral("ChiefTechnology"));
    // A taught title with separators or brackets in it is matched as written.
    vocabulary.addAlias(QStringLiteral("Member (Board)"), Role::BoardMember);
    CHECK(rolesOf(QStringLiteral("member (board)"), vocabulary) == QStringLiteral("BoardMember"));
    // A lesson overrides the built-in meaning; an empty title teaches nothing.
    vocabulary.addAlias(QStringLiteral("Presidente"), Role::Chair);
    CHECK(rolesOf(QStringLiteral("Presidente"), vocabulary) == QStringLiteral("Chair"));
    vocabulary.addAlias(QStringLiteral(" - "), Role::Founder);
    CHECK(rolesOf(QStringLiteral("-"), vocabulary) == QStringLiteral("-"));
}

TEST_CASE("every role and group has its own display name")
{
    CHECK(RoleVocabulary::displayName(Role::ChiefExecutive) == QStringLiteral("Chief executive"));
    CHECK(RoleVocabulary::displayName(Role::BoardMember) == QStringLiteral("Board member"));
    QSet<QString> roleDisplayNames;
    for (const auto &[role, name] : roleNames)
        roleDisplayNames << RoleVocabulary::displayName(role);
    CHECK(roleDisplayNames.size() == qsizetype(roleNames.size()));
    CHECK_FALSE(roleDisplayNames.contains(QString()));

    QSet<QString> groupDisplayNames;
    for (const Group group : {Group::ChiefExecutive, Group::Executives, Group::ChairAndBoard,
                              Group::Founders, Group::Others})
        groupDisplayNames << RoleVocabulary::displayName(group);
    CHECK(groupDisplayNames.size() == 5);
    CHECK_FALSE(groupDisplayNames.contains(QString()));
}

TEST_CASE("real titles from the AI Watch positions name the roles expected of them")
{
    const QString text =
        QString::fromUtf8(readFile(QStringLiteral(TENURE_TEST_DATA_DIR "/realdata-titles.txt")));
    int checked = 0;
    for (const QString &line : text.split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        REQUIRE(fields.size() == 2);
        INFO("title: " << fields[0].toStdString());
        CHECK(rolesOf(fields[0]) == fields[1]);
        ++checked;
    }
    CHECK(checked >= 60);
}

TEST_CASE("a title of any length is read, and read quickly")
{
    const QString longCombined =
        QStringLiteral("Founder and ").repeated(20000) + QStringLiteral("CEO");
    CHECK(rolesOf(longCombined) == QStringLiteral("Founder,ChiefExecutive"));
    const QString longAddressed = QStringLiteral("Assistant ") +
                                  QStringLiteral("of the ").repeated(20000) +
                                  QStringLiteral("CEO and Founder");
    CHECK(rolesOf(longAddressed) == QStringLiteral("-"));
    const QString longPunctuated = QStringLiteral("CEO, (Board) Denmark; ").repeated(20000);
    CHECK(rolesOf(longPunctuated) == QStringLiteral("-"));
    const QString unclosed = QStringLiteral("CEO ") + QStringLiteral("(Denmark ").repeated(20000);
    CHECK(rolesOf(unclosed) == QStringLiteral("ChiefExecutive"));
}
