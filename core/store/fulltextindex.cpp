#include "fulltextindex.h"

#include "database.h"
#include "model/safetext.h"
#include "statement.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <sqlite3.h>
#include <string>

namespace {
// What the index was doing, for the "... while %1" of the database's errors; translated only
// when there is one.
const char *const updatingIndex = QT_TRANSLATE_NOOP("FullTextIndex", "updating the search index");

Status run(Database &db, const std::string &sql, const FullTextIndex::Binder &bind)
{
    Statement &statement = db.prepare(sql.c_str());
    if (bind && statement.isValid())
        bind(statement);
    return db.run(statement, "FullTextIndex", updatingIndex);
}
} // namespace

namespace {
std::string insertSql(const std::string &condition)
{
    return "INSERT INTO events_fts (rowid, company, people, role, round, description, "
           "source_title, source_url, investors, acquirer, reason_note, source_outlet) SELECT "
           "e.id, c.name, (SELECT group_concat(name, ' ') FROM (SELECT p.name AS name FROM "
           "event_people ep JOIN people p ON p.id = ep.person_id WHERE ep.company_id = "
           "e.company_id AND ep.event_id = e.id ORDER BY ep.position)), e.role, e.round, "
           "e.description, "
           "(SELECT group_concat(title, ' ') FROM (SELECT title FROM event_sources WHERE "
           "company_id = e.company_id AND event_id = e.id ORDER BY position)), "
           "(SELECT group_concat(url, ' ') FROM (SELECT url FROM event_sources WHERE "
           "company_id = e.company_id AND event_id = e.id ORDER BY position)), "
           "replace(e.investors, char(31), ' '), e.acquirer, e.reason_note, "
           "(SELECT group_concat(outlet, ' ') FROM (SELECT outlet FROM event_sources WHERE "
           "company_id = e.company_id AND event_id = e.id ORDER BY position)) "
           "FROM events e JOIN companies c ON c.id = e.company_id WHERE " +
           condition;
}
} // namespace

Status FullTextIndex::reindex(Database &db, const char *eventCondition, const Binder &bind)
{
    const std::string condition(eventCondition);
    const std::string remove =
        "DELETE FROM events_fts WHERE rowid IN (SELECT e.id FROM events e WHERE " + condition + ")";
    if (auto status = run(db, remove, bind); !status)
        return status;
    return run(db, insertSql(condition), bind);
}

Status FullTextIndex::add(Database &db, qint64 eventId)
{
    static const std::string sql = insertSql("e.id = ?1");
    return run(db, sql, [eventId](Statement &s) { s.bind(1, eventId); });
}

Status FullTextIndex::remove(Database &db, qint64 eventId)
{
    return run(db, "DELETE FROM events_fts WHERE rowid = ?1",
               [eventId](Statement &s) { s.bind(1, eventId); });
}

namespace {
// The words of what the user typed, split as the unicode61 tokenizer splits the indexed text:
// letters, digits and their marks make words, everything else separates them (so "_" or "*"
// alone is no word, and never an empty FTS5 phrase).
QStringList words(const QString &userText)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}\\p{M}]+"));
    return userText.split(separators, Qt::SkipEmptyParts);
}
} // namespace

QString FullTextIndex::matchExpression(const QString &userText)
{
    QStringList terms;
    for (const QString &word : words(userText))
        terms << QStringLiteral("\"%1\"*").arg(word);
    return terms.join(QLatin1Char(' '));
}

std::optional<QString> FullTextIndex::whyNothingMatches(const QString &userText)
{
    const QString text = userText.trimmed();
    if (text.isEmpty() || !words(text).isEmpty())
        return std::nullopt;
    return QCoreApplication::translate(
               "FullTextIndex", "%1 has no letters or digits to search for, so it matches nothing")
        .arg(SafeText::quoted(text));
}

Result<qint64> FullTextIndex::countMatches(Database &db, const QString &userText)
{
    const QString match = matchExpression(userText);
    if (match.isEmpty())
        return qint64(0);
    Statement &s = db.prepare("SELECT count(*) FROM events_fts WHERE events_fts MATCH ?");
    if (!s.isValid())
        return db.errorFor(s.prepareError(),
                           QCoreApplication::translate("FullTextIndex", "searching"));
    s.bind(1, match);
    const int rc = s.step();
    const qint64 n = rc == SQLITE_ROW ? s.integer(0) : 0;
    s.reset();
    if (rc != SQLITE_ROW)
        return db.errorFor(rc, QCoreApplication::translate("FullTextIndex", "searching"));
    return n;
}
