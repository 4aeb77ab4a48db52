#include "rolemappingpanel.h"

#include "edit/edithistory.h"
#include "models/roletitlemodel.h"
#include "store/eventrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

RoleMappingPanel::RoleMappingPanel(EditHistory &history, QWidget *parent)
    : QWidget(parent), m_history(history), m_model(new RoleTitleModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_role(new QComboBox(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setObjectName(QStringLiteral("titles"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RoleTitleModel::TitleColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->resizeSection(RoleTitleModel::TitleColumn, 360);

    auto *filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Filter titles"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_role->setObjectName(QStringLiteral("role"));
    for (const RoleVocabulary::Role role : RoleVocabulary::allRoles())
        m_role->addItem(RoleVocabulary::displayName(role), int(role));
    auto *map = new QPushButton(tr("&Map to"), this);
    auto *forget = new QPushButton(tr("&Forget mapping"), this);
    connect(map, &QPushButton::clicked, this, [this] {
        if (const QString error = mapSelected(RoleVocabulary::Role(m_role->currentData().toInt()));
            !error.isEmpty())
            emit failed(error);
    });
    connect(forget, &QPushButton::clicked, this, [this] {
        if (const QString error = forgetSelected(); !error.isEmpty())
            emit failed(error);
    });

    auto *note = new QLabel(tr("A title's meaning decides who succeeds whom and which row its "
                               "bars go in; the title as written is what is shown."),
                            this);
    note->setWordWrap(true);
    auto *controls = new QHBoxLayout;
    controls->addWidget(map);
    controls->addWidget(m_role, 1);
    controls->addWidget(forget);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(filter);
    layout->addWidget(m_view, 1);
    layout->addLayout(controls);
    reload();
}

void RoleMappingPanel::reload()
{
    EventStore &events = m_history.repository();
    auto vocabulary = events.vocabulary();
    auto titles = events.roles();
    auto aliases = events.roleAliases();
    if (!vocabulary || !titles || !aliases)
        return;
    QSet<QString> mapped;
    for (const auto &[title, role] : *aliases)
        mapped.insert(RoleVocabulary::normalise(title));
    std::vector<RoleTitleModel::Entry> entries;
    for (const QString &title : *titles) {
        QStringList names;
        for (const RoleVocabulary::Role role : vocabulary->rolesOf(title))
            names << RoleVocabulary::displayName(role);
        entries.push_back({title, names.join(QStringLiteral(", ")),
                           mapped.contains(RoleVocabulary::normalise(title))});
    }
    const QString keep = selectedTitle();
    m_model->setEntries(std::move(entries));
    selectTitle(keep);
}

QString RoleMappingPanel::selectedTitle() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid()
               ? m_proxy->index(index.row(), RoleTitleModel::TitleColumn).data().toString()
               : QString();
}

bool RoleMappingPanel::selectTitle(const QString &title)
{
    const int row = m_model->rowOf(title);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    return true;
}

QString RoleMappingPanel::mapSelected(RoleVocabulary::Role role)
{
    const QString title = selectedTitle();
    if (title.isEmpty())
        return tr("Choose a title first.");
    const Status status = m_history.setRoleAlias(title, role);
    return status ? QString() : status.error().message;
}

QString RoleMappingPanel::forgetSelected()
{
    const QString title = selectedTitle();
    if (title.isEmpty())
        return tr("Choose a title first.");
    const Status status = m_history.setRoleAlias(title, std::nullopt);
    return status ? QString() : status.error().message;
}
