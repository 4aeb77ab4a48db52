#include "chartexporter.h"

#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

std::optional<ImageFormat> imageFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ImageFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ImageFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ImageFormat::Pdf;
    return std::nullopt;
}

QSizeF ChartExporter::landscapeSize(QPageSize::PageSizeId page)
{
    const QSizeF inches = QPageSize(page).size(QPageSize::Inch);
    return QSizeF(inches.height() * dotsPerInch, inches.width() * dotsPerInch);
}

QImage ChartExporter::toImage(QSizeF size, double scale, bool transparent, const Draw &draw)
{
    const QSize pixels(int(std::lround(size.width() * scale)),
                       int(std::lround(size.height() * scale)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    const int dotsPerMeter = int(std::lround(dotsPerInch / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(transparent ? Qt::transparent : Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    draw(painter, QRectF(QPointF(0, 0), size));
    return image;
}

Status ChartExporter::write(const ExportTarget &target, const Draw &draw)
{
    const QString shown = QDir::toNativeSeparators(target.path);
    if (target.size.width() < 1 || target.size.height() < 1 || target.scale <= 0)
        return invalidData(QStringLiteral("a chart needs a size of at least 1×1"));
    const QRectF area(QPointF(0, 0), target.size);

    switch (target.format) {
    case ImageFormat::Png: {
        QImage image = toImage(target.size, target.scale, target.transparent, draw);
        // Without transparency the alpha channel is dead weight: RGB encodes faster. Quality 80
        // is zlib level 1, which for flat chart colours is as small as the default level and
        // about twice as fast (a 4K chart: ~250 ms against ~700 ms).
        if (!target.transparent)
            image = image.convertToFormat(QImage::Format_RGB32);
        QImageWriter writer(target.path, "png");
        writer.setQuality(80);
        if (!writer.write(image))
            return Error{Error::Kind::Io, QStringLiteral("%1 could not be written").arg(shown)};
        return Done{};
    }
    case ImageFormat::Svg: {
        QSvgGenerator svg;
        svg.setFileName(target.path);
        svg.setSize(target.size.toSize());
        svg.setViewBox(area);
        svg.setResolution(int(dotsPerInch));
        svg.setTitle(target.title);
        svg.setDescription(QStringLiteral("Made with Tenure"));
        QPainter painter;
        if (!painter.begin(&svg))
            return Error{Error::Kind::Io, QStringLiteral("%1 could not be written").arg(shown)};
        if (!target.transparent)
            painter.fillRect(area, Qt::white);
        draw(painter, area);
        painter.end();
        return QFileInfo(target.path).size() > 0
                   ? Status(Done{})
                   : Status(Error{Error::Kind::Io,
                                  QStringLiteral("%1 could not be written").arg(shown)});
    }
    case ImageFormat::Pdf: {
        QPdfWriter pdf(target.path);
        pdf.setResolution(int(dotsPerInch));
        pdf.setTitle(target.title);
        pdf.setCreator(QStringLiteral("Tenure"));
        const QSizeF points = target.size * (72.0 / dotsPerInch);
        pdf.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&pdf))
            return Error{Error::Kind::Io, QStringLiteral("%1 could not be written").arg(shown)};
        // The page is exactly the chart: scale the painter so `area` fills it.
        const QRect page = painter.viewport();
        painter.scale(page.width() / target.size.width(), page.height() / target.size.height());
        draw(painter, area);
        painter.end();
        return Done{};
    }
    }
    return invalidData(QStringLiteral("unknown image format"));
}
