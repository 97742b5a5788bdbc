"""The ledger in one SQLite file: documents, their facts, and an FTS5 index over titles and texts.

Each document is added in its own transaction (an interrupted ``add`` leaves every document before it stored and
none half-stored); the file is in WAL mode with a busy timeout, so that two writers at once both get their turn
and readers never wait. Extraction runs outside the transaction: a writer holds the lock only to insert rows."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from factcheck.documents import Document
from factcheck.errors import InputError
from factcheck.facts import Fact
from factcheck.ledger.migrations import APPLICATION_ID, LATEST, MIGRATIONS
from factcheck.ledger.store import (
    FACT_COLUMNS,
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

BUSY_SECONDS = 60.0  # how long a writer waits for another one's transaction before giving up
_DOCUMENT_COLUMNS = "rowid, id, digest, path, source, title, published, published_from, body_start, text, extractor"


class SqliteLedger:
    """A ledger in the SQLite file at ``path``. ``create``: make the file (and its folder) when it does not exist;
    otherwise a missing file is an error, so that a mistyped --ledger never starts an empty ledger."""

    def __init__(self, path: str | Path, create: bool = False) -> None:
        self.path = Path(path)
        self.location = str(self.path)
        if self.path.is_dir():
            raise InputError(self.path, "is a folder, not a ledger file")
        if not self.path.exists():
            if not create:
                raise InputError(self.path, "no ledger here (factcheck ledger add PATH... --ledger LEDGER makes one)")
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None)
        except sqlite3.Error as error:
            raise InputError(self.path, f"cannot be opened as a ledger ({error})") from None
        try:
            self._open()
        except sqlite3.DatabaseError as error:
            self._db.close()
            raise InputError(self.path, _damage(error)) from None
        except InputError:
            self._db.close()
            raise

    def _open(self) -> None:
        """Check that the file is a factcheck ledger this version can read, then bring its schema up to date."""
        self._db.execute("BEGIN")  # one read of both: another process may be creating the ledger meanwhile
        try:
            owner = self._db.execute("PRAGMA application_id").fetchone()[0]
            tables = self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            self._db.execute("COMMIT")
        if tables and owner != APPLICATION_ID:
            raise InputError(self.path, "is an SQLite database, but not a factcheck ledger")
        if owner == APPLICATION_ID:
            version = self._version()
            if version > LATEST:
                raise InputError(self.path, f"was written by a newer factcheck (ledger schema {version}; this "
                                 f"factcheck reads up to {LATEST}): upgrade factcheck")
        self._wal()
        self._db.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    def _wal(self) -> None:
        """Put the file in WAL mode (it stays so), once. SQLite answers "database is locked" at once, without
        waiting, when another process holds the file while the mode changes (two `ledger add` making one new
        ledger): try again until the busy timeout."""
        deadline = time.monotonic() + BUSY_SECONDS
        while self._db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _version(self) -> int:
        row = self._db.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    def _migrate(self) -> None:
        """Run the migrations this file lacks, each in one transaction (another process may run them at the same
        time: the version is read again once the write lock is held)."""
        while True:
            with self._transaction():
                owner = self._db.execute("PRAGMA application_id").fetchone()[0]
                version = self._version() if owner == APPLICATION_ID else 0
                if version >= LATEST:
                    return
                for statement in MIGRATIONS[version]:
                    self._db.execute(statement)
                self._db.execute("INSERT INTO schema_version(version) VALUES (?)", (version + 1,))
                self._db.execute(f"PRAGMA application_id={APPLICATION_ID}")

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """A write transaction: the lock taken at the start (BEGIN IMMEDIATE), so that two writers queue instead of
        one failing on upgrading its read lock."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def add(self, documents: Iterable[Document], facts_of: FactsOf | None = None) -> Added:
        return add_documents(self, documents, facts_of)

    def stored_as(self, digest: str) -> tuple[str, str] | None:
        with self._guarded():
            row = self._db.execute("SELECT id, extractor FROM documents WHERE digest = ?", (digest,)).fetchone()
        return None if row is None else (str(row[0]), str(row[1]))

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        with self._guarded(), self._transaction():
            yield

    def put(self, document: Document, digest: str, facts: Sequence[Fact]) -> bool:
        replaced = self._delete(document.id)
        self._insert(document, digest, facts)
        return replaced

    def _delete(self, doc_id: str) -> bool:
        return self._db.execute("DELETE FROM documents WHERE id = ?", (doc_id,)).rowcount > 0

    def _insert(self, document: Document, digest: str, facts: Sequence[Fact]) -> None:
        published = document.published.isoformat() if document.published else None
        cursor = self._db.execute(
            "INSERT INTO documents(id, digest, path, source, title, published, published_from, body_start, text, "
            "added, extractor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (document.id, digest, document.path, document.source, document.title, published,
             document.published_from, document.body_start, document.text,
             dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), current_extractor()))
        marks = ", ".join("?" * (len(FACT_FIELDS) + 2))
        self._db.executemany(
            f"INSERT INTO facts(document, number, {FACT_COLUMNS}) VALUES ({marks})",
            [(cursor.lastrowid, n, *(getattr(fact, name) for name in FACT_FIELDS))
             for n, fact in enumerate(facts, start=1)])

    def remove(self, ids: Sequence[str]) -> tuple[str, ...]:
        with self._guarded(), self._transaction():
            return tuple(doc_id for doc_id in dict.fromkeys(ids) if self._delete(doc_id))

    def stats(self) -> Stats:
        with self._guarded():
            documents, undated, first, last = self._db.execute(
                "SELECT count(*), count(*) - count(published), min(published), max(published) FROM documents"
            ).fetchone()
            facts = self._db.execute("SELECT count(*) FROM facts").fetchone()[0]
        size = sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists())
        return Stats(self.location, documents, facts, undated, _day(first), _day(last), size)

    def find(self, terms: Sequence[str], since: dt.date | None, until: dt.date | None, limit: int) -> list[Stored]:
        if not terms:
            return []
        query = " OR ".join('"' + term.replace('"', '""') + '"' for term in terms)
        # bm25 weights: a word of the title counts three times one of the text.
        sql = (f"SELECT {', '.join('d.' + c for c in _DOCUMENT_COLUMNS.split(', '))}, bm25(search, 3.0, 1.0) "
               "FROM search JOIN documents d ON d.rowid = search.rowid WHERE search MATCH ? "
               "AND (d.published IS NULL OR (d.published >= ? AND d.published <= ?)) "
               "ORDER BY bm25(search, 3.0, 1.0) LIMIT ?")
        low = since.isoformat() if since else "0000-00-00"
        high = until.isoformat() if until else "9999-99-99"
        with self._guarded():
            rows = self._db.execute(sql, (query, low, high, limit)).fetchall()
            # bm25 is negative, the best match the most negative: a score's share of the best is its relevance
            best = rows[0][-1] if rows and rows[0][-1] < 0 else -1.0
            return [dataclasses.replace(self._stored(row[:-1]), relevance=row[-1] / best) for row in rows]

    def _stored(self, row: tuple) -> Stored:
        rowid, doc_id, digest, path, source, title, published, published_from, body_start, text, extractor = row
        document = Document(doc_id, path, text, body_start, source, title, _day(published), published_from)
        return stored(document, digest, extractor, lambda: stored_facts(doc_id, self._db.execute(
            f"SELECT number, {FACT_COLUMNS} FROM facts WHERE document = ? ORDER BY number", (rowid,)).fetchall()))

    @contextlib.contextmanager
    def _guarded(self) -> Iterator[None]:
        """SQLite's errors as one input error naming the file (a ledger damaged after it was opened)."""
        try:
            yield
        except sqlite3.OperationalError as error:
            raise InputError(self.path, f"the ledger cannot be used ({error})") from None
        except sqlite3.DatabaseError as error:
            raise InputError(self.path, _damage(error)) from None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> SqliteLedger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _damage(error: sqlite3.DatabaseError) -> str:
    """What a database error on opening means for the user."""
    text = str(error)
    if "not a database" in text:
        return "not a factcheck ledger (not an SQLite database)"
    return f"a damaged ledger, or not one ({text})"


def _day(value: object) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None
