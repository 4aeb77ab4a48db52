#include "timelinerowactions.h"

#include "timelinewidget.h"

#include <QAction>
#include <QMenu>

namespace {
using Group = RoleVocabulary::Group;
constexpr Group groups[] = {Group::ChiefExecutive, Group::Executives, Group::ChairAndBoard,
                            Group::Founders, Group::Others};
} // namespace

TimelineRowActions::TimelineRowActions(TimelineWidget *timeline, QMenu *menu)
    : QObject(menu), m_timeline(timeline)
{
    QMenu *rows = menu->addMenu(tr("&Rows"));
    rows->setObjectName(QStringLiteral("rowsMenu"));
    m_leadershipOnly = rows->addAction(tr("&Leadership only"));
    m_leadershipOnly->setObjectName(QStringLiteral("leadershipOnlyAction"));
    m_leadershipOnly->setToolTip(tr("Show only the chief executive, executives and chair"));
    m_leadershipOnly->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_leadershipOnly->setCheckable(true);
    connect(m_leadershipOnly, &QAction::triggered, this, &TimelineRowActions::apply);
    rows->addSeparator();
    const QString names[] = {tr("Collapse &chief executive"), tr("Collapse &executives"),
                             tr("Collapse chair and &board"), tr("Collapse &founders"),
                             tr("Collapse &others")};
    for (std::size_t i = 0; i < std::size(groups); ++i) {
        QAction *action = rows->addAction(names[i]);
        action->setObjectName(QStringLiteral("collapseGroup%1").arg(int(groups[i])));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, &TimelineRowActions::apply);
        m_collapse.push_back(action);
    }
    connect(timeline, &TimelineWidget::viewChanged, this, &TimelineRowActions::sync);
    sync();
}

void TimelineRowActions::apply()
{
    RowOptions rows;
    rows.leadershipOnly = m_leadershipOnly->isChecked();
    for (std::size_t i = 0; i < m_collapse.size(); ++i) {
        if (m_collapse[i]->isChecked())
            rows.collapsedGroups.insert(groups[i]);
    }
    m_timeline->setRowOptions(rows);
}

void TimelineRowActions::sync()
{
    const RowOptions &rows = m_timeline->view().rows;
    m_leadershipOnly->setChecked(rows.leadershipOnly);
    for (std::size_t i = 0; i < m_collapse.size(); ++i)
        m_collapse[i]->setChecked(rows.collapsedGroups.contains(groups[i]));
}
