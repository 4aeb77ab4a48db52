#pragma once

#include <QDialog>

class QComboBox;

// Edit → Preferences…: the language of the viewer (the system's, English or Spanish), kept in
// the settings and taken on the next start, as translators are installed before any window.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Stores the choice; says, if it changed, that it applies from the next start.
    void accept() override;

private:
    QComboBox *m_language;
};
