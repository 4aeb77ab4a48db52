#pragma once

#include "model/annotation.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Writes or changes a note pinned to a company's lane: its company, its date (or the start of a
// period) and the period's end, and its text. OK stays off while something is wrong, and a line
// under the form says what.
class NoteDialog : public QDialog
{
    Q_OBJECT
public:
    NoteDialog(const QStringList &companies, QWidget *parent = nullptr);

    void setNote(const Annotation &note);
    // The note as entered, with the id and event of the one set; only when valid.
    std::optional<Annotation> note() const;

private:
    void validate();
    std::optional<Annotation> read(QString *problem) const;

    Annotation m_original;
    QComboBox *m_company;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLineEdit *m_text;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
