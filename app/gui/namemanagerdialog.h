#pragma once

#include <QDialog>

class EditHistory;
class NameListModel;
class NameVariantsPanel;
class QLabel;
class QListView;
class QTabWidget;
class RoleMappingPanel;

// Manage companies and people: rename one, merge one or several into another (all their events
// follow), merge the likely variants of a name it suggests, and set a company's colour; and what
// job titles mean (the Roles tab). Every change goes through EditHistory, so each is undoable.
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
    // Merges every selected name but `target` into `target`, as one undoable step.
    bool mergeSelectedInto(const QString &target);
    // The suggested groups of the current tab (Companies or People).
    NameVariantsPanel *variants() const;
    // Merges names as the variants panel asks: `from` into `into`, as one undoable step.
    bool mergeNames(const QStringList &from, const QString &into);
    bool setSelectedColor(const QColor &color);
    QString lastError() const;

private:
    bool companiesShown() const;
    QListView *currentList() const;
    QString selectedName() const;
    QStringList selectedNames() const;
    QWidget *namePage(QListView *list, NameVariantsPanel *variants);
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
    NameVariantsPanel *m_companyVariants = nullptr;
    NameVariantsPanel *m_peopleVariants = nullptr;
    QWidget *m_companyPage = nullptr;
    QWidget *m_peoplePage = nullptr;
    RoleMappingPanel *m_roles = nullptr;
    QLabel *m_error = nullptr;
    QString m_lastError;
};
