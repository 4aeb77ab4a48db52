#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The kinds of event on a timeline and the states of a funding round or an acquisition, with
// their interchange names. The numbers are stored: new kinds go at the end.
enum class EventType { Appointment, Departure, Funding, Other, Acquisition };
enum class FundingStatus { Completed, Failed, Rumored };

QString toString(EventType type);
QString toString(FundingStatus status);
std::optional<EventType> eventTypeFromString(QStringView text);
std::optional<FundingStatus> fundingStatusFromString(QStringView text);
QStringList eventTypeNames();
QStringList fundingStatusNames();

// Roles users pick most; the role field is free text, these are suggestions.
QStringList commonRoles();

// Roles only one person holds at a time: appointing someone new closes the holder's tenure.
bool isSoleRole(const QString &role);
