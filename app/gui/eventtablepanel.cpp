#include "eventtablepanel.h"

#include "eventlabels.h"
#include "model/money.h"
#include "models/eventtablemodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

EventTablePanel::EventTablePanel(QWidget *parent) : QWidget(parent)
{
    m_model = new EventTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EventTableModel::SortKeyRole);

    // One search drives everything (the Filters panel, Ctrl+F); this line says what it left.
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("tableSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // elided, not wider
    m_clearFilters = new QPushButton(tr("C&lear filters"));
    m_clearFilters->setObjectName(QStringLiteral("clearFilters"));
    m_clearFilters->hide();
    connect(m_clearFilters, &QPushButton::clicked, this, &EventTablePanel::clearFiltersRequested);
    m_inViewOnly = new QCheckBox(tr("Only in &view"));
    m_inViewOnly->setObjectName(QStringLiteral("inViewOnly"));
    m_inViewOnly->setToolTip(tr("List only the events in the timeline's visible span"));
    connect(m_inViewOnly, &QCheckBox::toggled, this, &EventTablePanel::inViewOnlyToggled);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("eventTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EventTableModel::Date, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->installEventFilter(this);
    setInitialColumnWidths();

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EventTablePanel::onSelectionChanged);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const EventId id = idAt(index))
            emit eventActivated(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(m_clearFilters);
    header->addWidget(m_inViewOnly);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    // A panel switch (F6) lands on the rows.
    setFocusProxy(m_view);
}

void EventTablePanel::setInitialColumnWidths()
{
    // In characters of the table's font: enough for typical values, the rest is elided.
    const int ch = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const std::pair<int, int> widths[] = {
        {EventTableModel::Date, 11},        {EventTableModel::Company, 16},
        {EventTableModel::Type, 14},        {EventTableModel::People, 20},
        {EventTableModel::RoleOrRound, 16}, {EventTableModel::Amount, 9},
        {EventTableModel::Status, 11},      {EventTableModel::Description, 40},
        {EventTableModel::Source, 20}};
    for (const auto &[column, chars] : widths)
        m_view->setColumnWidth(column, chars * ch + 12);
    // Wide enough for every type and a typical amount in the language in use ("Ronda de
    // financiación", "101 millones US$").
    int type = m_view->columnWidth(EventTableModel::Type);
    for (EventType kind : EventLabels::allTypes())
        type =
            std::max(type, m_view->fontMetrics().horizontalAdvance(EventLabels::type(kind)) + 12);
    m_view->setColumnWidth(EventTableModel::Type, type);
    m_view->setColumnWidth(
        EventTableModel::Amount,
        std::max(m_view->columnWidth(EventTableModel::Amount),
                 m_view->fontMetrics().horizontalAdvance(Money::formatShort(888'000'000)) + 12));
}

void EventTablePanel::setEvents(std::vector<Event> events)
{
    const EventId keep = selectedEvent();
    m_selectingProgrammatically = true;
    m_model->setEvents(std::move(events));
    m_selectingProgrammatically = false;
    selectEvent(keep);
}

void EventTablePanel::setSummary(qint64 listed, qint64 matching, qint64 total,
                                 const QString &filter)
{
    QString text;
    const bool filtered = !filter.isEmpty();
    if (matching < 0)
        text =
            filtered
                ? tr("More than %L1 of %L2 events · filter: %3").arg(listed).arg(total).arg(filter)
                : tr("More than %L1 events").arg(listed);
    else
        text = filtered ? tr("%L1 of %L2 events · filter: %3").arg(matching).arg(total).arg(filter)
                        : tr("%L1 events").arg(matching);
    if (inViewOnly())
        text += tr(" · in view");
    if (matching < 0 || listed < matching)
        text += tr(" · the first %L1 listed").arg(listed);
    m_summary->setText(text);
    m_summary->setToolTip(text);
    m_clearFilters->setVisible(filtered);
}

bool EventTablePanel::inViewOnly() const
{
    return m_inViewOnly->isChecked();
}

void EventTablePanel::selectEvent(EventId id)
{
    const int row = id ? m_model->rowForEvent(id) : -1;
    const QModelIndex index =
        row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    m_selectingProgrammatically = true;
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clearSelection();
    }
    m_selectingProgrammatically = false;
}

EventId EventTablePanel::selectedEvent() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : idAt(rows.first());
}

EventId EventTablePanel::idAt(const QModelIndex &proxyIndex) const
{
    return proxyIndex.isValid() ? proxyIndex.data(EventTableModel::EventIdRole).toLongLong() : 0;
}

void EventTablePanel::onSelectionChanged()
{
    if (m_selectingProgrammatically)
        return;
    if (const EventId id = selectedEvent())
        emit eventSelected(id);
}

bool EventTablePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (const EventId id = selectedEvent()) {
                emit eventActivated(id);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}
