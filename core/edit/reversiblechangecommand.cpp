#include "reversiblechangecommand.h"

ReversibleChangeCommand::ReversibleChangeCommand(EditHistory &history, const QString &text,
                                                 Write forward, Write backward)
    : RepositoryCommand(history, text), m_forward(std::move(forward)),
      m_backward(std::move(backward))
{}
