#pragma once

#include "store/eventquery.h"

#include <QCoreApplication>
#include <QString>

// The filters a query holds, in a few words for the line above the events table:
// "“Mostaque” · person: Emad Mostaque · 2 companies · Funding rounds · from 2020". Empty when
// the query filters nothing, so that "no filter" and "a filter" are told apart in one place.
class FilterSummary
{
    Q_DECLARE_TR_FUNCTIONS(FilterSummary)
public:
    static QString describe(const EventQuery &query);
};
