#include "peoplecompleter.h"

#include "model/textfolding.h"
#include "models/foldednamemodel.h"

#include <QLineEdit>

PeopleCompleter::PeopleCompleter(const QStringList &names, QObject *parent)
    : QCompleter(parent), m_names(new FoldedNameModel(this))
{
    m_names->setNames(names);
    setModel(m_names);
    setCompletionRole(FoldedNameModel::foldedRole);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
}

void PeopleCompleter::setNames(const QStringList &names)
{
    m_names->setNames(names);
}

void PeopleCompleter::setNameSource(std::function<QStringList()> source)
{
    m_source = std::move(source);
    m_stale = true;
}

void PeopleCompleter::namesChanged()
{
    m_stale = m_source != nullptr;
}

void PeopleCompleter::readNamesIfStale() const
{
    if (!m_stale)
        return;
    m_stale = false;
    m_names->setNames(m_source());
}

QString PeopleCompleter::storedSpelling(const QString &typed) const
{
    if (!typed.isEmpty())
        readNamesIfStale();
    return m_names->storedSpelling(typed);
}

QStringList PeopleCompleter::splitPath(const QString &path) const
{
    // Asked first whenever a completion is wanted: the names are read before they are matched.
    readNamesIfStale();
    return {TextFolding::nameKey(path.section(QLatin1Char(';'), -1))};
}

QString PeopleCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString chosen = index.data(Qt::DisplayRole).toString(); // as written, not folded
    const auto *edit = qobject_cast<const QLineEdit *>(widget());
    if (!edit)
        return chosen;
    const QString text = edit->text();
    const qsizetype cut = text.lastIndexOf(QLatin1Char(';'));
    return cut < 0 ? chosen : text.left(cut + 1) + QLatin1Char(' ') + chosen;
}
