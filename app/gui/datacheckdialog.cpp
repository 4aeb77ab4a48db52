#include "datacheckdialog.h"

#include "models/derivationnotemodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

DataCheckDialog::DataCheckDialog(std::vector<DerivationNote> notes, int tenureCount,
                                 QWidget *parent)
    : QDialog(parent), m_model(new DerivationNoteModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_guesses(new QCheckBox(tr("Show &guesses too (events whose dates overlap, taken in the "
                                 "order that makes sense)"),
                              this)),
      m_summary(new QLabel(this))
{
    setWindowTitle(tr("Check the data"));
    int contradictions = 0;
    for (const DerivationNote &note : notes)
        contradictions += note.isContradiction();
    const int guesses = int(notes.size()) - contradictions;
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("%1, %2 — in %3 derived from the appointments and departures.")
                           .arg(tr("%n contradictions of the data", nullptr, contradictions),
                                tr("%n guesses", nullptr, guesses),
                                tr("%n tenures", nullptr, tenureCount)));

    m_model->setNotes(std::move(notes));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(DerivationNoteModel::ContradictionRole);
    m_view->setObjectName(QStringLiteral("notes"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DerivationNoteModel::CompanyColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QVariant id = index.data(DerivationNoteModel::FirstEventRole);
        if (id.isValid())
            emit eventChosen(id.toLongLong());
    });
    m_guesses->setObjectName(QStringLiteral("guesses"));
    connect(m_guesses, &QCheckBox::toggled, this, &DataCheckDialog::updateFilter);
    updateFilter();
    m_view->resizeColumnToContents(DerivationNoteModel::CompanyColumn);
    m_view->resizeColumnToContents(DerivationNoteModel::KindColumn);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_guesses);
    layout->addWidget(buttons);
    resize(900, 480);
}

int DataCheckDialog::shownRows() const
{
    return m_proxy->rowCount();
}

void DataCheckDialog::updateFilter()
{
    // Contradictions always; guesses when asked for.
    m_proxy->setFilterFixedString(m_guesses->isChecked() ? QString() : QStringLiteral("true"));
}
