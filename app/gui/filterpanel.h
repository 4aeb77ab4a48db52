#pragma once

#include "store/eventquery.h"

#include <QMetaType>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

struct Company;
class QCheckBox;
class QLabel;
class PeopleCompleter;
class QLineEdit;
class QListView;
class QStandardItem;
class QStandardItemModel;

// What the user wants to see: which companies and event types, one person, a date range and
// words to search for, turned into an EventQuery. Tells its owner as soon as anything changes
// (typing after a short pause); setting it from outside is silent.
class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FilterPanel(QWidget *parent = nullptr);

    // The companies and people to choose from. Companies still there keep their check; new ones
    // are checked when every company was. Emits nothing.
    void setChoices(const std::vector<Company> &companies, const QStringList &people);
    void setCompanies(const std::vector<Company> &companies);
    // After an edit: the companies named in `touched` are now `stored` (those of them that still
    // have events), each keeping its check; the other companies are left as they are.
    void updateCompanies(const QStringList &touched, const std::vector<Company> &stored);
    // The people to complete are read from `source` when the Person field is first used, and
    // again after peopleChanged(): a large database has 100k names, wanted rarely.
    void setPeopleSource(std::function<QStringList()> source);
    void peopleChanged();

    // All companies or all types checked leave that list empty (= all). When a group has nothing
    // checked, nothing can match and the query's limit is 0. A bad date is left out.
    EventQuery query() const;
    // Shows the query (limit 0 unchecks the groups whose list is empty). Emits nothing.
    void setQuery(const EventQuery &query);

public slots:
    void clearFilters(); // everything shown; emits queryChanged if that is a change
    void focusSearch();  // Find: the search field, its text selected to be typed over

signals:
    void queryChanged(const EventQuery &query);

private:
    QWidget *buildCompanies();
    QWidget *buildTypes();
    QWidget *buildRest();
    QStandardItem *companyItem(const Company &company, bool checked) const;
    void setAllCompaniesChecked(bool checked);
    void setCompanyChecks(const QStringList &names); // empty: all
    QStringList checkedCompanies(bool *all) const;
    std::optional<QDate> readDate(QLineEdit *edit, bool last) const;
    void markDate(QLineEdit *edit);
    void explainSearch(); // says why a search for "*" shows nothing
    void changedNow();    // a click: emit at once
    void changedTyping(); // a keystroke: emit after a pause
    void emitIfChanged();

    QStandardItemModel *m_companies = nullptr;
    QListView *m_companyList = nullptr;
    QList<QCheckBox *> m_types;
    QLineEdit *m_person = nullptr;
    PeopleCompleter *m_personCompleter = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_searchNote = nullptr;
    QTimer m_typingPause;
    bool m_updating = false; // set while the panel changes its own widgets
    std::optional<EventQuery> m_lastEmitted;
};

Q_DECLARE_METATYPE(EventQuery)
