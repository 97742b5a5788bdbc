"""The PostgreSQL ledger's schema, as numbered migrations, like the SQLite ledger's (migrations.py): the database
records the last migration it ran in ``factcheck.schema_version``; opening it runs the ones after that, each in one
transaction. A ledger whose version is newer than the last migration here is refused, never rewritten.

Everything lives in one schema, ``factcheck``, marked by its comment: a database holding that schema with that
comment is a ledger; one holding other tables and no such schema is someone else's, and is refused rather than
written into.

To change the schema, append a migration: never edit one that has shipped."""

from __future__ import annotations

SCHEMA = "factcheck"
MARK = "factcheck ledger"  # the schema's comment

# ``search``: title and text as one tsvector, the title's words weighted A and the text's B (find ranks with
# ts_rank, weighing A three times B), kept in step by PostgreSQL itself (a generated column).
_DOCUMENTS = """
CREATE TABLE factcheck.documents (
    rowid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id text NOT NULL UNIQUE,
    digest text NOT NULL UNIQUE,
    path text NOT NULL,
    source text,
    title text,
    published date,
    published_from text,
    body_start integer NOT NULL,
    text text NOT NULL,
    added timestamptz NOT NULL DEFAULT now(),
    extractor text NOT NULL,
    search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')
    ) STORED
)"""

# One row per fact, the Fact record's fields but its id, document and key, as in the SQLite ledger; a fact's value
# is a number or a TIMEX3 text, so it takes two typed columns (one of them null).
_FACTS = """
CREATE TABLE factcheck.facts (
    document bigint NOT NULL REFERENCES factcheck.documents(rowid) ON DELETE CASCADE,
    number integer NOT NULL,
    kind text NOT NULL,
    surface text NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL,
    sentence text NOT NULL,
    sentence_start integer NOT NULL,
    value_number double precision,
    value_text text,
    low double precision,
    high double precision,
    closed text,
    unit text,
    stated_value double precision,
    stated_unit text,
    hedge text,
    subject text,
    timex text,
    thing text,
    predicate text,
    owner text,
    "time" text,
    PRIMARY KEY (document, number),
    CHECK (value_number IS NULL OR value_text IS NULL)
)"""

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE SCHEMA factcheck",
        f"COMMENT ON SCHEMA factcheck IS '{MARK}'",
        "CREATE TABLE factcheck.schema_version (version integer NOT NULL)",
        _DOCUMENTS,
        "CREATE INDEX documents_published ON factcheck.documents(published)",
        "CREATE INDEX documents_search ON factcheck.documents USING gin(search)",
        _FACTS,
    ),
)

LATEST = len(MIGRATIONS)
