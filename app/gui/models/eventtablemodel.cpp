#include "eventtablemodel.h"

#include "eventlabels.h"
#include "model/money.h"
#include "plaintext.h"

namespace {
// A date's place in time: its first day, then coarser before finer, as PartialDate orders them.
qint64 dateSortKey(const PartialDate &date)
{
    return date.firstDay().toJulianDay() * 3 + int(date.precision());
}
} // namespace

void EventTableModel::setEvents(std::vector<Event> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int EventTableModel::rowForEvent(EventId id) const
{
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        if (m_events[i].id == id)
            return int(i);
    }
    return -1;
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnCountValue;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCountValue)
        return {};
    const Event &e = m_events[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(e, index.column());
    case Qt::ToolTipRole:
        return toolTip(e, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Amount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EventIdRole:
        return e.id;
    case SortKeyRole:
        return sortKey(e, index.column());
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Company:
        return tr("Company");
    case Type:
        return tr("Type");
    case People:
        return tr("People");
    case RoleOrRound:
        return tr("Role / Round");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status");
    case Description:
        return tr("Description");
    case Source:
        return tr("Source");
    }
    return {};
}

QString EventTableModel::displayText(const Event &e, int column)
{
    switch (column) {
    case Date:
        return e.date.toString();
    case Company:
        return e.company;
    case Type:
        return EventLabels::type(e.type);
    case People:
        return e.people.join(QStringLiteral(", "));
    case RoleOrRound:
        if (e.type == EventType::Funding)
            return e.round;
        if (e.type == EventType::Acquisition)
            return e.acquirer.isEmpty() ? QString() : tr("by %1").arg(e.acquirer);
        return e.interim ? tr("%1 (interim)").arg(e.role) : e.role;
    case Amount:
        return e.amountUsd ? Money::formatShort(*e.amountUsd, e.currency) : QString();
    case Status:
        return e.type == EventType::Funding || e.type == EventType::Acquisition
                   ? EventLabels::status(e.status)
                   : QString();
    case Description:
        // One line in the table; the tooltip and the details panel show all of it.
        return e.description.simplified();
    case Source: {
        const EventSource main = e.sources.value(0);
        const QString text = !main.title.isEmpty() ? main.title
                             : !main.url.isEmpty() ? main.url
                                                   : main.outlet;
        return e.sources.size() > 1 ? tr("%1 (+%2 more)").arg(text).arg(e.sources.size() - 1)
                                    : text;
    }
    }
    return {};
}

QVariant EventTableModel::sortKey(const Event &e, int column) const
{
    switch (column) {
    case Date:
        return dateSortKey(e.date);
    case Amount:
        // Rounds of undisclosed size sort below every amount.
        return e.amountUsd ? *e.amountUsd : qint64(-1);
    default:
        return displayText(e, column).toCaseFolded();
    }
}

QVariant EventTableModel::toolTip(const Event &e, int column) const
{
    switch (column) {
    case Date:
        return e.date.toDisplayString();
    case Amount:
        if (!e.amountUsd)
            return {};
        return e.valuationUsd ? tr("%1 at a valuation of %2")
                                    .arg(Money::formatFull(*e.amountUsd, e.currency),
                                         Money::formatFull(*e.valuationUsd, e.currency))
                              : Money::formatFull(*e.amountUsd, e.currency);
    case Source: {
        QStringList urls;
        for (const EventSource &source : e.sources) {
            if (!source.url.isEmpty())
                urls << source.url;
        }
        if (!urls.isEmpty())
            return PlainText::asRichText(urls.join(QLatin1Char('\n')));
        break;
    }
    default:
        break;
    }
    // Rich text, so a long description wraps instead of running off the screen.
    return PlainText::asRichText(e.description.isEmpty() ? e.summary() : e.description);
}
