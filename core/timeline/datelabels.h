#pragma once

#include "model/partialdate.h"

#include <QDate>
#include <QString>

// Short date texts for axis labels and tooltips, in TextLanguage's locale. English ones are built
// without QLocale so a frame with hundreds of them stays cheap; another language's follow its
// locale's month names and the date patterns its translation gives ("22 de marzo de 2024").
class DateLabels
{
public:
    static QString shortMonth(int month);      // "Mar"
    static QString longMonth(int month);       // "March"
    static QString shortMonthYear(QDate date); // "Mar 2024"
    static QString longMonthYear(QDate date);  // "March 2024"
    // A cluster's span: "Mar 2023 – Jun 2024", "Mar 2024", or "22 Mar 2024" within one day.
    static QString shortSpan(const PartialDate &first, const PartialDate &last);
    // A date as precise as it is known, short: "2024", "Mar 2024", "22 Mar 2024".
    static QString shortDate(const PartialDate &date);
    // As PartialDate::toDisplayString: "2024", "March 2024", "22 March 2024".
    static QString display(const PartialDate &date);

private:
    static QString written(const PartialDate &date, QString (*monthName)(int));
    // Outside English: the date in the pattern its precision and length call for.
    static QString localized(const PartialDate &date, bool longMonths);
};
