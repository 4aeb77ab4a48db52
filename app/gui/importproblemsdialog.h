#pragma once

#include <QDialog>
#include <QStringList>

// Shows every problem an import found, one `FILE:LINE: column: what is wrong` per line, in text
// the user can select and copy, says how many problems there are in all (a file may have more
// than are listed) and that nothing was imported.
class ImportProblemsDialog : public QDialog
{
    Q_OBJECT
public:
    ImportProblemsDialog(const QString &fileName, const QStringList &problems, qint64 total,
                         QWidget *parent = nullptr);
};
