#include "peoplecompleter.h"

#include "model/textfolding.h"

#include <QLineEdit>
#include <QStandardItemModel>

namespace {
// The role the completer matches on: each name folded, beside the name as written.
constexpr int foldedRole = Qt::UserRole + 1;
} // namespace

PeopleCompleter::PeopleCompleter(const QStringList &names, QObject *parent) : QCompleter(parent)
{
    auto *model = new QStandardItemModel(this);
    for (const QString &name : names) {
        auto *item = new QStandardItem(name);
        item->setData(TextFolding::nameKey(name), foldedRole);
        model->appendRow(item);
    }
    setModel(model);
    setCompletionRole(foldedRole);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
}

QStringList PeopleCompleter::splitPath(const QString &path) const
{
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
