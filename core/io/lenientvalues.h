#pragma once

#include "model/partialdate.h"

#include <QDate>
#include <QString>

#include <optional>

// The one definition of how an import reads values that are written loosely but mean one thing
// (an unpadded date, a URL without its scheme), and of values that are valid but look like the
// debris of a spreadsheet or a wrong encoding, which are imported with a warning.
namespace LenientValues {
// "2024-9-1" -> "2024-09-01", "2024-9" -> "2024-09"; nullopt when the text is not such a date.
std::optional<QString> paddedDate(const QString &text);
// "www.example.org/a" or "example.org/a" -> "https://…"; nullopt when the text has a scheme or
// does not start with a host name.
std::optional<QString> urlWithScheme(const QString &text);
// Why a date is suspicious (before 1800, or more than a year after `today`), as a sentence that
// names it, or empty.
QString suspiciousDate(const PartialDate &date, QDate today);
// Why a date given to the day looks like a spreadsheet's or a program's stand-in for no date
// (1899-12-30, 1899-12-31 and 1900-01-01: Excel's day 0 and 1; 1904-01-01: old Mac Excel's
// day 0; 1960-01-01: SAS's and many exports' empty date; 1970-01-01: Unix time 0), as a
// sentence that names it, or empty. A year or a month alone is never one.
QString placeholderDate(const PartialDate &date);
// A name starting with # or = (a spreadsheet's #NAME? or a formula).
bool looksLikeSpreadsheetDebris(const QString &name);
// UTF-8 read as Latin-1 or Windows-1252 and saved again: "Ã¡", "â€™", "Â ".
bool looksLikeMojibake(const QString &text);
} // namespace LenientValues
