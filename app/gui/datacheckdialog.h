#pragma once

#include "model/derivationnote.h"

#include <QDialog>

#include <vector>

class DerivationNoteModel;
class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

// Data → Check the data…: what the derivation of tenures found contradictory in the data, and
// on request what it had to guess, as `tenure-cli check` lists it. Activating a row shows its
// first event on the timeline.
class DataCheckDialog : public QDialog
{
    Q_OBJECT
public:
    DataCheckDialog(std::vector<DerivationNote> notes, int tenureCount, QWidget *parent = nullptr);

    int shownRows() const;

signals:
    void eventChosen(EventId id);

private:
    void updateFilter();

    DerivationNoteModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QCheckBox *m_guesses;
    QLabel *m_summary;
};
