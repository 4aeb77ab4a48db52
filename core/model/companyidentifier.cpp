#include "companyidentifier.h"

#include "safetext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
const QRegularExpression wikidataItem(QStringLiteral("^[Qq][1-9][0-9]{0,11}$"));
const QRegularExpression wikidataUrl(
    QStringLiteral(
        "^(?:https?://)?(?:www\\.|m\\.)?wikidata\\.org/(?:wiki|entity)/([Qq][1-9][0-9]{0,11})/?$"),
    QRegularExpression::CaseInsensitiveOption);
const QRegularExpression
    domainName(QStringLiteral("^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"));
// An optional exchange ("NASDAQ:", "LSE:") and a symbol of letters and digits, with one class
// suffix ("BRK.B", "BF-B").
const QRegularExpression
    tickerSymbol(QStringLiteral("^(?:[A-Z]{1,10}:)?[A-Z0-9]{1,8}(?:[.-][A-Z0-9]{1,3})?$"));

QString withoutWebParts(QString text)
{
    for (const QLatin1String scheme : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (text.startsWith(scheme, Qt::CaseInsensitive))
            text.remove(0, scheme.size());
    }
    if (text.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
        text.remove(0, 4);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}
} // namespace

CompanyIdentifier::Reading CompanyIdentifier::read(QStringView text)
{
    Reading reading;
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return reading;
    auto accept = [&](const QString &identifier) {
        reading.identifier = identifier;
        reading.rewritten = identifier.compare(trimmed, Qt::CaseInsensitive) != 0;
        return reading;
    };
    if (wikidataItem.match(trimmed).hasMatch())
        return accept(trimmed.toUpper());
    if (const auto url = wikidataUrl.match(trimmed); url.hasMatch())
        return accept(url.captured(1).toUpper());
    if (const QString domain = withoutWebParts(trimmed).toLower();
        domainName.match(domain).hasMatch())
        return accept(domain);
    if (const QString ticker = trimmed.toUpper(); tickerSymbol.match(ticker).hasMatch())
        return accept(ticker);
    reading.problem =
        QCoreApplication::translate("CompanyIdentifier",
                                    "%1 is not a company identifier: write a web domain "
                                    "(stability.ai), a Wikidata item (Q107420637) or a ticker "
                                    "(NVDA, NASDAQ:NVDA)")
            .arg(SafeText::quoted(trimmed));
    return reading;
}

QString CompanyIdentifier::labelled(const QString &name, const QString &identifier)
{
    return QStringLiteral("%1 (%2)").arg(name.trimmed(), identifier);
}
