#pragma once

#include <QAbstractListModel>
#include <QStringList>

#include <vector>

// People's names for a completer: each name as written (DisplayRole) and folded by
// TextFolding::nameKey (foldedRole) so that "sean o h" finds "Seán Ó hÉigeartaigh". The folded
// keys are computed once, when a completer first asks, so a database of 100k names costs nothing
// until someone types — neither at start nor after each edit.
class FoldedNameModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int foldedRole = Qt::UserRole + 1;

    using QAbstractListModel::QAbstractListModel;

    // Does nothing when the names are those shown already (most edits add no person).
    void setNames(const QStringList &names);
    const QStringList &names() const { return m_names; }
    // The name as stored that `typed` is, ignoring case; `typed` itself when none is.
    QString storedSpelling(const QString &typed) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QStringList m_names;
    mutable std::vector<QString> m_folded; // empty until first needed
};
