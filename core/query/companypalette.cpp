#include "companypalette.h"

#include <QCryptographicHash>

#include <array>

QColor CompanyPalette::colorFor(const QString &company)
{
    // Distinct, mid-toned hues that read on light and dark backgrounds alike.
    static const std::array<QColor, 10> palette = {
        QColor(0x3b, 0x6e, 0xc4), QColor(0xd0, 0x6b, 0x2c), QColor(0x2f, 0x9e, 0x77),
        QColor(0x8e, 0x5b, 0xc2), QColor(0xc2, 0x45, 0x6b), QColor(0x4a, 0x9b, 0xb8),
        QColor(0xa6, 0x8a, 0x1f), QColor(0x6b, 0x7f, 0x2a), QColor(0xb0, 0x5a, 0xa8),
        QColor(0x5c, 0x6f, 0x8a)};
    // A stable hash (qHash is seeded per process), so colours do not change between runs.
    const QByteArray digest =
        QCryptographicHash::hash(company.trimmed().toLower().toUtf8(), QCryptographicHash::Md5);
    return palette[std::size_t(quint8(digest.at(0))) % palette.size()];
}
