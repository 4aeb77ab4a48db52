#include "viewsettings.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace {
// One database's settings live under a key derived from its absolute path.
QString key(const QString &path, const char *name)
{
    const QByteArray hash = QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(),
                                                     QCryptographicHash::Sha1)
                                .toHex()
                                .left(16);
    return QStringLiteral("views/%1/%2").arg(QLatin1String(hash), QLatin1String(name));
}
} // namespace

SavedView ViewSettings::load(const QString &databasePath)
{
    QSettings settings;
    SavedView view;
    view.firstDay = settings.value(key(databasePath, "firstDay"), 0).toDouble();
    view.spanDays = settings.value(key(databasePath, "spanDays"), 0).toDouble();
    view.firstLane = settings.value(key(databasePath, "firstLane"), 0).toInt();
    const QStringList collapsed = settings.value(key(databasePath, "collapsed")).toStringList();
    view.collapsed = QSet<QString>(collapsed.begin(), collapsed.end());
    view.laneOrder = settings.value(key(databasePath, "laneOrder")).toStringList();
    view.rows.leadershipOnly = settings.value(key(databasePath, "leadershipOnly"), false).toBool();
    for (const QVariant &group : settings.value(key(databasePath, "collapsedGroups")).toList()) {
        const int g = group.toInt();
        if (g >= int(RoleVocabulary::Group::ChiefExecutive) &&
            g <= int(RoleVocabulary::Group::Others))
            view.rows.collapsedGroups.insert(RoleVocabulary::Group(g));
    }
    return view;
}

void ViewSettings::save(const QString &databasePath, const SavedView &view)
{
    QSettings settings;
    if (view.hasRange()) {
        settings.setValue(key(databasePath, "firstDay"), view.firstDay);
        settings.setValue(key(databasePath, "spanDays"), view.spanDays);
    }
    settings.setValue(key(databasePath, "firstLane"), view.firstLane);
    settings.setValue(key(databasePath, "collapsed"),
                      QStringList(view.collapsed.begin(), view.collapsed.end()));
    settings.setValue(key(databasePath, "laneOrder"), view.laneOrder);
    settings.setValue(key(databasePath, "leadershipOnly"), view.rows.leadershipOnly);
    QVariantList groups;
    for (const RoleVocabulary::Group group : view.rows.collapsedGroups)
        groups << int(group);
    std::sort(groups.begin(), groups.end(),
              [](const QVariant &a, const QVariant &b) { return a.toInt() < b.toInt(); });
    settings.setValue(key(databasePath, "collapsedGroups"), groups);
}
