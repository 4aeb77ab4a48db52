#pragma once

#include <QObject>

#include <vector>

class QAction;
class QMenu;
class TimelineWidget;

// The View menu's "Rows" commands: show only the leadership, or collapse a role group (chief
// executive, executives, chair and board, founders, others) to one summary row with a count.
// Checkable actions that follow the timeline's view, whoever changed it.
class TimelineRowActions : public QObject
{
    Q_OBJECT
public:
    // Adds a "Rows" submenu to `menu`, which owns this object.
    TimelineRowActions(TimelineWidget *timeline, QMenu *menu);

    QAction *leadershipOnly() const { return m_leadershipOnly; }
    // The collapse action of each RoleVocabulary::Group, in its order.
    const std::vector<QAction *> &collapseGroup() const { return m_collapse; }

private:
    void apply();
    void sync();

    TimelineWidget *m_timeline;
    QAction *m_leadershipOnly = nullptr;
    std::vector<QAction *> m_collapse;
};
