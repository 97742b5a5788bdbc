"""The ledger in a PostgreSQL database (``--ledger postgresql://...``), for a newsroom that shares one: documents,
their facts, and a tsvector over titles and texts, through psycopg 3.

Each document is added in its own transaction (an interrupted ``add`` leaves every document before it stored and
none half-stored). Writers queue on a transaction-level advisory lock of the database, held only while a document's
rows go in, never while it is extracted; readers never wait."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from urllib.parse import urlsplit, urlunsplit

import psycopg

from factcheck.documents import Document
from factcheck.errors import InputError
from factcheck.facts import Fact
from factcheck.ledger.postgres_migrations import LATEST, MARK, MIGRATIONS, SCHEMA
from factcheck.ledger.store import (
    FACT_FIELDS,
    Added,
    FactsOf,
    Stats,
    Stored,
    add_documents,
    current_extractor,
    stored,
    stored_facts,
)

CONNECT_SECONDS = 10  # a server that does not answer is an error after this long, not a hang
# Advisory locks (pg_advisory_xact_lock(LOCKS, n)): "FCLG", then one for migrations and one for documents' rows.
LOCKS, MIGRATING, WRITING = 0x46434C47, 1, 2
# ts_rank's weights for D, C, B, A: the title's words (A) count three times the text's (B).
RANK_WEIGHTS = "{0, 0, 0.33, 1.0}"
_VALUE = FACT_FIELDS.index("value")
_FACT_SELECT = ", ".join("value_number, value_text" if name == "value" else f'"{name}"' for name in FACT_FIELDS)
_DOCUMENT_COLUMNS = "rowid, id, digest, path, source, title, published, published_from, body_start, text, extractor"
_OTHER_TABLES = """
SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'"""


class PostgresLedger:
    """A ledger in the PostgreSQL database at ``url``. ``create``: make the ledger's schema in an empty database;
    otherwise a database without it is an error, so that a mistyped --ledger never starts an empty ledger."""

    def __init__(self, url: str, create: bool = False) -> None:
        self.location = shown_url(url)
        try:
            self._db = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_SECONDS)
        except psycopg.Error as error:
            raise InputError(self.location, f"cannot connect to the ledger's database ({_said(error)})") from None
        try:
            self._migrate(create)
        except psycopg.Error as error:
            self._db.close()
            raise InputError(self.location, f"the ledger cannot be used ({_said(error)})") from None
        except InputError:
            self._db.close()
            raise

    def _migrate(self, create: bool) -> None:
        """Check that the database is a factcheck ledger this version can read, then run the migrations it lacks,
        each in one transaction under an advisory lock (another process may be running them meanwhile)."""
        while True:
            with self._transaction(MIGRATING):
                version = self._version(create)
                if version >= LATEST:
                    return
                for statement in MIGRATIONS[version]:
                    self._db.execute(statement)  # type: ignore[arg-type]
                self._db.execute("INSERT INTO factcheck.schema_version(version) VALUES (%s)", (version + 1,))

    def _version(self, create: bool) -> int:
        """The ledger's schema version, 0 for an empty database (when ``create``); a database that is not a ledger,
        or one of a newer factcheck, is refused."""
        row = self._db.execute("SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = %s",
                               (SCHEMA,)).fetchone()
        if row is None:
            if self._db.execute(_OTHER_TABLES).fetchone()[0]:  # type: ignore[index]
                raise InputError(self.location, "is a PostgreSQL database, but not a factcheck ledger (it holds "
                                 f"other tables and no schema '{SCHEMA}')")
            if not create:
                raise InputError(self.location, "no ledger here (factcheck ledger add PATH... --ledger LEDGER makes "
                                 "one)")
            return 0
        if row[0] != MARK:
            raise InputError(self.location, f"has a schema '{SCHEMA}', but it is not a factcheck ledger's")
        version = int(self._db.execute("SELECT max(version) FROM factcheck.schema_version").fetchone()[0] or 0)  # type: ignore[index]
        if version > LATEST:
            raise InputError(self.location, f"was written by a newer factcheck (ledger schema {version}; this "
                             f"factcheck reads up to {LATEST}): upgrade factcheck")
        return version

    @contextlib.contextmanager
    def _transaction(self, lock: int) -> Iterator[None]:
        """A transaction holding the advisory lock ``lock`` to its end, so that writers queue."""
        with self._db.transaction():
            self._db.execute("SELECT pg_advisory_xact_lock(%s, %s)", (LOCKS, lock))
            yield

    def add(self, documents: Iterable[Document], facts_of: FactsOf | None = None) -> Added:
        return add_documents(self, documents, facts_of)

    def stored_as(self, digest: str) -> tuple[str, str] | None:
        with self._guarded():
            row = self._db.execute("SELECT id, extractor FROM factcheck.documents WHERE digest = %s",
                                   (digest,)).fetchone()
        return None if row is None else (str(row[0]), str(row[1]))

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        with self._guarded(), self._transaction(WRITING):
            yield

    def put(self, document: Document, digest: str, facts: Sequence[Fact]) -> bool:
        replaced = self._delete(document.id)
        self._insert(document, digest, facts)
        return replaced

    def _delete(self, doc_id: str) -> bool:
        return self._db.execute("DELETE FROM factcheck.documents WHERE id = %s", (doc_id,)).rowcount > 0

    def _insert(self, document: Document, digest: str, facts: Sequence[Fact]) -> None:
        row = self._db.execute(
            "INSERT INTO factcheck.documents(id, digest, path, source, title, published, published_from, "
            "body_start, text, extractor) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING rowid",
            (document.id, digest, document.path, document.source, document.title, document.published,
             document.published_from, document.body_start, document.text, current_extractor())).fetchone()
        with self._db.cursor().copy(f"COPY factcheck.facts(document, number, {_FACT_SELECT}) FROM STDIN") as copy:
            for number, fact in enumerate(facts, start=1):
                copy.write_row((row[0], number, *_fact_row(fact)))  # type: ignore[index]

    def remove(self, ids: Sequence[str]) -> tuple[str, ...]:
        with self._guarded(), self._transaction(WRITING):
            return tuple(doc_id for doc_id in dict.fromkeys(ids) if self._delete(doc_id))

    def stats(self) -> Stats:
        with self._guarded():
            documents, undated, first, last = self._db.execute(
                "SELECT count(*), count(*) - count(published), min(published), max(published) "
                "FROM factcheck.documents").fetchone()  # type: ignore[misc]
            facts = self._db.execute("SELECT count(*) FROM factcheck.facts").fetchone()[0]  # type: ignore[index]
            size = self._db.execute(
                "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                "c.relnamespace WHERE n.nspname = %s AND c.relkind = 'r'", (SCHEMA,)).fetchone()[0]  # type: ignore[index]
        return Stats(self.location, documents, facts, undated, first, last, int(size or 0))

    def find(self, terms: Sequence[str], since: dt.date | None, until: dt.date | None, limit: int) -> list[Stored]:
        if not terms:
            return []
        # Each word a quoted lexeme, stemmed like the stored text; any of them matches.
        query = " | ".join("'" + term.replace("\\", "\\\\").replace("'", "''") + "'" for term in terms)
        sql = (f"SELECT {', '.join('d.' + c for c in _DOCUMENT_COLUMNS.split(', '))}, "
               "ts_rank(%(weights)s, d.search, q) FROM factcheck.documents d, to_tsquery('english', %(query)s) q "
               "WHERE d.search @@ q "
               "AND (d.published IS NULL OR (d.published >= %(since)s AND d.published <= %(until)s)) "
               "ORDER BY ts_rank(%(weights)s, d.search, q) DESC, d.rowid LIMIT %(limit)s")
        bounds = {"since": since or dt.date.min, "until": until or dt.date.max}
        with self._guarded():
            values = {"query": query, **bounds, "weights": RANK_WEIGHTS, "limit": limit}
            found = self._db.execute(sql, values).fetchall()
            best = found[0][-1] if found and found[0][-1] > 0 else 1.0
            return [dataclasses.replace(self._stored(row[:-1]), relevance=row[-1] / best) for row in found]

    def _stored(self, row: tuple) -> Stored:
        rowid, doc_id, digest, path, source, title, published, published_from, body_start, text, extractor = row
        document = Document(doc_id, path, text, body_start, source, title, published, published_from)
        return stored(document, digest, extractor, lambda: stored_facts(doc_id, (
            _fact_values(values) for values in self._db.execute(
                f"SELECT number, {_FACT_SELECT} FROM factcheck.facts WHERE document = %s ORDER BY number",
                (rowid,)).fetchall())))

    @contextlib.contextmanager
    def _guarded(self) -> Iterator[None]:
        """PostgreSQL's errors as one input error naming the ledger (a server gone, a schema changed under us)."""
        try:
            yield
        except psycopg.Error as error:
            raise InputError(self.location, f"the ledger cannot be used ({_said(error)})") from None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> PostgresLedger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _fact_row(fact: Fact) -> list[object]:
    """A fact's stored values, its value in the number or the text column."""
    values: list[object] = [getattr(fact, name) for name in FACT_FIELDS]
    value = values[_VALUE]
    values[_VALUE:_VALUE + 1] = [None, value] if isinstance(value, str) else [value, None]
    return values


def _fact_values(row: Sequence[object]) -> list[object]:
    """A stored row (``number``, then the columns of ``_FACT_SELECT``) as ``number`` then the FACT_FIELDS values."""
    values = list(row)
    at = _VALUE + 1  # after the number
    number, text = values[at], values[at + 1]
    values[at:at + 2] = [text if text is not None else number]
    return values


def shown_url(url: str) -> str:
    """``url`` with its password hidden (in the user part or a ``password=`` parameter), to name the ledger."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if parts.password is not None:
        user, _, host = netloc.rpartition("@")
        netloc = f"{user.partition(':')[0]}:***@{host}"
    query = "&".join("password=***" if item.lower().startswith("password=") else item
                     for item in parts.query.split("&")) if parts.query else ""
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def _said(error: psycopg.Error) -> str:
    """What PostgreSQL or libpq said, on one line."""
    return " ".join(str(error).split()) or type(error).__name__
