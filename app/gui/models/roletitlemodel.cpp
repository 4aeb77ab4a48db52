#include "roletitlemodel.h"

#include <QFont>

void RoleTitleModel::setEntries(std::vector<Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int RoleTitleModel::rowOf(const QString &title) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].title.compare(title, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

int RoleTitleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RoleTitleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleTitleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Entry &e = m_entries[std::size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        if (index.column() == TitleColumn)
            return e.title;
        if (e.meaning.isEmpty())
            return tr("a post of its own");
        return e.userMapped ? tr("%1 (mapped here)").arg(e.meaning) : e.meaning;
    }
    if (role == Qt::FontRole && index.column() == MeaningColumn && e.meaning.isEmpty()) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

QVariant RoleTitleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? tr("Title as written") : tr("Means");
}
