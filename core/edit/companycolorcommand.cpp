#include "companycolorcommand.h"

#include "store/eventstore.h"

namespace {
// QUndoStack merges only commands with the same id; any fixed number unique among the commands.
constexpr int companyColorId = 1;
} // namespace

CompanyColorCommand::CompanyColorCommand(EditHistory &history, const QString &company,
                                         const QColor &before, const QColor &after)
    // In EditHistory's context, where every other step's name is.
    : RepositoryCommand(
          history, QCoreApplication::translate("EditHistory", "Set colour of %1").arg(company)),
      m_company(company), m_before(before), m_after(after)
{}

int CompanyColorCommand::id() const
{
    return companyColorId;
}

bool CompanyColorCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const CompanyColorCommand *>(other);
    if (next->m_company.compare(m_company, Qt::CaseInsensitive) != 0)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

Status CompanyColorCommand::apply()
{
    return events().setCompanyColor(m_company, m_after);
}

Status CompanyColorCommand::revert()
{
    return events().setCompanyColor(m_company, m_before);
}
