#pragma once

#include <QDialog>
#include <QStringList>

#include <functional>

class QPushButton;

// Shows every problem an import found, one `FILE:LINE: column: what is wrong` per line, in text
// the user can select and copy, says how many problems (and warnings) there are in all (a file
// may have more than are listed), can save the full list to a file, and may offer to import the
// valid rows and leave the others. exec() returns Accepted when the user chose that.
class ImportProblemsDialog : public QDialog
{
    Q_OBJECT
public:
    ImportProblemsDialog(const QString &fileName, const QStringList &problems, qint64 total,
                         QWidget *parent = nullptr);

    // The warnings, listed after the problems and counted apart from them.
    void setWarnings(const QStringList &warnings);
    // The full report "Save list…" writes: every problem and warning, not only those listed.
    void setReport(const QByteArray &report);
    // Offers "Import the N valid rows" (as accepting the dialog).
    void offerValidRows(qsizetype valid);
    // Writes the report to `path`; false (with a message box) if it cannot be written.
    bool saveList(const QString &path);
    // Where "Save list…" asks for a file; tests replace the file dialog.
    void setSavePathChooser(std::function<QString()> chooser) { m_choosePath = std::move(chooser); }

private:
    void updateSummary();

    QString m_fileName;
    QStringList m_problems;
    QStringList m_warnings;
    qint64 m_total = 0;
    qsizetype m_valid = 0;
    QByteArray m_report;
    std::function<QString()> m_choosePath;
    class QLabel *m_summary = nullptr;
    class QPlainTextEdit *m_list = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_importValid = nullptr;
};
