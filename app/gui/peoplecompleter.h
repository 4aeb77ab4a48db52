#pragma once

#include <QCompleter>

// Completes the name being typed in a "First Person; Second Person" list: only the part after
// the last ';' is matched, and choosing a name keeps the ones before it. Names match as
// TextFolding::nameKey folds them, so "sean o h" finds "Seán Ó hÉigeartaigh".
class PeopleCompleter : public QCompleter
{
    Q_OBJECT
public:
    PeopleCompleter(const QStringList &names, QObject *parent = nullptr);

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;
};
