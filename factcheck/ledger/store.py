"""What a ledger is, whatever holds it: the records it gives back and the one interface every storage implements
(``Ledger``), so that the command line and the checks never know which database is behind it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from factcheck.documents import Document
from factcheck.facts import Fact
from factcheck.fingerprint import fingerprint

# The Fact fields a ledger stores, one column each in every storage: all but the id (``doc:number``), the document
# (the row it belongs to) and the key (it depends on the rules of the check that reads the fact). Quoted for SQL:
# "end" and "time" are key words.
FACT_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Fact) if f.name not in ("id", "doc", "key"))
FACT_COLUMNS = ", ".join(f'"{name}"' for name in FACT_FIELDS)
# Where a document's facts come from when it is stored: extraction, or a run that extracted it already (a batch's
# fact cache).
FactsOf = Callable[[Document], Sequence[Fact]]


@dataclass(frozen=True, slots=True)
class Stored:
    """A document as the ledger holds it, with the facts extracted when it was added (ids ``doc:n``, no key)."""

    document: Document
    facts: tuple[Fact, ...]
    digest: str
    relevance: float = 1.0  # from a search: how well it matched, against the best match of that search (1.0)


@dataclass(frozen=True, slots=True)
class Added:
    """What one ``add`` did: ids stored for the first time, ids whose text changed (replaced), ids already there
    with the same content (unchanged), and documents whose content is already stored under another id
    (``duplicates``: id -> the stored id)."""

    added: tuple[str, ...]
    replaced: tuple[str, ...]
    unchanged: tuple[str, ...]
    duplicates: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Stats:
    """How much a ledger holds: documents, facts, the first and last publication dates, the file's size."""

    location: str
    documents: int
    facts: int
    undated: int
    first: dt.date | None
    last: dt.date | None
    size: int | None  # bytes on disk; None where the storage has no single file


class Ledger(Protocol):
    """A store of published documents and their facts, searchable by full text and date. Implementations: an SQLite
    file (factcheck.ledger.sqlite) and a PostgreSQL database (factcheck.ledger.postgres)."""

    location: str

    def add(self, documents: Iterable[Document], facts_of: FactsOf | None = None) -> Added:
        """Store each document with its facts (``facts_of``, default: extracted), each in its own transaction; a
        document already stored with the same content is skipped (without extracting it again)."""
        ...

    def remove(self, ids: Sequence[str]) -> tuple[str, ...]:
        """Remove the documents with these ids; the ids that were there."""
        ...

    def stats(self) -> Stats:
        ...

    def find(self, terms: Sequence[str], since: dt.date | None, until: dt.date | None, limit: int) -> list[Stored]:
        """The ``limit`` documents that best match any of ``terms`` (words, lower case), best first, published
        between ``since`` and ``until`` (both included; a bound of None is open), each with its ``relevance``: its
        search score over the best one's. Undated documents are kept: nothing places them outside the window."""
        ...

    def close(self) -> None:
        ...

    def __enter__(self) -> Ledger:
        ...

    def __exit__(self, *exc: object) -> None:
        """Close the ledger."""
        ...


def content_digest(document: Document) -> str:
    """The SHA-256 of what extraction reads: the text as decoded and the publication date (relative dates are
    resolved against it). Two additions of one article have one digest; an edit or a new date is another."""
    day = document.published.isoformat() if document.published else ""
    return hashlib.sha256(f"{day}\n{document.text}".encode("utf-8", "surrogatepass")).hexdigest()


def current_extractor() -> str:
    """The fingerprint of today's extraction code (computed once per process): a document stored with another one
    has facts an older factcheck made, and is read again."""
    return fingerprint("factcheck.extract")


def stored_facts(doc_id: str, rows: Iterable[Sequence[object]]) -> tuple[Fact, ...]:
    """Facts from rows of ``number`` then the ``FACT_FIELDS`` values."""
    return tuple(Fact(id=f"{doc_id}:{number}", doc=doc_id, **dict(zip(FACT_FIELDS, values, strict=True)))
                 for number, *values in rows)


def stored(document: Document, digest: str, extractor: str, facts: Callable[[], tuple[Fact, ...]]) -> Stored:
    """A stored document with its stored ``facts``, or, when an older factcheck extracted them, with its facts read
    again (in memory only: reading a ledger never writes it)."""
    if extractor != current_extractor():
        from factcheck.extract import extract_document

        return Stored(document, tuple(extract_document(document)), digest)
    return Stored(document, facts(), digest)


class Writable(Protocol):
    """What ``add_documents`` needs of a storage: where a content is stored, a write transaction that writers queue
    for, and storing one document in place of any other under its id."""

    def stored_as(self, digest: str) -> tuple[str, str] | None:
        """The id and extractor fingerprint of the document stored with this content digest, if any."""
        ...

    def writing(self) -> AbstractContextManager[None]:
        ...

    def put(self, document: Document, digest: str, facts: Sequence[Fact]) -> bool:
        """Store the document and its facts, replacing any stored under its id; whether one was replaced."""
        ...


def add_documents(store: Writable, documents: Iterable[Document], facts_of: FactsOf | None = None) -> Added:
    """Store each document with its facts (``facts_of``, default: extracted), each in its own write transaction; a
    document stored with the same content and today's extractor is skipped (without extracting it again), one
    stored under another id is named. The story is extracted outside the transaction, so writers never wait for one
    another's extraction."""
    if facts_of is None:
        from factcheck.extract import extract_document  # here: reading a ledger needs no extractor until it is stale

        facts_of = extract_document

    found: dict[str, list] = {"added": [], "replaced": [], "unchanged": [], "duplicates": []}
    for document in documents:
        digest = content_digest(document)
        if _known(store, document, digest, found):
            continue
        facts = facts_of(document)
        with store.writing():
            if not _known(store, document, digest, found):  # another writer may have stored it meanwhile
                found["replaced" if store.put(document, digest, facts) else "added"].append(document.id)
    return Added(*(tuple(found[name]) for name in ("added", "replaced", "unchanged", "duplicates")))


def _known(store: Writable, document: Document, digest: str, found: dict[str, list]) -> bool:
    """Whether this content is stored already: under this id with facts of today's extractor (unchanged), or under
    another id (a duplicate, named). Under this id with an older extractor's facts it is read again."""
    row = store.stored_as(digest)
    if row is None:
        return False
    if row[0] != document.id:
        found["duplicates"].append((document.id, row[0]))
        return True
    if row[1] != current_extractor():
        return False
    found["unchanged"].append(document.id)
    return True


def default_ledger_path() -> Path:
    """``$XDG_DATA_HOME/factcheck/ledger.sqlite``, else ``~/.local/share/factcheck/ledger.sqlite``."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "factcheck" / "ledger.sqlite"
