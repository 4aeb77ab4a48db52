#pragma once

#include <QDate>
#include <QString>

#include <compare>
#include <optional>

// A calendar date known to a year, a month or a day, as sources report them ("2024", "2024-03",
// "2024-03-22"). The written form carries the precision.
class PartialDate
{
public:
    enum class Precision { Year, Month, Day };

    PartialDate() = default;
    static PartialDate ofYear(int year);
    static PartialDate ofMonth(int year, int month);
    static PartialDate ofDay(int year, int month, int day);
    static PartialDate fromDate(QDate date, Precision precision);

    // Parses YYYY, YYYY-MM or YYYY-MM-DD; on failure returns nullopt and says why in *error.
    static std::optional<PartialDate> parse(QStringView text, QString *error = nullptr);

    bool isValid() const { return m_year != 0; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }
    Precision precision() const;

    // The first and last calendar days the date may stand for.
    QDate firstDay() const;
    QDate lastDay() const;

    QString toString() const; // the interchange form: "2024-03"
    // For people, in TextLanguage's locale: "March 2024", "22 March 2024"; "marzo de 2024".
    QString toDisplayString() const;
    // The same with short month names: "Mar 2024", "22 Mar 2024"; "22 mar 2024".
    QString toShortDisplayString() const;

    // Orders by first day, then coarser before finer, so "2024" sorts before "2024-01".
    std::strong_ordering operator<=>(const PartialDate &other) const;
    bool operator==(const PartialDate &other) const = default;

private:
    QString written(bool shortMonths) const;
    PartialDate(int year, int month, int day) : m_year(year), m_month(month), m_day(day) {}
    int m_year = 0;
    int m_month = 0; // 0 when known to the year only
    int m_day = 0;   // 0 when known to the month or year only
};
