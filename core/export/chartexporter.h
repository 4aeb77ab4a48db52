#pragma once

#include "model/result.h"

#include <QImage>
#include <QPageSize>
#include <QSize>
#include <QSizeF>
#include <QString>

#include <functional>
#include <optional>
#include <stop_token>

class QPainter;

enum class ImageFormat { Png, Svg, Pdf };

// Picks the format from a file name's extension (.png, .svg, .pdf, any case).
std::optional<ImageFormat> imageFormatForPath(const QString &path);

// Where and how big a chart is written. Every device is treated as 96 dots per inch, so fonts,
// and therefore the layout measured with them, come out the same on screen, in a PNG, an SVG
// and a PDF.
struct ExportTarget
{
    QString path;
    ImageFormat format = ImageFormat::Png;
    QSizeF size{1920, 1080}; // in device-independent pixels (1/96 inch)
    double scale = 1;        // PNG only: the file is size × scale pixels
    bool transparent = false;
    QString title; // written into SVG and PDF metadata
    // PDF only: lines of text set on pages of the chart's size after it (the full list of a
    // chart's sources), a long line wrapped, the first line as a heading.
    QStringList appendix;
};

// Writes what `draw` paints to a PNG, SVG or PDF file, and renders charts to images for the
// clipboard and previews. It knows nothing of timelines: the chart is whatever `draw` paints
// into the rectangle it is given. A file is written through OutputFile: refused over the
// database in use or any SQLite file, and renamed into place only once complete, so a failed
// export leaves the file that was there as it was.
class ChartExporter
{
public:
    static constexpr double dotsPerInch = 96;
    using Draw = std::function<void(QPainter &, const QRectF &)>;

    // The most memory one picture's pixels may take: width × height × scale² × 4 bytes. A 4K
    // chart at 2× takes 127 MiB; without a limit, the largest chart the options allow (10000 ×
    // 10000 at 4×) would ask for 6 GiB at once.
    static constexpr qint64 maxPixelBytes = qint64(512) << 20;

    // A stop requested through `stop` (the user's Cancel) ends the write at its next step:
    // before drawing, before encoding, before the bytes go out and before the file replaces the
    // target. It returns cancelled(), with no file left behind and any old one as it was.
    static Status write(const ExportTarget &target, const Draw &draw,
                        const std::stop_token &stop = {});
    // The error of a chart build or export stopped on request.
    static Error cancelled();
    // A null image when the size is empty or beyond maxPixelBytes (see checkPixelBudget).
    static QImage toImage(QSizeF size, double scale, bool transparent, const Draw &draw);

    // The pixels an image of `size` × `scale` has, and whether their bytes stay within
    // maxPixelBytes: an Error of kind InvalidData that says how to make the chart fit if not.
    static QSize pixelSize(QSizeF size, double scale);
    static Status checkPixelBudget(QSizeF size, double scale);
    // Whether write() takes the target's size: at least 1×1 and within the pixel budget (at its
    // scale for a PNG; SVG and PDF have no scale but are held to the same sizes).
    static Status checkSize(const ExportTarget &target);

    // Paper sizes in landscape, in the same 96-dpi pixels.
    static QSizeF landscapeSize(QPageSize::PageSizeId page);
};
