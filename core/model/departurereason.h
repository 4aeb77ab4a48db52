#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// Why someone left a post, coded after the categories research on CEO turnover uses (forced for
// performance or misconduct, voluntary, retirement, health, death, a new post, a merger, the end
// of an interim term). The interchange names are the file and database spelling.
enum class DepartureReason {
    DismissedPerformance,
    DismissedMisconduct,
    Resigned,
    Retired,
    Health,
    Death,
    NewRole,
    Merger,
    InterimEnded,
    Unknown,
};

QString toString(DepartureReason reason); // "dismissed-performance"
std::optional<DepartureReason> departureReasonFromString(QStringView text);
QStringList departureReasonNames();
const QList<DepartureReason> &allDepartureReasons();
