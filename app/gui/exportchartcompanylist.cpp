#include "exportchartcompanylist.h"

#include <QStandardItemModel>

#include <algorithm>

ExportChartCompanyList::ExportChartCompanyList(QWidget *parent)
    : QListView(parent), m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setUniformItemSizes(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_model, &QStandardItemModel::itemChanged, this,
            [this](QStandardItem *) { emit checkedChanged(); });
}

void ExportChartCompanyList::setCompanies(const QStringList &companies, const QStringList &checked)
{
    const QSignalBlocker blocker(m_model);
    m_model->clear();
    // A filter naming none of these companies would show nothing: start from all of them.
    const bool any = std::any_of(companies.begin(), companies.end(), [&](const QString &name) {
        return checked.contains(name, Qt::CaseInsensitive);
    });
    for (const QString &name : companies) {
        auto *item = new QStandardItem(name);
        item->setCheckable(true);
        item->setEditable(false);
        const bool ticked = !any || checked.contains(name, Qt::CaseInsensitive);
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
        m_model->appendRow(item);
    }
    emit checkedChanged();
}

void ExportChartCompanyList::setAllChecked(bool checked)
{
    {
        const QSignalBlocker blocker(m_model);
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_model->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    viewport()->update();
    emit checkedChanged();
}

QStringList ExportChartCompanyList::filter() const
{
    if (checkedCount() == companyCount())
        return {};
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->checkState() == Qt::Checked)
            names << m_model->item(row)->text();
    }
    return names;
}

int ExportChartCompanyList::checkedCount() const
{
    int count = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        count += m_model->item(row)->checkState() == Qt::Checked ? 1 : 0;
    return count;
}

int ExportChartCompanyList::companyCount() const
{
    return m_model->rowCount();
}
