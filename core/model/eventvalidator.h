#pragma once

#include "event.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

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
    Q_DECLARE_TR_FUNCTIONS(EventValidator)

public:
    // Longest texts, in characters: enough for any real value, small enough that one hostile
    // field cannot make a file, a table or a chart unwieldy.
    static constexpr qsizetype maxNameLength = 200; // company, person, role, round
    static constexpr qsizetype maxPeople = 1000;    // names in one event
    static constexpr qsizetype maxTitleLength = 500;
    static constexpr qsizetype maxUrlLength = 2000;
    static constexpr qsizetype maxDescriptionLength = 10000;
    static constexpr qsizetype maxSources = 100; // sources of one event

    static QList<FieldError> validate(const Event &event);
    // What is allowed but looks wrong, for the importers and the editor to say without refusing:
    // an announcement dated after the event took effect, an acquisition with no acquirer.
    static QList<FieldError> warnings(const Event &event);
    static bool isValidSourceUrl(const QString &text);
    // What is wrong with a company's or a person's name as a name, if anything: control
    // characters (U+001F separates names in storage), direction controls, or too long. Renames
    // ask too, so a name is one name everywhere. `noun` starts the message: tr("the company").
    static std::optional<QString> nameProblem(const QString &name, const QString &noun);
};
