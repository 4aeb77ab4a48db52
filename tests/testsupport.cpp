#include "testsupport.h"

#include <QFile>
#include <QTextDocument>

#include <catch2/catch.hpp>
#include <sqlite3.h>

namespace testsupport {

PartialDate date(const QString &text)
{
    QString error;
    const auto parsed = PartialDate::parse(text, &error);
    INFO(error.toStdString());
    REQUIRE(parsed.has_value());
    return *parsed;
}

static Event base(EventType type, const QString &when, const QString &company)
{
    Event e;
    e.type = type;
    e.date = date(when);
    e.company = company;
    return e;
}

Event appointment(const QString &when, const QString &company, const QStringList &people,
                  const QString &role, bool interim)
{
    Event e = base(EventType::Appointment, when, company);
    e.people = people;
    e.role = role;
    e.interim = interim;
    return e;
}

Event departure(const QString &when, const QString &company, const QStringList &people,
                const QString &role)
{
    Event e = base(EventType::Departure, when, company);
    e.people = people;
    e.role = role;
    return e;
}

Event funding(const QString &when, const QString &company, const QString &round,
              std::optional<qint64> amount, std::optional<qint64> valuation, FundingStatus status)
{
    Event e = base(EventType::Funding, when, company);
    e.round = round;
    e.amountUsd = amount;
    e.valuationUsd = valuation;
    e.status = status;
    return e;
}

Event other(const QString &when, const QString &company, const QString &description)
{
    Event e = base(EventType::Other, when, company);
    e.description = description;
    return e;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QString displayedText(const QString &text, Qt::TextFormat format)
{
    const bool rich =
        format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich)
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

std::vector<Event> withIds(std::vector<Event> events)
{
    EventId id = 1;
    for (Event &e : events)
        e.id = id++;
    return events;
}

const Tenure &tenureOf(const std::vector<Tenure> &tenures, const QString &person,
                       const QString &role)
{
    for (const Tenure &t : tenures) {
        if (t.person == person && t.role == role)
            return t;
    }
    FAIL("no tenure for " << person.toStdString() << " as " << role.toStdString());
    return tenures.front();
}

QString integrityCheck(sqlite3 *handle)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "PRAGMA integrity_check", -1, &statement, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(handle));
    QString result = QStringLiteral("no answer");
    if (sqlite3_step(statement) == SQLITE_ROW)
        result =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return result;
}

QString integrityCheckOf(const QString &path)
{
    sqlite3 *handle = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK) {
        sqlite3_close(handle);
        return QStringLiteral("cannot be opened");
    }
    const QString result = integrityCheck(handle);
    sqlite3_close(handle);
    return result;
}

} // namespace testsupport
