#include "chartexporter.h"

#include "files/outputfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
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

QSize ChartExporter::pixelSize(QSizeF size, double scale)
{
    return QSize(int(std::lround(size.width() * scale)), int(std::lround(size.height() * scale)));
}

Status ChartExporter::checkPixelBudget(QSizeF size, double scale)
{
    // In floating point first: a side of 10^6 would overflow the int sides of a QSize.
    const double bytes = std::round(size.width() * scale) * std::round(size.height() * scale) * 4;
    if (bytes <= double(maxPixelBytes))
        return Done{};
    const QString pixels = QStringLiteral("%1×%2")
                               .arg(std::round(size.width() * scale), 0, 'f', 0)
                               .arg(std::round(size.height() * scale), 0, 'f', 0);
    return invalidData(QCoreApplication::translate(
                           "ChartExporter",
                           "a chart of %1 pixels needs %2 MiB of memory, more than the %3 MiB "
                           "allowed (width × height × scale² × 4 bytes); make it smaller or lower "
                           "the scale")
                           .arg(pixels)
                           .arg(std::ceil(bytes / double(1 << 20)), 0, 'f', 0)
                           .arg(maxPixelBytes >> 20));
}

Status ChartExporter::checkSize(const ExportTarget &target)
{
    if (target.size.width() < 1 || target.size.height() < 1 || target.scale <= 0)
        return invalidData(
            QCoreApplication::translate("ChartExporter", "a chart needs a size of at least 1×1"));
    return checkPixelBudget(target.size, target.format == ImageFormat::Png ? target.scale : 1);
}

QImage ChartExporter::toImage(QSizeF size, double scale, bool transparent, const Draw &draw)
{
    if (size.width() < 1 || size.height() < 1 || scale <= 0 || !checkPixelBudget(size, scale))
        return {};
    QImage image(pixelSize(size, scale), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) // the memory could not be had
        return {};
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

namespace {
Error notWritten(const QString &shown, const QString &why)
{
    return Error{Error::Kind::Io,
                 QCoreApplication::translate("ChartExporter", "%1 could not be written: %2")
                     .arg(shown, why)};
}

// Each format is encoded in memory and then written to the file in one piece, where every byte
// is counted: Qt's SVG and PDF writers drop the rest of a write that falls short (a full disk)
// without a word, and report success. The errors here are the painter's; the file's are
// OutputFile's.
Result<QByteArray> encodePng(const ExportTarget &target, const ChartExporter::Draw &draw,
                             const QString &shown, const std::stop_token &stop)
{
    QImage image = ChartExporter::toImage(target.size, target.scale, target.transparent, draw);
    if (image.isNull())
        return notWritten(shown, QCoreApplication::translate(
                                     "ChartExporter", "there is not enough memory for its pixels"));
    // Compressing a large chart takes as long as painting it: not for a chart nobody wants.
    if (stop.stop_requested())
        return ChartExporter::cancelled();
    // Without transparency the alpha channel is dead weight: RGB encodes faster. Quality 80
    // is zlib level 1, which for flat chart colours is as small as the default level and
    // about twice as fast (a 4K chart: ~250 ms against ~700 ms).
    if (!target.transparent)
        image = image.convertToFormat(QImage::Format_RGB32);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setQuality(80);
    if (!writer.write(image))
        return notWritten(shown, writer.errorString());
    return bytes;
}

// QSvgGenerator names the one family a text was set in ("DejaVu Sans"), or Qt's "Sans Serif"
// for groups without text; a reader without that font would fall back to a serif face. Each
// family is followed by the generic one, and "Sans Serif" becomes it.
QByteArray withGenericFamily(const QByteArray &svg)
{
    static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
    const QString text = QString::fromUtf8(svg);
    QString out;
    out.reserve(text.size() + text.size() / 16);
    qsizetype from = 0;
    for (auto it = family.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString name = match.captured(1).trimmed();
        QString families = name;
        if (name.isEmpty() || name.compare(QLatin1String("Sans Serif"), Qt::CaseInsensitive) == 0)
            families = QStringLiteral("sans-serif");
        else if (!name.endsWith(QLatin1String("serif")) &&
                 !name.endsWith(QLatin1String("monospace")))
            families = name + QStringLiteral(", sans-serif");
        out += QStringView(text).mid(from, match.capturedStart() - from);
        out += QStringLiteral("font-family=\"%1\"").arg(families);
        from = match.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out.toUtf8();
}

Result<QByteArray> encodeSvg(const ExportTarget &target, const ChartExporter::Draw &draw,
                             const QString &shown)
{
    const QRectF area(QPointF(0, 0), target.size);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(target.size.toSize());
    svg.setViewBox(area);
    svg.setResolution(int(ChartExporter::dotsPerInch));
    svg.setTitle(target.title);
    svg.setDescription(QStringLiteral("Made with Tenure"));
    QPainter painter;
    if (!painter.begin(&svg))
        return notWritten(
            shown, QCoreApplication::translate("ChartExporter", "the SVG could not be started"));
    if (!target.transparent)
        painter.fillRect(area, Qt::white);
    draw(painter, area);
    if (!painter.end())
        return notWritten(
            shown, QCoreApplication::translate("ChartExporter", "the SVG could not be finished"));
    return withGenericFamily(bytes);
}

// The appendix of a PDF: its lines set top to bottom in the page's margins, wrapped, a new page
// begun when one is full. Returns false when the writer would not start a page.
bool setAppendix(QPainter &painter, QPdfWriter &pdf, const ExportTarget &target)
{
    constexpr double margin = 48;
    const QRectF page(QPointF(margin, margin), target.size - QSizeF(2 * margin, 2 * margin));
    if (page.width() < 50 || page.height() < 50)
        return true;
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPixelSize(11);
    QFont heading = body;
    heading.setPixelSize(16);
    heading.setBold(true);
    constexpr int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const auto newPage = [&] {
        if (!pdf.newPage())
            return false;
        painter.setPen(Qt::black);
        return true;
    };
    if (!newPage())
        return false;
    double y = page.top();
    for (qsizetype i = 0; i < target.appendix.size(); ++i) {
        painter.setFont(i == 0 ? heading : body);
        const QString line =
            target.appendix[i].isEmpty() ? QStringLiteral(" ") : target.appendix[i];
        QRectF room(page.left(), y, page.width(), page.bottom() - y);
        QRectF needed = painter.boundingRect(room, flags, line);
        if (needed.bottom() > page.bottom() && y > page.top()) {
            if (!newPage())
                return false;
            y = page.top();
            room = QRectF(page.left(), y, page.width(), page.height());
            needed = painter.boundingRect(room, flags, line);
        }
        painter.drawText(room, flags, line);
        y = needed.bottom() + (i == 0 ? 8 : 3);
    }
    return true;
}

Result<QByteArray> encodePdf(const ExportTarget &target, const ChartExporter::Draw &draw,
                             const QString &shown)
{
    const QRectF area(QPointF(0, 0), target.size);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(int(ChartExporter::dotsPerInch));
        pdf.setTitle(target.title);
        pdf.setCreator(QStringLiteral("Tenure"));
        const QSizeF points = target.size * (72.0 / ChartExporter::dotsPerInch);
        pdf.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&pdf))
            return notWritten(shown, QCoreApplication::translate("ChartExporter",
                                                                 "the PDF could not be started"));
        // The page is exactly the chart: scale the painter so `area` fills it.
        const QRect page = painter.viewport();
        painter.scale(page.width() / target.size.width(), page.height() / target.size.height());
        draw(painter, area);
        if (!target.appendix.isEmpty()) {
            painter.resetTransform();
            painter.scale(page.width() / target.size.width(), page.height() / target.size.height());
            if (!setAppendix(painter, pdf, target))
                return notWritten(
                    shown, QCoreApplication::translate("ChartExporter",
                                                       "a page could not be added to the PDF"));
        }
        if (!painter.end())
            return notWritten(shown, QCoreApplication::translate("ChartExporter",
                                                                 "the PDF could not be finished"));
    }
    return bytes;
}

Result<QByteArray> encode(const ExportTarget &target, const ChartExporter::Draw &draw,
                          const QString &shown, const std::stop_token &stop)
{
    switch (target.format) {
    case ImageFormat::Png:
        return encodePng(target, draw, shown, stop);
    case ImageFormat::Svg:
        return encodeSvg(target, draw, shown);
    case ImageFormat::Pdf:
        return encodePdf(target, draw, shown);
    }
    return invalidData(QCoreApplication::translate("ChartExporter", "unknown image format"));
}
} // namespace

Status ChartExporter::write(const ExportTarget &target, const Draw &draw,
                            const std::stop_token &stop)
{
    if (auto size = checkSize(target); !size)
        return size;
    if (stop.stop_requested())
        return cancelled();
    // Opened first, so a target that may not or cannot be written (the database in use, a
    // missing folder) is refused before the chart is drawn. The chart goes to a temporary file,
    // renamed over the target only once complete; a return without commit() removes it.
    OutputFile file(target.path);
    if (auto opened = file.open(); !opened)
        return opened;
    // Once stopped, nothing more is painted: what the encoder makes of it is thrown away below.
    const Draw drawUnlessStopped = [&draw, &stop](QPainter &painter, const QRectF &area) {
        if (!stop.stop_requested())
            draw(painter, area);
    };
    const auto bytes =
        encode(target, drawUnlessStopped, QDir::toNativeSeparators(target.path), stop);
    if (!bytes) {
        file.cancel();
        return bytes.error();
    }
    if (stop.stop_requested()) {
        file.cancel();
        return cancelled();
    }
    if (auto written = file.write(*bytes); !written) {
        file.cancel();
        return written;
    }
    // The last moment a stop is heeded: once renamed, the file is the user's.
    if (stop.stop_requested()) {
        file.cancel();
        return cancelled();
    }
    return file.commit();
}

Error ChartExporter::cancelled()
{
    return Error{Error::Kind::Io,
                 QCoreApplication::translate("ChartExporter",
                                             "the export was cancelled; no file was written")};
}
