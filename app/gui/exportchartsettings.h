#pragma once

#include "export/chartexporter.h"
#include "export/chartpreset.h"
#include "export/chartrequest.h"

#include <QSize>
#include <QSizeF>
#include <QString>

// The export dialog's choices that outlive it: read from and written to QSettings (group
// "exportChart"), so the next export starts where the last one ended.
struct ExportChartSettings
{
    // The sizes of ChartPreset, and a size of one's own.
    enum class SizePreset {
        FullHd,
        UltraHd,
        A4Landscape,
        LetterLandscape,
        Custom,
        ArticleColumn, // 720 px wide, as tall as the content
        ArticleWide,   // 1200 px wide, as tall as the content
        SocialCard,    // 1200 × 675
        Slide          // 1920 × 1080, larger type
    };
    enum class Range { CurrentView, All, Dates };

    ChartRequest::Kind kind = ChartRequest::Kind::Timeline;
    ImageFormat format = ImageFormat::Png;
    SizePreset sizePreset = SizePreset::FullHd;
    QSize customSize{1600, 900};
    bool fitHeight = false; // a custom size: as tall as the content
    int scale = 1;          // PNG only: 1, 2 or 3
    Range range = Range::CurrentView;
    QString fromDate, toDate; // the dates of Range::Dates as typed: "2019", "2024-06"
    Theme::Kind theme = Theme::Kind::Light;
    // The chart's language, a code of TextLanguage::codes(); empty: the program's.
    QString language;
    bool transparent = false;
    QString title;
    QString subtitle;
    bool legend = true;
    bool sources = true;
    bool fullSources = false; // the full list: NAME-sources.txt beside the file, a PDF's 2nd page
    QString lastFolder;

    // What was saved last; a key never saved (or unreadable) keeps its value from `defaults`.
    static ExportChartSettings load(const ExportChartSettings &defaults);
    void save() const;

    // The chart size a preset stands for, in 96-dpi pixels; Custom is `custom`. A preset as
    // tall as its content has a height of 0.
    static QSizeF sizeOf(SizePreset preset, QSize custom);
    // The ChartPreset behind a size preset; nullptr for Custom.
    static const ChartPreset *presetOf(SizePreset preset);
};

// The file name extension of a format, without the dot: "png".
QString suffixOf(ImageFormat format);
