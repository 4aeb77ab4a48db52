#pragma once

#include "model/partialdate.h"

#include <QDate>
#include <QString>

// Short English date texts for axis labels and tooltips, built without QLocale so a frame with
// hundreds of them stays cheap. Charts are in the C locale like the rest of the interchange.
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
};
