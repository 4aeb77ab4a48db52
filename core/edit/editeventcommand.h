#pragma once

#include "adoptedidentifiers.h"
#include "repositorycommand.h"

// An event's fields changed (its company too). Undo puts the former fields back and redo the new
// ones, each only while the event is still as this command left it: a change another program
// made to it in between is never written over (the step is refused and leaves the history).
class EditEventCommand : public RepositoryCommand
{
public:
    EditEventCommand(EditHistory &history, Event before, Event after);

protected:
    Status apply() override;
    Status revert() override;

private:
    // Writes `fields` over the stored event, once it is still as the last write left it.
    Status write(const Event &fields, bool undoing);

    Event m_before;
    Event m_after;
    std::vector<Event> m_left; // the event as the last write stored it; empty before the first
    AdoptedIdentifiers m_adopted;
};
