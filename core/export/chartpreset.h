#pragma once

#include "chartrequest.h"

#include <QSizeF>
#include <QString>

#include <vector>

// A size a chart is commonly wanted at, with the type scale that keeps it legible where it is
// read: a slide, a social card, an article column, paper. One list for the export dialog and
// `tenure-cli render --preset`, so both mean the same by a name.
struct ChartPreset
{
    QString name; // for the command line and the settings: "article-720"
    // For people, untranslated: "Article column, 720 px wide". The list is made once, so it
    // keeps the source text and label() translates it when asked, in the program's language.
    const char *labelSource = "";
    QSizeF size; // in 96-dpi pixels; a height of 0: as tall as the content
    double typeScale = 1;

    QString label() const;
    bool fitsHeight() const { return size.height() <= 0; }
    // Sets the request's size, height fitting and type scale.
    void applyTo(ChartRequest &request) const;

    // Every preset, the screen sizes first, then the reader's (article, social, slide), then
    // paper.
    static const std::vector<ChartPreset> &all();
    // The preset of that name, or nullptr.
    static const ChartPreset *named(const QString &name);
};
