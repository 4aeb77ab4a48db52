#pragma once

#include "exportchartsettings.h"

#include <QGroupBox>

class ExportChartCompanyList;
class QComboBox;
class QLineEdit;

// Which events an exported chart shows: the dates on screen, all of them or the dates given
// (partial dates: a year, a month or a day), and which companies.
class ExportChartContents : public QGroupBox
{
    Q_OBJECT
public:
    // `current` is the filter on screen; `companies` every company in the database.
    ExportChartContents(const EventQuery &current, const QStringList &companies,
                        QWidget *parent = nullptr);

    ExportChartSettings::Range range() const;
    void setRange(ExportChartSettings::Range range);
    // The dates of "These dates" as typed, remembered for the next export.
    QString fromText() const;
    QString toText() const;
    void setDates(const QString &from, const QString &to);
    // Sets the dates and companies of `filter` as chosen; partial dates give their first day
    // for "from" and their last for "to".
    void applyTo(EventQuery &filter) const;
    // What is wrong with the choices, one sentence each; the fields at fault are marked
    // (property "faulty").
    QStringList problems();

signals:
    void changed();

private:
    void rangeChosen();

    const EventQuery m_current;
    QComboBox *m_range = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    ExportChartCompanyList *m_companies = nullptr;
};

// Marks a field whose entry is wrong (a red frame, property "faulty"), or clears the mark.
void markFaulty(QWidget *field, bool faulty);
