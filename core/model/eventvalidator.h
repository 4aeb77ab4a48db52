#pragma once

#include "event.h"

#include <QList>

// One thing wrong with an event, named by its interchange column ("date", "people", ...).
struct FieldError
{
    QString column;
    QString message;
    bool operator==(const FieldError &other) const = default;
};

// Checks an event against the rules of docs/data-format.md. The editor, the importers and the
// store all ask the same validator, so a rule holds everywhere at once.
class EventValidator
{
public:
    static QList<FieldError> validate(const Event &event);
    static bool isValidSourceUrl(const QString &url);
};
