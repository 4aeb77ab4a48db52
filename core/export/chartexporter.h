#pragma once

#include "model/result.h"

#include <QImage>
#include <QPageSize>
#include <QSizeF>
#include <QString>

#include <functional>
#include <optional>

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
};

// Writes what `draw` paints to a PNG, SVG or PDF file, and renders charts to images for the
// clipboard and previews. It knows nothing of timelines: the chart is whatever `draw` paints
// into the rectangle it is given.
class ChartExporter
{
public:
    static constexpr double dotsPerInch = 96;
    using Draw = std::function<void(QPainter &, const QRectF &)>;

    static Status write(const ExportTarget &target, const Draw &draw);
    static QImage toImage(QSizeF size, double scale, bool transparent, const Draw &draw);

    // Paper sizes in landscape, in the same 96-dpi pixels.
    static QSizeF landscapeSize(QPageSize::PageSizeId page);
};
