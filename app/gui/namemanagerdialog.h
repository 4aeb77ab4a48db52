#pragma once

#include <QDialog>

class EditHistory;
class NameListModel;
class QLabel;
class QListView;
class QTabWidget;
class RoleMappingPanel;

// Manage companies and people: rename one, merge one into another (all its events follow),
// and set a company's colour; and what job titles mean (the Roles tab). Every change goes
// through EditHistory, so each is undoable.
class NameManagerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NameManagerDialog(EditHistory &history, QWidget *parent = nullptr);

    void showPeople();
    void showRoles();
    RoleMappingPanel *roles() const { return m_roles; }
    // What the buttons do once the user has said what they want; the tests call these too.
    bool selectName(const QString &name);
    bool renameSelected(const QString &newName);
    bool mergeSelectedInto(const QString &target);
    bool setSelectedColor(const QColor &color);
    QString lastError() const;

private:
    bool companiesShown() const;
    QListView *currentList() const;
    QString selectedName() const;
    void reload();
    void promptRename();
    void promptMerge();
    void promptColor();
    bool report(bool ok, const QString &error);

    EditHistory &m_history;
    QTabWidget *m_tabs = nullptr;
    QListView *m_companyList = nullptr;
    QListView *m_peopleList = nullptr;
    NameListModel *m_companies = nullptr;
    NameListModel *m_people = nullptr;
    RoleMappingPanel *m_roles = nullptr;
    QLabel *m_error = nullptr;
    QString m_lastError;
};
