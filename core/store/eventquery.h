#pragma once

#include "model/eventtype.h"

#include <QDate>
#include <QList>
#include <QStringList>

// What to fetch: every criterion given must hold. Empty criteria match everything.
struct EventQuery
{
    QDate from;             // events whose date may fall on or after this day
    QDate to;               // events whose date may fall on or before this day
    QStringList companies;  // any of these companies (exact names, case-insensitive)
    QList<EventType> types; // any of these types
    QString person;         // events naming this person (exact name, case-insensitive)
    QString text;           // full-text search: every word must match (as a prefix)
    int limit = -1;         // at most this many events; -1 for all
};
