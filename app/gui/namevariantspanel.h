#pragma once

#include "models/namelistmodel.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <vector>

class QLabel;
class QListView;
class QPushButton;
class QStringListModel;

// The likely variants among a list of names (NameVariants: equal but for case, accents,
// punctuation and spacing), one group a row, each offered for merging into the spelling the user
// keeps — by default the one most events use. It only suggests; the dialog that owns it merges.
class NameVariantsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NameVariantsPanel(QWidget *parent = nullptr);

    void setNames(const std::vector<NameListModel::Entry> &entries);
    int groupCount() const { return int(m_groups.size()); }
    // A group's spellings, the one suggested for keeping first (NameVariants::sortByPreference).
    QStringList group(int row) const;
    bool selectGroup(int row);
    int selectedGroup() const;
    // Asks which spelling of the selected group to keep, then asks for the merge.
    void promptMerge();

signals:
    void mergeRequested(const QStringList &from, const QString &into);

private:
    QLabel *m_title = nullptr;
    QListView *m_list = nullptr;
    QStringListModel *m_model = nullptr;
    QPushButton *m_merge = nullptr;
    std::vector<QStringList> m_groups;
    QHash<QString, qint64> m_counts;
};
