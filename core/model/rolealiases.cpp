#include "rolealiases.h"

#include <initializer_list>

namespace {
using Role = RoleVocabulary::Role;

void teach(RoleVocabulary &vocabulary, Role role, std::initializer_list<const char *> titles)
{
    for (const char *title : titles)
        vocabulary.addAlias(QString::fromUtf8(title), role);
}
} // namespace

// The aliases, written as people write them; each is normalised as it is added. An alias is
// matched whole, so what is not listed stays unmatched: "Vice President" is not a President,
// "Deputy CEO" not a CEO, "Managing Director" and "Director" (a board seat in one organisation,
// a head of department in the next) are left for users to map.
void teachBuiltInAliases(RoleVocabulary &v)
{
    // "Executive Director" is how non-profits name their chief executive.
    teach(v, Role::ChiefExecutive,
          {"CEO",
           "Chief Executive",
           "Chief Executive Officer",
           "Global CEO",
           "Global Chief Executive",
           "Global Chief Executive Officer",
           "Group CEO",
           "Group Chief Executive",
           "Group Chief Executive Officer",
           "Founding CEO",
           "Founding Chief Executive",
           "Founding Chief Executive Officer",
           "Executive Director",
           "Founding Executive Director",
           "Global Executive Director",
           "Consejero Delegado",
           "Consejera Delegada",
           "Director Ejecutivo",
           "Directora Ejecutiva",
           "Directeur Général",
           "Directrice Générale",
           "PDG",
           "Président-Directeur Général"});
    teach(v, Role::CoChiefExecutive,
          {"Co-CEO", "Co-Chief Executive", "Co-Chief Executive Officer", "Joint CEO",
           "Joint Chief Executive", "Joint Chief Executive Officer", "Co-Executive Director",
           "Executive Co-Director", "Co-Consejero Delegado", "Co-Consejera Delegada",
           "Co-Director Ejecutivo", "Co-Directora Ejecutiva"});
    teach(v, Role::President,
          {"President", "Co-President", "Founding President", "Presidente", "Presidenta"});
    teach(v, Role::ChiefOperating,
          {"COO", "Chief Operating Officer", "Chief Operations Officer", "Founding COO"});
    teach(v, Role::ChiefFinancial, {"CFO", "Chief Financial Officer", "Chief Finance Officer"});
    teach(v, Role::ChiefTechnology,
          {"CTO", "Chief Technology Officer", "Chief Technical Officer", "Founding CTO"});
    teach(v, Role::ChiefScientist,
          {"Chief Scientist", "Chief Science Officer", "Chief Scientific Officer",
           "Founding Chief Scientist"});
    teach(v, Role::GeneralCounsel,
          {"General Counsel", "Chief Legal Officer", "Chief Legal Counsel", "Chief Counsel",
           "Group General Counsel", "Global General Counsel"});
    // In Spain the "presidente ejecutivo" is the executive chair (the chief executive being the
    // "consejero delegado").
    teach(v, Role::ExecutiveChair,
          {"Executive Chair", "Executive Chairman", "Executive Chairwoman", "Executive Chairperson",
           "Executive Chair of the Board", "Executive Chairman of the Board",
           "Executive Chairwoman of the Board", "Presidente Ejecutivo", "Presidenta Ejecutiva"});
    // A board's president presides over the board: the chair by another name, not the
    // company's President.
    teach(v, Role::Chair,
          {"Chair",
           "Chairman",
           "Chairwoman",
           "Chairperson",
           "Chair of the Board",
           "Chairman of the Board",
           "Chairwoman of the Board",
           "Chairperson of the Board",
           "Chair of Board",
           "Chairman of Board",
           "Chair of the Board of Directors",
           "Chairman of the Board of Directors",
           "Chairwoman of the Board of Directors",
           "Chair of the Board of Trustees",
           "Chair of Trustees",
           "Chair of the Trustees",
           "Chair of the Governing Board",
           "Chair of Governing Board",
           "Board Chair",
           "Board Chairman",
           "Board Chairwoman",
           "Board Chairperson",
           "Founding Chair",
           "Founding Chairman",
           "Founding Chair of the Board",
           "Non-Executive Chair",
           "Non-Executive Chairman",
           "Non-Executive Chairwoman",
           "Independent Chair",
           "Independent Chairman",
           "President of the Board",
           "President of the Board of Directors",
           "Presidente del Consejo",
           "Presidenta del Consejo",
           "Presidente del Consejo de Administración",
           "Presidenta del Consejo de Administración",
           "Presidente del Directorio",
           "Presidenta del Directorio",
           "Presidente de la Junta Directiva",
           "Presidenta de la Junta Directiva",
           "Président du Conseil d'Administration",
           "Présidente du Conseil d'Administration"});
    // Seats on the governing board. Advisory boards, board advisors and observers and a
    // management board (the executives of a two-tier company) are not.
    teach(v, Role::BoardMember,
          {"Board",
           "Board Member",
           "Board Members",
           "Member of the Board",
           "Member Board",
           "Board of Directors",
           "Board of Director",
           "Board of Directors Member",
           "Member of the Board of Directors",
           "Member of Board of Directors",
           "Member Board of Directors",
           "Member Board of Director",
           "Director Board of Directors",
           "Director of the Board",
           "Board Director",
           "Founding Board Member",
           "Non-Executive Director",
           "Independent Director",
           "Independent Non-Executive Director",
           "Non-Executive Board Member",
           "Independent Board Member",
           "Outside Director",
           "Trustee",
           "Board Trustee",
           "Board of Trustees",
           "Board of Trustees Member",
           "Member of the Board of Trustees",
           "Governing Board",
           "Governing Board Member",
           "Member of the Governing Board",
           "Supervisory Board Member",
           "Member of the Supervisory Board",
           "Board Treasurer",
           "Treasurer of the Board",
           "Board Vice Chair",
           "Board Vice-Chairman",
           "Board Vice President",
           "Vice Chair of the Board",
           "Vice Chairman of the Board",
           "Miembro del Consejo",
           "Miembro del Consejo de Administración",
           "Consejero Independiente",
           "Consejera Independiente",
           "Miembro del Directorio",
           "Miembro de la Junta Directiva",
           "Membre du Conseil d'Administration"});
    // "Founding Engineer", "Founding Member" and the like name the first holders of a post,
    // not founders.
    teach(v, Role::Founder,
          {"Founder", "Co-Founder", "Cofounder", "Founders", "Co-Founders", "Cofounders",
           "Original Founder", "Original Co-Founder", "Original Cofounder", "Founding Partner",
           "Fundador", "Fundadora", "Cofundador", "Cofundadora", "Fondateur", "Fondatrice",
           "Cofondateur", "Cofondatrice"});
}
