"""What a batch runs over: a folder of cluster folders, or a JSON Lines file with one document per line.

A folder corpus: every sub-folder (hidden ones aside) is a cluster, read as ``factcheck check FOLDER`` reads it;
files beside the cluster folders (a licence, a README) are not documents. Clusters run in the order of their
names.

A JSON Lines corpus is not loaded: a first pass reads it line by line and keeps, per cluster, the byte offsets
and numbers of its lines (lines of one cluster need not be next to each other); a task's lines are read back
when the task is handed out. Clusters run in the order they first appear. A line that is not a JSON object
with a ``cluster`` cannot be given to any cluster and is a problem of the corpus itself."""

from __future__ import annotations

import json
import os
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.batch.model import ClusterTask, FolderCluster, JsonlCluster, Problem
from factcheck.errors import InputError

JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True, slots=True)
class _Lines:
    offsets: array = field(default_factory=lambda: array("q"))
    numbers: array = field(default_factory=lambda: array("q"))


@dataclass(frozen=True)
class Corpus:
    """A corpus opened for a run: how many clusters, the problems found while indexing, and the tasks."""

    path: str
    clusters: int
    problems: tuple[Problem, ...]
    _folders: tuple[str, ...] = ()
    _index: dict[str, _Lines] | None = None

    def tasks(self) -> Iterator[ClusterTask]:
        """One task per cluster, built as they are asked for (a JSON Lines task reads its lines then)."""
        if self._index is None:
            for name in self._folders:
                yield FolderCluster(name, str(Path(self.path) / name))
            return
        with open(self.path, "rb") as handle:
            for cluster, lines in self._index.items():
                read = []
                for offset, number in zip(lines.offsets, lines.numbers, strict=True):
                    handle.seek(offset)
                    read.append((number, handle.readline()))
                yield JsonlCluster(cluster, self.path, tuple(read))


def open_corpus(path: str | Path) -> Corpus:
    """Index ``path``. Raises InputError when it is neither a folder of cluster folders nor a JSON Lines file."""
    corpus = Path(path)
    if corpus.is_dir():
        names = sorted(entry.name for entry in os.scandir(corpus) if entry.is_dir() and not entry.name.startswith("."))
        if not names:
            raise InputError(corpus, "holds no cluster folders (a batch corpus is a folder of cluster folders, or "
                             "a .jsonl file)")
        return Corpus(str(corpus), len(names), (), _folders=tuple(names))
    if corpus.is_file():
        if corpus.suffix.lower() not in JSONL_SUFFIXES:
            raise InputError(corpus, "not a folder of cluster folders nor a JSON Lines file (.jsonl, .ndjson)")
        index, problems = _index_lines(corpus)
        if not index and not problems:
            raise InputError(corpus, "holds no documents")
        return Corpus(str(corpus), len(index), tuple(problems), _index=index)
    raise InputError(corpus, "no such file or folder" if not corpus.exists() else "not a regular file or folder")


def _index_lines(path: Path) -> tuple[dict[str, _Lines], list[Problem]]:
    index: dict[str, _Lines] = {}
    problems: list[Problem] = []
    offset = 0
    try:
        with open(path, "rb") as handle:
            for number, raw in enumerate(handle, start=1):
                where = f"{path}:{number}"
                cluster, problem = _cluster_of(raw)
                if problem:
                    problems.append(Problem("error", None, None, where, problem))
                elif cluster is not None:
                    lines = index.setdefault(cluster, _Lines())
                    lines.offsets.append(offset)
                    lines.numbers.append(number)
                offset += len(raw)
    except OSError as error:
        raise InputError(path, f"cannot be read ({error.strerror or error})") from None
    return index, problems


def _cluster_of(raw: bytes) -> tuple[str | None, str | None]:
    """The line's cluster, or why the line cannot be given to one; (None, None) for a blank line."""
    if not raw.strip():
        return None, None
    try:
        record = json.loads(raw)
    except UnicodeDecodeError:
        return None, "not valid UTF-8"
    except ValueError as error:
        return None, f"not valid JSON ({error})"
    except RecursionError:
        return None, "JSON nested too deeply to read"
    if not isinstance(record, dict):
        return None, "not a JSON object"
    cluster = record.get("cluster")
    if isinstance(cluster, bool) or not isinstance(cluster, str | int) or not str(cluster).strip():
        return None, "no 'cluster' (a non-empty string)"
    return str(cluster), None
