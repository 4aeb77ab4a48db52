#pragma once

#include <QAbstractTableModel>

#include <vector>

// The job titles a database uses, with what each means (the canonical roles it names) and
// whether the user mapped it: the Roles tab of Companies and people. Filled by its owner.
class RoleTitleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Entry
    {
        QString title;
        QString meaning; // the roles' names, or empty: a post of its own
        bool userMapped = false;
    };
    enum Column { TitleColumn, MeaningColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(std::vector<Entry> entries);
    const Entry &entry(int row) const { return m_entries.at(std::size_t(row)); }
    int rowOf(const QString &title) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<Entry> m_entries;
};
