#pragma once

#include <QCompleter>

#include <functional>

class FoldedNameModel;

// Completes the name being typed in a "First Person; Second Person" list: only the part after
// the last ';' is matched, and choosing a name keeps the ones before it. Names match as
// TextFolding::nameKey folds them, so "sean o h" finds "Seán Ó hÉigeartaigh".
class PeopleCompleter : public QCompleter
{
    Q_OBJECT
public:
    PeopleCompleter(const QStringList &names, QObject *parent = nullptr);

    void setNames(const QStringList &names);
    // Names read from `source` when first wanted (a completion, or storedSpelling()) and again
    // after namesChanged(): nothing is read while nobody types a name.
    void setNameSource(std::function<QStringList()> source);
    void namesChanged();
    // The name as stored that `typed` is, ignoring case; `typed` itself when none is.
    QString storedSpelling(const QString &typed) const;

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

private:
    void readNamesIfStale() const;

    FoldedNameModel *m_names = nullptr;
    std::function<QStringList()> m_source;
    mutable bool m_stale = false;
};
