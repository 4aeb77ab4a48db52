#pragma once

#include "repositorycommand.h"

#include <functional>

// A change described by two writes: one that makes it and one that takes it back (an edit and
// its former state, a rename and the rename back, a merge and the events as they were).
class ReversibleChangeCommand : public RepositoryCommand
{
public:
    using Write = std::function<Status(EventStore &)>;
    ReversibleChangeCommand(EditHistory &history, const QString &text, Write forward,
                            Write backward);

protected:
    Status apply() override { return m_forward(events()); }
    Status revert() override { return m_backward(events()); }

private:
    Write m_forward;
    Write m_backward;
};
