#pragma once

#include "eventtype.h"
#include "partialdate.h"

#include <QString>
#include <QStringList>

#include <optional>

using EventId = qint64;

// One dated fact about a company: an appointment, a departure, a funding round or anything else
// worth a mark on the line. Fields that do not fit the type stay empty.
struct Event
{
    EventId id = 0; // 0 until stored
    PartialDate date;
    QString company;
    EventType type = EventType::Other;

    // appointment and departure (other events may name people too)
    QStringList people;
    QString role;
    bool interim = false;

    // funding
    QString round;
    std::optional<qint64> amountUsd;
    std::optional<qint64> valuationUsd;
    FundingStatus status = FundingStatus::Completed;

    QString description;
    QString sourceUrl;
    QString sourceTitle;

    bool operator==(const Event &other) const = default;

    // A one-line name for menus, dialogs and undo history: "2024-03-22 departure: Emad Mostaque
    // (CEO)".
    QString summary() const;
};
