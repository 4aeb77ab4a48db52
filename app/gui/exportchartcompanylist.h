#pragma once

#include <QListView>
#include <QStringList>

class QStandardItemModel;

// The companies a chart may show, each with a check box. Checking them all means "every
// company", so a chart made that way also shows companies added later.
class ExportChartCompanyList : public QListView
{
    Q_OBJECT
public:
    explicit ExportChartCompanyList(QWidget *parent = nullptr);

    // Lists `companies`; those in `checked` (case-insensitive) are ticked, all when it is empty.
    void setCompanies(const QStringList &companies, const QStringList &checked);
    void setAllChecked(bool checked);
    // The ticked companies for EventQuery::companies: empty when every one is ticked.
    QStringList filter() const;
    int checkedCount() const;
    int companyCount() const;

signals:
    void checkedChanged();

private:
    QStandardItemModel *m_model = nullptr;
};
