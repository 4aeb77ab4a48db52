#pragma once

#include "repositorycommand.h"

#include <QColor>

// A company's colour set, with the colour it had. Colours picked one after another for the same
// company are one step, as a user trying shades expects: undo goes back to the colour before the
// first, and a run that ends on the colour it started from leaves no step at all.
class CompanyColorCommand : public RepositoryCommand
{
public:
    CompanyColorCommand(EditHistory &history, const QString &company, const QColor &before,
                        const QColor &after);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    Status apply() override;
    Status revert() override;

private:
    QString m_company;
    QColor m_before;
    QColor m_after;
};
