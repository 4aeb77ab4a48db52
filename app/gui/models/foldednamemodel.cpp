#include "foldednamemodel.h"

#include "model/textfolding.h"

void FoldedNameModel::setNames(const QStringList &names)
{
    if (names == m_names)
        return;
    beginResetModel();
    m_names = names;
    m_folded.clear();
    endResetModel();
}

QString FoldedNameModel::storedSpelling(const QString &typed) const
{
    for (const QString &name : m_names) {
        if (name.compare(typed, Qt::CaseInsensitive) == 0)
            return name;
    }
    return typed;
}

int FoldedNameModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

QVariant FoldedNameModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_names.size())
        return {};
    const QString &name = m_names.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return name;
    if (role == foldedRole) {
        if (m_folded.empty()) {
            m_folded.reserve(std::size_t(m_names.size()));
            for (const QString &each : m_names)
                m_folded.push_back(TextFolding::nameKey(each));
        }
        return m_folded[std::size_t(index.row())];
    }
    return {};
}
