"""The batch's cache, in two layers, so that a second run over a grown archive extracts only the new documents and
compares only the clusters that changed.

- Facts, one JSON file per document, keyed by what extraction reads: the text as decoded (front matter included)
  and the publication date (relative dates are resolved against it), under a folder named for the extractor's
  fingerprint (factcheck.fingerprint: a change to the extraction code or its data is another folder, never a
  stale entry). Ids and keys are not stored: ids are given back for the document at hand (the same wire story in
  two clusters is one entry), keys depend on the cluster and the rules.
- Clusters, one file per cluster: its rows for the output tables, keyed by the cluster's name, every document's
  metadata and fact key, the problems met reading it, the rules and the accepted disagreements, under a folder
  named for the fingerprint of the whole check (alignment, comparison, the tables). Only a cluster checked
  without a problem of its own is stored, so a passing failure is never replayed.

Entries are written to a temporary file in their own folder and renamed into place, so two runs sharing a cache
never read half an entry; both may write one entry, with the same content. Every entry carries the SHA-256 of its
content: an entry that fails it (a flipped bit, an edit) or whose rows hold what no fact holds is recomputed and
named in a warning; one that cannot be read or parsed (a crash mid-write on some file systems) is a miss and is
written again. JSON and Arrow IPC, not pickle:
reading a cache file must never run code."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa

from factcheck.batch.model import Job, Problem
from factcheck.batch.tables import DOCUMENTS, FACTS, FINDINGS
from factcheck.documents import Document
from factcheck.extract import extract_document, fact_id
from factcheck.facts import Fact
from factcheck.fingerprint import fingerprint
from factcheck.lexicon import default_lexicon

_STORED = tuple(f.name for f in dataclasses.fields(Fact) if f.name not in ("id", "doc", "key"))
_TABLES = (DOCUMENTS, FACTS, FINDINGS)
_TEXT = frozenset({"kind", "surface", "sentence"})
_OFFSETS = frozenset({"start", "end", "sentence_start"})


def _plausible(row: list[object]) -> bool:
    """A stored row holds what a fact holds: text where text belongs, offsets as whole numbers, plain values."""
    for name, value in zip(_STORED, row, strict=True):
        if name in _TEXT and not isinstance(value, str):
            return False
        if name in _OFFSETS and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            return False
        if value is not None and not isinstance(value, str | int | float):
            return False
    return True


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/factcheck``, else ``~/.cache/factcheck``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factcheck"


@dataclasses.dataclass(frozen=True, slots=True)
class CachedCluster:
    """A cluster's rows as stored: the output tables and the counts that go with them."""

    documents: pa.Table
    facts: pa.Table
    findings: pa.Table
    severities: tuple[int, int, int]
    accepted: int


class FactCache:
    """Facts by content under ``folder``/facts/<extractor fingerprint>/; counts its hits and misses."""

    def __init__(self, folder: str | Path) -> None:
        self.root = Path(folder) / "facts" / fingerprint("factcheck.extract")[:16]
        self.hits = 0
        self.misses = 0
        self.unwritten: str | None = None  # why entries could not be written, the first time it happened
        self.damaged: str | None = None  # the first entry whose checksum failed (recomputed)

    def facts(self, document: Document) -> list[Fact]:
        """The document's facts, from the cache or extracted and stored. An entry that cannot be written (a full
        disk, a read-only folder) costs the next run an extraction, not this run its facts: see ``unwritten``."""
        key = fact_key(document)
        path = self.root / key[:2] / f"{key}.json"
        stored = _load_facts(path, key, self)
        if stored is not None:
            if all(map(_plausible, stored)):
                self.hits += 1
                return [Fact(fact_id(document.id, n), document.id, *row) for n, row in enumerate(stored, start=1)]
            self.damaged = self.damaged or str(path)  # rows that parse but hold what no fact holds: recomputed
        self.misses += 1
        facts = extract_document(document)
        record = {"key": key, "columns": list(_STORED), "facts": [[getattr(f, c) for c in _STORED] for f in facts]}
        try:
            _store(path, json.dumps(record).encode("ascii"))
        except OSError as error:
            self.unwritten = self.unwritten or f"{path}: {error.strerror or error}"
        return facts


class ClusterCache:
    """Clusters' rows under ``folder``/clusters/<check fingerprint>/."""

    def __init__(self, folder: str | Path) -> None:
        self.root = Path(folder) / "clusters" / fingerprint("factcheck.batch.worker")[:16]
        self.unwritten: str | None = None
        self.damaged: str | None = None  # the first entry whose checksum failed (recomputed)

    def get(self, key: str) -> CachedCluster | None:
        path = self.root / key[:2] / f"{key}.bin"
        try:
            data = _opened(path.read_bytes())
            if data is None:
                self.damaged = self.damaged or str(path)
                return None
            head, _, body = data.partition(b"\n")
            header = json.loads(head)
            if header.get("key") != key:
                return None
            tables, offset = [], 0
            for schema, size in zip(_TABLES, header["sizes"], strict=True):
                table = pa.ipc.open_stream(body[offset : offset + size]).read_all()
                if table.column_names != schema.names:  # the types are the code's, named by the folder
                    return None
                tables.append(table)
                offset += size
            return CachedCluster(*tables, tuple(header["severities"]), int(header["accepted"]))
        except (OSError, ValueError, KeyError, TypeError, pa.ArrowException):
            return None

    def put(self, key: str, cluster: CachedCluster) -> None:
        blobs = [_ipc(table) for table in (cluster.documents, cluster.facts, cluster.findings)]
        header = {"key": key, "sizes": [len(b) for b in blobs], "severities": list(cluster.severities),
                  "accepted": cluster.accepted}
        path = self.root / key[:2] / f"{key}.bin"
        try:
            _store(path, json.dumps(header).encode("ascii") + b"\n" + b"".join(blobs))
        except OSError as error:
            self.unwritten = self.unwritten or f"{path}: {error.strerror or error}"


def fact_key(document: Document) -> str:
    published = document.published.isoformat() if document.published else ""
    return _digest([fingerprint("factcheck.extract"), published, document.text])


def cluster_key(cluster: str, documents: Sequence[Document], problems: Sequence[Problem], job: Job) -> str:
    """Everything a cluster's rows depend on."""
    return _digest([
        fingerprint("factcheck.batch.worker"), cluster, _job_digest(job),
        [[p.level, p.document, p.path, p.message] for p in problems],
        [[d.id, d.path, d.source, d.title, d.published.isoformat() if d.published else None, d.published_from,
          fact_key(d)] for d in documents],
    ])


_JOB_DIGEST: list[tuple[Job, str]] = []  # the last job seen, held so that its id is not reused


def _job_digest(job: Job) -> str:
    """The rules and acceptances, digested once per job rather than once per cluster (their repr is most of the
    cost of a cluster from the cache). They are records of plain values, so the repr is stable between runs."""
    if not _JOB_DIGEST or _JOB_DIGEST[0][0] is not job:
        words = (job.lexicon or default_lexicon()).digest
        _JOB_DIGEST[:] = [(job, _digest([repr(job.rules), repr(job.accepted), words]))]
    return _JOB_DIGEST[0][1]


def _digest(content: object) -> str:
    return hashlib.sha256(json.dumps(content).encode("ascii")).hexdigest()


def _load_facts(path: Path, key: str, cache: FactCache) -> list[list[object]] | None:
    try:
        data = _opened(path.read_bytes())
        if data is None:
            cache.damaged = cache.damaged or str(path)
            return None
        record = json.loads(data)
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("key") != key or record.get("columns") != list(_STORED):
        return None
    rows = record.get("facts")
    if not isinstance(rows, list) or not all(isinstance(row, list) and len(row) == len(_STORED) for row in rows):
        return None
    return rows


def _ipc(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema, options=pa.ipc.IpcWriteOptions(compression="zstd")) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


_SEAL = b"factcheck-cache sha256 "  # every entry starts with this line: the checksum of what follows it


def _sealed(data: bytes) -> bytes:
    return _SEAL + hashlib.sha256(data).hexdigest().encode("ascii") + b"\n" + data


def _opened(raw: bytes) -> bytes | None:
    """The entry's content, or None when its checksum fails (a flipped bit, a torn or edited file). An entry of an
    older format, with no checksum, raises ValueError: a plain miss."""
    if not raw.startswith(_SEAL):
        raise ValueError("no checksum")
    head, _, data = raw.partition(b"\n")
    return data if head[len(_SEAL):] == hashlib.sha256(data).hexdigest().encode("ascii") else None


def _store(path: Path, data: bytes) -> None:
    data = _sealed(data)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem[:8]}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
