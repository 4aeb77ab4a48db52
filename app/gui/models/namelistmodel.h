#pragma once

#include <QAbstractListModel>
#include <QColor>

#include <vector>

// Companies or people as a list: the name, how many events name it, and (companies) the colour
// as a swatch. Filled from the store by whoever owns it; it never queries.
class NameListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    struct Entry
    {
        QString name;
        qint64 eventCount = 0;
        QColor color;       // invalid: none chosen
        QString identifier; // a company's CompanyIdentifier, '' when none
    };

    using QAbstractListModel::QAbstractListModel;

    void setEntries(std::vector<Entry> entries);
    const Entry &entry(int row) const { return m_entries.at(std::size_t(row)); }
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    std::vector<Entry> m_entries;
};
