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

// Version 6 holds what real data records (docs/data-format.md): an acquisition type (4), a
// currency for amounts, an announcement date, a departure's reason, a round's investors, an
// acquirer, and any number of sources per event. `type` has a CHECK that cannot be altered, so
// events is rebuilt in SQLite's twelve steps
// (https://www.sqlite.org/lang_altertable.html#otheralter): Database::migrate turns foreign keys
// off around the transaction, and checks them before it commits. Ids are copied, so event_people
// and the full-text index (rowid = id) stay valid. The one source each event had moves to
// event_sources; the full-text index is rebuilt with the new columns. Dates are in their
// interchange form ('' = unknown); `reason` is an interchange name
// ('' = none); `investors` are names separated by U+001F, which no name can hold.
inline constexpr const char *version6 = R"sql(
CREATE TABLE events_v6 (
    id            INTEGER PRIMARY KEY,
    company_id    INTEGER NOT NULL REFERENCES companies(id),
    type          INTEGER NOT NULL CHECK (type BETWEEN 0 AND 4),
    year          INTEGER NOT NULL,
    month         INTEGER NOT NULL DEFAULT 0,
    day           INTEGER NOT NULL DEFAULT 0,
    first_day     INTEGER NOT NULL,
    last_day      INTEGER NOT NULL,
    announced     TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL DEFAULT '',
    interim       INTEGER NOT NULL DEFAULT 0,
    reason        TEXT NOT NULL DEFAULT '',
    reason_note   TEXT NOT NULL DEFAULT '',
    round         TEXT NOT NULL DEFAULT '',
    amount_usd    INTEGER, -- in `currency`, whatever the name says
    valuation_usd INTEGER,
    currency      TEXT NOT NULL DEFAULT 'USD',
    status        INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),
    investors     TEXT NOT NULL DEFAULT '',
    acquirer      TEXT NOT NULL DEFAULT '',
    description   TEXT NOT NULL DEFAULT ''
);
INSERT INTO events_v6 (id, company_id, type, year, month, day, first_day, last_day, role,
                       interim, round, amount_usd, valuation_usd, status, description)
    SELECT id, company_id, type, year, month, day, first_day, last_day, role, interim, round,
           amount_usd, valuation_usd, status, description FROM events;
CREATE TABLE event_sources (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    url      TEXT NOT NULL DEFAULT '',
    title    TEXT NOT NULL DEFAULT '',
    outlet   TEXT NOT NULL DEFAULT '',
    date     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;
INSERT INTO event_sources (event_id, position, url, title)
    SELECT id, 0, source_url, source_title FROM events
    WHERE source_url <> '' OR source_title <> '';
DROP TABLE events;
ALTER TABLE events_v6 RENAME TO events;
CREATE INDEX events_by_day ON events(first_day);
CREATE INDEX events_by_company_day ON events(company_id, first_day);
CREATE INDEX events_by_type_day ON events(type, first_day);
DROP TABLE events_fts;
CREATE VIRTUAL TABLE events_fts USING fts5(
    company, people, role, round, description, source_title, source_url, investors, acquirer,
    reason_note, source_outlet,
    tokenize = 'unicode61 remove_diacritics 2'
);
)sql";

// Version 7: what tells two companies of one name apart (CompanyIdentifier: a web domain, a
// Wikidata item or a ticker); '' = none. The name stays unique: it is the company's label, and a
// second company of a taken name is labelled with its identifier ("Apple (apple.com)").
inline constexpr const char *version7 = R"sql(
ALTER TABLE companies ADD COLUMN identifier TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX companies_by_identifier ON companies(identifier COLLATE NOCASE)
    WHERE identifier <> '';
)sql";

// Version 8: notes pinned to a company's lane, at a date or over a period (Annotation). A note's
// dates are in their interchange form (`date_to` '' for a note at one date) with the Julian days
// they span, for range queries. `event_id` is the event it is pinned to (0 = none); no foreign
// key, so deleting the event keeps the note at its date, and undoing the delete, which restores
// the event under its id, pins it again.
inline constexpr const char *version8 = R"sql(
CREATE TABLE annotations (
    id         INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    date_from  TEXT NOT NULL,
    date_to    TEXT NOT NULL DEFAULT '',
    first_day  INTEGER NOT NULL,
    last_day   INTEGER NOT NULL,
    event_id   INTEGER NOT NULL DEFAULT 0,
    text       TEXT NOT NULL
);
CREATE INDEX annotations_by_company_day ON annotations(company_id, first_day);
)sql";

// Version 9 stores each company's events together on disk, so that reading one lane (the
// timeline, `list --company`, the data check) reads a few pages instead of one or two for every
// event: events, and the people and sources of each event, are keyed by company first. An event
// keeps its id (unique, for the full-text index and every other reference); its people and
// sources name the event by (company_id, event_id) and follow it when its company changes
// (ON UPDATE CASCADE). Rebuilt as in version 6, with foreign keys off around the transaction.
inline constexpr const char *version9 = R"sql(
CREATE TABLE events_v9 (
    id            INTEGER NOT NULL UNIQUE,
    company_id    INTEGER NOT NULL REFERENCES companies(id),
    type          INTEGER NOT NULL CHECK (type BETWEEN 0 AND 4),
    year          INTEGER NOT NULL,
    month         INTEGER NOT NULL DEFAULT 0,
    day           INTEGER NOT NULL DEFAULT 0,
    first_day     INTEGER NOT NULL,
    last_day      INTEGER NOT NULL,
    announced     TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL DEFAULT '',
    interim       INTEGER NOT NULL DEFAULT 0,
    reason        TEXT NOT NULL DEFAULT '',
    reason_note   TEXT NOT NULL DEFAULT '',
    round         TEXT NOT NULL DEFAULT '',
    amount_usd    INTEGER, -- in `currency`, whatever the name says
    valuation_usd INTEGER,
    currency      TEXT NOT NULL DEFAULT 'USD',
    status        INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),
    investors     TEXT NOT NULL DEFAULT '',
    acquirer      TEXT NOT NULL DEFAULT '',
    description   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (company_id, id)
) WITHOUT ROWID;
INSERT INTO events_v9 (id, company_id, type, year, month, day, first_day, last_day, announced,
                       role, interim, reason, reason_note, round, amount_usd, valuation_usd,
                       currency, status, investors, acquirer, description)
    SELECT id, company_id, type, year, month, day, first_day, last_day, announced, role, interim,
           reason, reason_note, round, amount_usd, valuation_usd, currency, status, investors,
           acquirer, description FROM events ORDER BY company_id, id;
ALTER TABLE event_people RENAME TO event_people_v8;
ALTER TABLE event_sources RENAME TO event_sources_v8;
DROP TABLE events;
ALTER TABLE events_v9 RENAME TO events;
CREATE TABLE event_people (
    company_id INTEGER NOT NULL,
    event_id   INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    person_id  INTEGER NOT NULL REFERENCES people(id),
    PRIMARY KEY (company_id, event_id, position),
    FOREIGN KEY (company_id, event_id) REFERENCES events(company_id, id)
        ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;
INSERT INTO event_people (company_id, event_id, position, person_id)
    SELECT e.company_id, ep.event_id, ep.position, ep.person_id
    FROM event_people_v8 ep JOIN events e ON e.id = ep.event_id ORDER BY 1, 2, 3;
CREATE TABLE event_sources (
    company_id INTEGER NOT NULL,
    event_id   INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    url        TEXT NOT NULL DEFAULT '',
    title      TEXT NOT NULL DEFAULT '',
    outlet     TEXT NOT NULL DEFAULT '',
    date       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (company_id, event_id, position),
    FOREIGN KEY (company_id, event_id) REFERENCES events(company_id, id)
        ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;
INSERT INTO event_sources (company_id, event_id, position, url, title, outlet, date)
    SELECT e.company_id, s.event_id, s.position, s.url, s.title, s.outlet, s.date
    FROM event_sources_v8 s JOIN events e ON e.id = s.event_id ORDER BY 1, 2, 3;
DROP TABLE event_people_v8;
DROP TABLE event_sources_v8;
CREATE INDEX events_by_day ON events(first_day);
CREATE INDEX events_by_company_day ON events(company_id, first_day);
CREATE INDEX events_by_type_day ON events(type, first_day);
CREATE INDEX event_people_by_person ON event_people(person_id);
)sql";

// The date index holds each event's last day too: the span of the whole file (its latest last
// day, among the last year's events) is read from the index alone, without a lookup of each row
// through the (company, id) key.
inline constexpr const char *version10 = R"sql(
DROP INDEX events_by_day;
CREATE INDEX events_by_day ON events(first_day, last_day);
)sql";

} // namespace schema
