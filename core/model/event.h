#pragma once

#include "departurereason.h"
#include "eventsource.h"
#include "eventtype.h"
#include "partialdate.h"

#include <QString>
#include <QStringList>

#include <optional>

using EventId = qint64;

// One dated fact about a company: an appointment, a departure, a funding round, an acquisition
// of the company or anything else worth a mark on the line. Fields that do not fit the type stay
// empty.
struct Event
{
    EventId id = 0;        // 0 until stored
    PartialDate date;      // when it took effect
    PartialDate announced; // when it was made known; invalid when not recorded
    QString company;           // the company's label: its name, unique in a database
    QString companyIdentifier; // its domain, Wikidata item or ticker (CompanyIdentifier), or ''
    EventType type = EventType::Other;

    // appointment and departure (other events may name people too)
    QStringList people;
    QString role;
    bool interim = false;
    // departure: why, coded, and in the source's words
    std::optional<DepartureReason> reason;
    QString reasonNote;

    // funding and acquisition. The amounts are whole units of `currency` (an ISO 4217 code); the
    // member names are older than currencies. An acquisition's amount is its price.
    QString round;
    std::optional<qint64> amountUsd;
    std::optional<qint64> valuationUsd;
    QString currency = QStringLiteral("USD");
    FundingStatus status = FundingStatus::Completed;
    QStringList investors; // funding: who put money in
    QString acquirer;      // acquisition: who bought the company

    QString description;
    QList<EventSource> sources; // where it was read, the main source first

    bool operator==(const Event &other) const = default;

    // A one-line name for menus, dialogs and undo history: "2024-03-22 departure: Emad Mostaque
    // (CEO)". Never much longer than a line, whatever the event holds.
    QString summary() const;

    // The people joined by ", ", as many as fit in about `length` characters, the rest counted:
    // "Ann Lee, Bo Chen and 599998 more". Costs what the names shown do, so a label or a tooltip
    // of an event naming a crowd takes no longer to make than one naming a few.
    QString peopleList(qsizetype length = shortTextLength) const;

    // At most this many characters of a text, an ellipsis in place of the rest: a name, a role
    // or a first line fit for a label, a menu or a tooltip.
    static QString shortened(QStringView text, qsizetype length = shortTextLength);
    static constexpr qsizetype shortTextLength = 200;
};
