#include "namelistmodel.h"

#include "model/namevariants.h"
#include "plaintext.h"

void NameListModel::setEntries(std::vector<Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int NameListModel::rowOf(const QString &name) const
{
    // The name as written first: "Émile" and "émile" are two names to the store.
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].name == name)
            return int(i);
    }
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (NameVariants::sameName(m_entries[i].name, name))
            return int(i);
    }
    return -1;
}

int NameListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant NameListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Entry &e = m_entries[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        const QString name =
            e.identifier.isEmpty() ? e.name : tr("%1 · %2").arg(e.name, e.identifier);
        return tr("%1  (%n events)", nullptr, int(e.eventCount)).arg(name);
    }
    case Qt::EditRole:
        return e.name;
    case Qt::DecorationRole:
        return e.color.isValid() ? QVariant(e.color) : QVariant();
    case Qt::ToolTipRole:
        return PlainText::asRichText(e.name);
    default:
        return {};
    }
}
