#pragma once

#include <QColor>
#include <QString>

// Picks a colour for a company that has none of its own: the same name always gets the same
// colour, so a chart looks the same on screen, in every export and in every session.
class CompanyPalette
{
public:
    static QColor colorFor(const QString &company);
};
