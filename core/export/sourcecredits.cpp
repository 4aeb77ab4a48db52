#include "sourcecredits.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace {
struct Cited
{
    const EventSource *source;
    PartialDate order; // the source's date, else its event's
};

QString joined(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            kept << part;
    }
    return kept.join(separator);
}
} // namespace

SourceCredits::SourceCredits(std::span<const Event *const> events)
{
    std::vector<Cited> cited;
    for (const Event *event : events) {
        for (const EventSource &source : event->sources) {
            const PartialDate date = dateOf(source);
            cited.push_back({&source, date.isValid() ? date : event->date});
        }
    }
    std::stable_sort(cited.begin(), cited.end(),
                     [](const Cited &a, const Cited &b) { return a.order < b.order; });
    // A chart of many events must not compare each source with every other.
    QSet<QString> credited, listed;
    for (const Cited &c : cited) {
        const EventSource &source = *c.source;
        const QString outlet = outletOf(source).simplified();
        const PartialDate date = dateOf(source);
        const QString title = withoutNote(source.title).simplified();
        QString credit = outlet.isEmpty() ? title : outlet;
        if (!credit.isEmpty() && date.isValid())
            credit += QStringLiteral(", ") + date.toString();
        if (!credit.isEmpty() && !credited.contains(credit)) {
            credited.insert(credit);
            m_credits << credit;
        }
        const QString key = source.url.isEmpty() ? title + QChar(u'\x1f') + outlet : source.url;
        if (!listed.contains(key)) {
            listed.insert(key);
            const QString heading = joined({outlet, date.isValid() ? date.toString() : QString()},
                                           QStringLiteral(", "));
            m_full << joined({heading, title, source.url}, QStringLiteral(" — "));
        }
    }
}

QString SourceCredits::outletOf(const EventSource &source)
{
    if (!source.outlet.trimmed().isEmpty())
        return source.outlet.trimmed();
    QString host = QUrl(source.url).host();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    return host;
}

PartialDate SourceCredits::dateOf(const EventSource &source)
{
    if (source.date.isValid())
        return source.date;
    // News sites put the day of publication in the path: /2024/03/24/slug.
    static const QRegularExpression inPath(
        QStringLiteral("/((?:19|20)\\d\\d)/(0[1-9]|1[0-2])/(?:(0[1-9]|[12]\\d|3[01])/)?"));
    const auto match = inPath.match(QUrl(source.url).path());
    if (!match.hasMatch())
        return {};
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    const int day = match.captured(3).toInt();
    if (day > 0 && QDate(year, month, day).isValid())
        return PartialDate::ofDay(year, month, day);
    return PartialDate::ofMonth(year, month);
}

QString SourceCredits::withoutNote(const QString &title)
{
    static const QRegularExpression note(QStringLiteral("\\s*\\[[^\\[\\]]*\\]\\s*$"));
    return QString(title).remove(note).trimmed();
}
