#pragma once

#include "model/rolevocabulary.h"

#include <QWidget>

#include <optional>

class EditHistory;
class QComboBox;
class QSortFilterProxyModel;
class QTableView;
class RoleTitleModel;

// The Roles tab of Companies and people: every job title in the database and what it means;
// a title the vocabulary does not know can be mapped to a canonical role (or a mapping
// forgotten), undoably, for every derivation of tenures on this database.
class RoleMappingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RoleMappingPanel(EditHistory &history, QWidget *parent = nullptr);

    void reload();
    bool selectTitle(const QString &title);
    // What the buttons do; the tests call these too. An empty error means done.
    QString mapSelected(RoleVocabulary::Role role);
    QString forgetSelected();

signals:
    void failed(const QString &message);

private:
    QString selectedTitle() const;

    EditHistory &m_history;
    RoleTitleModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_role;
};
