#pragma once

#include "export/chartexporter.h"
#include "export/chartrequest.h"

#include <QSize>
#include <QSizeF>
#include <QString>

// The export dialog's choices that outlive it: read from and written to QSettings (group
// "exportChart"), so the next export starts where the last one ended.
struct ExportChartSettings
{
    enum class SizePreset { FullHd, UltraHd, A4Landscape, LetterLandscape, Custom };
    enum class Range { CurrentView, All, Dates };

    ChartRequest::Kind kind = ChartRequest::Kind::Timeline;
    ImageFormat format = ImageFormat::Png;
    SizePreset sizePreset = SizePreset::FullHd;
    QSize customSize{1600, 900};
    int scale = 1; // PNG only: 1, 2 or 3
    Range range = Range::CurrentView;
    Theme::Kind theme = Theme::Kind::Light;
    bool transparent = false;
    QString title;
    QString subtitle;
    bool legend = true;
    bool sources = true;
    QString lastFolder;

    // What was saved last; a key never saved (or unreadable) keeps its value from `defaults`.
    static ExportChartSettings load(const ExportChartSettings &defaults);
    void save() const;

    // The chart size a preset stands for, in 96-dpi pixels; Custom is `custom`.
    static QSizeF sizeOf(SizePreset preset, QSize custom);
};

// The file name extension of a format, without the dot: "png".
QString suffixOf(ImageFormat format);
