#pragma once

#include "model/event.h"

#include <QString>

// Full-text search on a server, matching what FTS5 finds in a file (FullTextIndex): an event's
// words are folded as the unicode61 tokenizer folds them (case, diacritics; anything but letters,
// digits and marks separates words) before PostgreSQL indexes them, and every word the user
// typed must begin a word of the event.
namespace ServerSearch {
// The folded words of everything a search looks at, separated by spaces (to_tsvector's input).
QString document(const Event &event);
// A to_tsquery expression ("peña ceo" -> "pena:* & ceo:*"); empty when the text has no word.
QString query(const QString &userText);
} // namespace ServerSearch
