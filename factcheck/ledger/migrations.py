"""The SQLite ledger's schema, as numbered migrations. A ledger records the last migration it ran in
``schema_version``; opening it runs the ones after that, in one transaction each. A ledger whose version is newer
than the last migration here was written by a newer factcheck and is refused, never rewritten.

To change the schema, append a migration: never edit one that has shipped."""

from __future__ import annotations

# "FCLG": marks the file as a factcheck ledger (PRAGMA application_id), so that another program's SQLite database
# given as --ledger is refused instead of gaining our tables.
APPLICATION_ID = 0x46434C47

# ``extractor``: the fingerprint of the extraction code that made the document's facts (factcheck.fingerprint); a
# later factcheck reads the document again rather than trust facts an older extractor made.
_DOCUMENTS = """
CREATE TABLE documents (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    digest TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,
    source TEXT,
    title TEXT,
    published TEXT,
    published_from TEXT,
    body_start INTEGER NOT NULL,
    text TEXT NOT NULL,
    added TEXT NOT NULL,
    extractor TEXT NOT NULL
)"""

# One row per fact, the Fact record's fields but its id, document and key (the id is ``doc:number``; the key
# depends on the rules of the check that reads it).
_FACTS = """
CREATE TABLE facts (
    document INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    kind TEXT NOT NULL,
    surface TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    sentence TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    value,
    low REAL,
    high REAL,
    closed TEXT,
    unit TEXT,
    stated_value REAL,
    stated_unit TEXT,
    hedge TEXT,
    subject TEXT,
    timex TEXT,
    thing TEXT,
    predicate TEXT,
    owner TEXT,
    time TEXT,
    PRIMARY KEY (document, number)
) WITHOUT ROWID"""

# Full text over title and text, kept in step with the documents table by triggers (an external-content table:
# the text is stored once).
_SEARCH = (
    "CREATE VIRTUAL TABLE search USING fts5(title, text, content='documents', content_rowid='rowid', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER documents_added AFTER INSERT ON documents BEGIN "
    "INSERT INTO search(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    "CREATE TRIGGER documents_removed AFTER DELETE ON documents BEGIN "
    "INSERT INTO search(search, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE TABLE schema_version (version INTEGER NOT NULL)",
        _DOCUMENTS,
        "CREATE INDEX documents_published ON documents(published)",
        _FACTS,
        *_SEARCH,
    ),
)

LATEST = len(MIGRATIONS)
