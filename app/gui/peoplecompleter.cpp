#include "peoplecompleter.h"

#include <QLineEdit>
#include <QStringListModel>

PeopleCompleter::PeopleCompleter(const QStringList &names, QObject *parent)
    : QCompleter(new QStringListModel(names), parent)
{
    model()->setParent(this);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
}

QStringList PeopleCompleter::splitPath(const QString &path) const
{
    return {path.section(QLatin1Char(';'), -1).trimmed()};
}

QString PeopleCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString chosen = QCompleter::pathFromIndex(index);
    const auto *edit = qobject_cast<const QLineEdit *>(widget());
    if (!edit)
        return chosen;
    const QString text = edit->text();
    const qsizetype cut = text.lastIndexOf(QLatin1Char(';'));
    return cut < 0 ? chosen : text.left(cut + 1) + QLatin1Char(' ') + chosen;
}
