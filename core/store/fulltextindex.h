#pragma once

#include "model/result.h"

#include <QString>

#include <functional>
#include <optional>

class Database;
class Statement;

// Keeps the FTS5 table events_fts in step with events: one row per event, rowid = event id,
// holding the company, people, role, round, description, sources, investors, acquirer and
// reason note. Written in the same transaction as the change it follows.
class FullTextIndex
{
public:
    using Binder = std::function<void(Statement &)>;

    // Re-indexes the events matching `eventCondition`, a fixed SQL condition on the alias `e`
    // whose parameters `bind` fills (never user text spliced into SQL).
    static Status reindex(Database &db, const char *eventCondition, const Binder &bind);
    static Status remove(Database &db, qint64 eventId);
    // Indexes one event that has no row in the index yet (new, or removed first). Unlike
    // reindex, which deletes with a subquery, this never makes FTS5 flush its pending terms:
    // row by row, that flush wrote an index segment per event and tripled a large import's time.
    static Status add(Database &db, qint64 eventId);

    // A MATCH expression for what the user typed: every word must occur, as a word prefix.
    // Words are quoted, so FTS5 operators in the text are taken literally. Empty when the text
    // has no word in it: then there is nothing to search for (see whyNothingMatches).
    static QString matchExpression(const QString &userText);
    // When the user typed something with no letter or digit in it ("*", "^", "---"), a sentence
    // saying that it matches nothing and why; otherwise nullopt (blank text is no search at all).
    // A query with such text finds no events rather than every event.
    static std::optional<QString> whyNothingMatches(const QString &userText);
    // How many events the text matches, from the index alone (0 when it has no word).
    static Result<qint64> countMatches(Database &db, const QString &userText);
};
