#pragma once

#include "model/derivationnote.h"

#include <QAbstractTableModel>

#include <vector>

// What the derivation of tenures had to guess or could not resolve, one note a row: company,
// kind, the events involved and a sentence. Filled by its owner; it never queries.
class DerivationNoteModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CompanyColumn, KindColumn, MessageColumn, ColumnCount };
    // Data roles beyond Qt's: the note's first event id, and whether it is a contradiction.
    enum Role { FirstEventRole = Qt::UserRole, ContradictionRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setNotes(std::vector<DerivationNote> notes);
    const DerivationNote &note(int row) const { return m_notes.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString kindName(DerivationNote::Kind kind);

private:
    std::vector<DerivationNote> m_notes;
};
