#pragma once

#include "model/event.h"
#include "model/tenure.h"

#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

struct sqlite3;

// Small builders and helpers shared by the tests, so each test states only what it is about.
namespace testsupport {

Event appointment(const QString &date, const QString &company, const QStringList &people,
                  const QString &role, bool interim = false);
Event departure(const QString &date, const QString &company, const QStringList &people,
                const QString &role);
Event funding(const QString &date, const QString &company, const QString &round,
              std::optional<qint64> amount, std::optional<qint64> valuation,
              FundingStatus status = FundingStatus::Completed);
Event other(const QString &date, const QString &company, const QString &description);
// The event's first source, made when it has none: `mainSource(e).url = ...`.
inline EventSource &mainSource(Event &event)
{
    if (event.sources.isEmpty())
        event.sources.append(EventSource{});
    return event.sources.first();
}

PartialDate date(const QString &text); // fails the test on a bad date

// The events numbered 1, 2, 3... in the order given, as a store would.
std::vector<Event> withIds(std::vector<Event> events);
// The tenure of `person` under the title `role` as written; fails the test if there is none.
const Tenure &tenureOf(const std::vector<Tenure> &tenures, const QString &person,
                       const QString &role);

QByteArray readFile(const QString &path);

// SQLite's PRAGMA integrity_check: "ok" when the database is intact. On an open connection, or
// on the file at `path`, opened read-only for the check.
QString integrityCheck(sqlite3 *handle);
QString integrityCheckOf(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

// What a tooltip or a label shows for `text` set in `format`: with Qt::AutoText, text that
// Qt::mightBeRichText takes for markup is rendered as HTML, as QToolTip and QLabel do.
QString displayedText(const QString &text, Qt::TextFormat format = Qt::AutoText);

} // namespace testsupport

// Readable failure messages for Qt strings.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &list)
    {
        return "[" + list.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
} // namespace Catch
