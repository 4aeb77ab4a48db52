#include "namemanagerdialog.h"

#include "edit/edithistory.h"
#include "model/namevariants.h"
#include "models/namelistmodel.h"
#include "namevariantspanel.h"
#include "plaintext.h"
#include "rolemappingpanel.h"
#include "store/eventrepository.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

NameManagerDialog::NameManagerDialog(EditHistory &history, QWidget *parent)
    : QDialog(parent), m_history(history)
{
    setWindowTitle(tr("Companies and people"));
    m_companies = new NameListModel(this);
    m_people = new NameListModel(this);
    m_companyList = new QListView;
    m_companyList->setObjectName(QStringLiteral("companies"));
    m_companyList->setModel(m_companies);
    m_peopleList = new QListView;
    m_peopleList->setObjectName(QStringLiteral("people"));
    m_peopleList->setModel(m_people);
    for (QListView *list : {m_companyList, m_peopleList}) {
        list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        // Ctrl+ or Shift+click picks several names to merge into one.
        list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    }
    m_companyVariants = new NameVariantsPanel;
    m_peopleVariants = new NameVariantsPanel;
    for (NameVariantsPanel *panel : {m_companyVariants, m_peopleVariants})
        connect(panel, &NameVariantsPanel::mergeRequested, this, &NameManagerDialog::mergeNames);
    m_companyPage = namePage(m_companyList, m_companyVariants);
    m_peoplePage = namePage(m_peopleList, m_peopleVariants);

    m_tabs = new QTabWidget;
    m_tabs->addTab(m_companyPage, tr("&Companies"));
    m_tabs->addTab(m_peoplePage, tr("&People"));
    m_roles = new RoleMappingPanel(history);
    m_tabs->addTab(m_roles, tr("R&oles"));
    connect(m_roles, &RoleMappingPanel::failed, this,
            [this](const QString &error) { report(false, error); });

    auto *rename = new QPushButton(tr("&Rename…"));
    auto *merge = new QPushButton(tr("&Merge into…"));
    merge->setObjectName(QStringLiteral("mergeInto"));
    merge->setToolTip(tr("Merge the selected names (Ctrl+click for several) into one name"));
    auto *color = new QPushButton(tr("C&olour…"));
    connect(rename, &QPushButton::clicked, this, &NameManagerDialog::promptRename);
    connect(merge, &QPushButton::clicked, this, &NameManagerDialog::promptMerge);
    connect(color, &QPushButton::clicked, this, &NameManagerDialog::promptColor);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, rename, merge, color] {
        color->setEnabled(companiesShown());
        // The Roles tab has buttons of its own.
        for (QPushButton *button : {rename, merge, color})
            button->setVisible(m_tabs->currentWidget() != m_roles);
    });

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(rename);
    buttons->addWidget(merge);
    buttons->addWidget(color);
    buttons->addStretch();
    auto *body = new QHBoxLayout;
    body->addWidget(m_tabs, 1);
    body->addLayout(buttons);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setTextFormat(Qt::PlainText); // messages quote names, which are not markup
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(m_error);
    layout->addWidget(close);
    resize(760, 520); // room for long job titles in the Roles tab

    connect(&m_history, &EditHistory::databaseChanged, this, &NameManagerDialog::reload);
    reload();
}

void NameManagerDialog::reload()
{
    EventStore &events = m_history.repository();
    std::vector<NameListModel::Entry> companies;
    if (auto list = events.companies()) {
        for (const Company &c : *list)
            companies.push_back({c.name, c.eventCount, c.color, c.identifier});
    }
    std::vector<NameListModel::Entry> people;
    if (auto counted = events.peopleWithEventCounts()) {
        for (const auto &[name, count] : *counted)
            people.push_back({name, count, QColor(), {}});
    }
    const QString keep = selectedName();
    m_companyVariants->setNames(companies);
    m_peopleVariants->setNames(people);
    m_companies->setEntries(std::move(companies));
    m_people->setEntries(std::move(people));
    selectName(keep);
    m_roles->reload();
}

QWidget *NameManagerDialog::namePage(QListView *list, NameVariantsPanel *variants)
{
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(list);
    splitter->addWidget(variants);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

void NameManagerDialog::showPeople()
{
    m_tabs->setCurrentWidget(m_peoplePage);
}

bool NameManagerDialog::companiesShown() const
{
    return m_tabs->currentWidget() == m_companyPage;
}

NameVariantsPanel *NameManagerDialog::variants() const
{
    return companiesShown() ? m_companyVariants : m_peopleVariants;
}

QListView *NameManagerDialog::currentList() const
{
    return companiesShown() ? m_companyList : m_peopleList;
}

void NameManagerDialog::showRoles()
{
    m_tabs->setCurrentWidget(m_roles);
}

QString NameManagerDialog::selectedName() const
{
    const QModelIndex index = currentList()->currentIndex();
    return index.isValid() ? index.data(Qt::EditRole).toString() : QString();
}

QStringList NameManagerDialog::selectedNames() const
{
    QStringList names;
    const QModelIndexList rows = currentList()->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        names << index.data(Qt::EditRole).toString();
    if (names.isEmpty() && !selectedName().isEmpty())
        names << selectedName();
    return names;
}

bool NameManagerDialog::selectName(const QString &name)
{
    auto *model = static_cast<NameListModel *>(currentList()->model());
    const int row = model->rowOf(name);
    if (row < 0)
        return false;
    currentList()->setCurrentIndex(model->index(row));
    return true;
}

bool NameManagerDialog::report(bool ok, const QString &error)
{
    m_lastError = ok ? QString() : error;
    m_error->setText(m_lastError);
    return ok;
}

QString NameManagerDialog::lastError() const
{
    return m_lastError;
}

bool NameManagerDialog::renameSelected(const QString &newName)
{
    const QString from = selectedName();
    if (from.isEmpty())
        return report(false, tr("Choose a name to rename first."));
    const Status status = companiesShown() ? m_history.renameCompany(from, newName)
                                           : m_history.renamePerson(from, newName);
    return report(status.ok(), status ? QString() : status.error().message);
}

bool NameManagerDialog::mergeSelectedInto(const QString &target)
{
    const QStringList from = NameVariants::othersThan(selectedNames(), target);
    if (from.isEmpty())
        return report(false, tr("Choose the names to merge away first."));
    return mergeNames(from, target);
}

bool NameManagerDialog::mergeNames(const QStringList &from, const QString &into)
{
    const Status status =
        companiesShown() ? m_history.mergeCompanies(from, into) : m_history.mergePeople(from, into);
    return report(status.ok(), status ? QString() : status.error().message);
}

bool NameManagerDialog::setSelectedColor(const QColor &color)
{
    const QString company = companiesShown() ? selectedName() : QString();
    if (company.isEmpty())
        return report(false, tr("Choose a company first."));
    const Status status = m_history.setCompanyColor(company, color);
    return report(status.ok(), status ? QString() : status.error().message);
}

void NameManagerDialog::promptRename()
{
    const QString from = selectedName();
    if (from.isEmpty())
        return void(report(false, tr("Choose a name to rename first.")));
    bool ok = false;
    const QString to = QInputDialog::getText(
        this, tr("Rename"), PlainText::asRichText(tr("New name for %1:").arg(from)),
        QLineEdit::Normal, from, &ok);
    if (ok && to != from)
        renameSelected(to);
}

void NameManagerDialog::promptMerge()
{
    const QStringList from = selectedNames();
    if (from.isEmpty())
        return void(report(false, tr("Choose the names to merge away first.")));
    // Several selected: the name kept is usually one of them, so they come first.
    auto *model = static_cast<NameListModel *>(currentList()->model());
    QStringList choices = from.size() > 1 ? from : QStringList();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!from.contains(model->entry(row).name))
            choices << model->entry(row).name;
    }
    const QString question =
        from.size() == 1
            ? tr("Merge %1 into (all its events follow):").arg(from.front())
            : tr("Merge %1 into (all their events follow):").arg(from.join(QStringLiteral(", ")));
    bool ok = false;
    const QString into = QInputDialog::getItem(this, tr("Merge"), PlainText::asRichText(question),
                                               choices, 0, false, &ok);
    if (ok)
        mergeSelectedInto(into);
}

void NameManagerDialog::promptColor()
{
    const QString company = selectedName();
    if (company.isEmpty() || !companiesShown())
        return void(report(false, tr("Choose a company first.")));
    const QColor current = m_companies->entry(m_companies->rowOf(company)).color;
    const QColor chosen = QColorDialog::getColor(current.isValid() ? current : QColor(Qt::gray),
                                                 this, tr("Colour of %1").arg(company));
    if (chosen.isValid())
        setSelectedColor(chosen);
}
