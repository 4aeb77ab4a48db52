#include "derivationnotemodel.h"

#include "plaintext.h"

void DerivationNoteModel::setNotes(std::vector<DerivationNote> notes)
{
    beginResetModel();
    m_notes = std::move(notes);
    endResetModel();
}

int DerivationNoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int DerivationNoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DerivationNoteModel::kindName(DerivationNote::Kind kind)
{
    switch (kind) {
    case DerivationNote::Kind::OrderFromConsistency:
        return tr("Order guessed");
    case DerivationNote::Kind::UnmatchedDeparture:
        return tr("Departure from no known post");
    case DerivationNote::Kind::OverlappingHolders:
        return tr("Two holders of a sole post");
    }
    return {};
}

QVariant DerivationNoteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const DerivationNote &n = m_notes[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CompanyColumn:
            return n.company;
        case KindColumn:
            return kindName(n.kind);
        case MessageColumn:
            return n.message;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? PlainText::asRichText(n.message) : QVariant();
    case FirstEventRole:
        return n.events.isEmpty() ? QVariant() : QVariant(n.events.first());
    case ContradictionRole:
        return n.isContradiction();
    default:
        return {};
    }
}

QVariant DerivationNoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CompanyColumn:
        return tr("Company");
    case KindColumn:
        return tr("Kind");
    case MessageColumn:
        return tr("What");
    }
    return {};
}
