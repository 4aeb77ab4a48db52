#pragma once

// The schema, as the list of forward migrations from an empty file. Step N (1-based) takes a
// database from user_version N-1 to N; a new database runs them all. Never edit a released step:
// add a new one and bump Database::currentSchemaVersion.
namespace schema {

// Plain DDL for the steps that need no data work.
inline constexpr const char *version1 = R"sql(
CREATE TABLE companies (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE people (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    company_id    INTEGER NOT NULL REFERENCES companies(id),
    type          INTEGER NOT NULL CHECK (type BETWEEN 0 AND 3),
    year          INTEGER NOT NULL,
    month         INTEGER NOT NULL DEFAULT 0,
    day           INTEGER NOT NULL DEFAULT 0,
    first_day     INTEGER NOT NULL, -- Julian day of the first day the date may stand for
    last_day      INTEGER NOT NULL, -- and of the last; at most a year after first_day
    role          TEXT NOT NULL DEFAULT '',
    interim       INTEGER NOT NULL DEFAULT 0,
    round         TEXT NOT NULL DEFAULT '',
    amount_usd    INTEGER,
    valuation_usd INTEGER,
    status        INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),
    description   TEXT NOT NULL DEFAULT '',
    source_url    TEXT NOT NULL DEFAULT '',
    source_title  TEXT NOT NULL DEFAULT ''
);
CREATE TABLE event_people (
    event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people(id),
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;
CREATE INDEX events_by_day ON events(first_day);
CREATE INDEX events_by_company_day ON events(company_id, first_day);
CREATE INDEX events_by_type_day ON events(type, first_day);
CREATE INDEX event_people_by_person ON event_people(person_id);
)sql";

// Version 2 adds full-text search; Database fills it from the events already there.
inline constexpr const char *version2 = R"sql(
CREATE VIRTUAL TABLE events_fts USING fts5(
    company, people, role, round, description, source_title, source_url,
    tokenize = 'unicode61 remove_diacritics 2'
);
)sql";

// Version 3 lets users give each company its own colour ('' = the theme's choice).
inline constexpr const char *version3 = R"sql(
ALTER TABLE companies ADD COLUMN color TEXT NOT NULL DEFAULT '';
)sql";

// Version 4 never hands out an event id twice. SQLite gives a new row the highest id plus one, so
// after the newest event is deleted another program's add would take its id, and the deleting
// window's undo (which restores the event under its id) would fail or act on the wrong event.
inline constexpr const char *version4 = R"sql(
CREATE TABLE id_sequence (
    name TEXT PRIMARY KEY,
    last INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO id_sequence (name, last) SELECT 'events', coalesce(max(id), 0) FROM events;
)sql";

// Version 5 keeps the titles a user mapped to a canonical role ("Managing Director" as chief
// executive), on top of the built-in vocabulary. `title` is as the user wrote it; `role` is a
// RoleVocabulary::key.
inline constexpr const char *version5 = R"sql(
CREATE TABLE role_aliases (
    title TEXT PRIMARY KEY COLLATE NOCASE,
    role  TEXT NOT NULL
) WITHOUT ROWID;
)sql";

} // namespace schema
