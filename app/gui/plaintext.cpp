#include "plaintext.h"

#include <QTextDocument>

QString PlainText::asRichText(const QString &text)
{
    if (text.isEmpty())
        return text; // an empty tooltip hides the tooltip; keep it so
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString PlainText::asActionText(const QString &text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
}
