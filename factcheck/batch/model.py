"""The batch's records: what a task is given (a cluster, the job), what it gives back, and the run's summary.
Everything here crosses between processes, so it is plain data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.accepted import Acceptance
from factcheck.lexicon import Lexicon
from factcheck.rules.model import Rule

if TYPE_CHECKING:
    import pyarrow as pa

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class FolderCluster:
    """A cluster folder, read as ``factcheck check FOLDER`` reads it (the worker reads the files)."""

    cluster: str
    folder: str


@dataclass(frozen=True, slots=True)
class JsonlCluster:
    """The lines of one cluster of a JSON Lines corpus, read by the client and shipped with the task, so that
    workers need no access to the file. ``lines`` holds (line number, raw bytes) in file order."""

    cluster: str
    file: str
    lines: tuple[tuple[int, bytes], ...]


ClusterTask = FolderCluster | JsonlCluster


@dataclass(frozen=True, slots=True)
class Job:
    """What every task shares: the rules and accepted disagreements, loaded and validated once by the client,
    and where the fact cache is (``cache_dir`` None: each worker's default folder)."""

    rules: tuple[Rule, ...]
    accepted: tuple[Acceptance, ...] = ()
    cache: bool = True
    cache_dir: str | None = None
    lexicon: Lexicon | None = None  # the shipped word lists, or those extended by the rule packs


@dataclass(frozen=True, slots=True)
class Problem:
    """A document or cluster that could not be (fully) checked. ``path`` is the file, or ``file:line`` for a line
    of a JSON Lines corpus; ``document`` and ``cluster`` are None when they are not known (a line that is not
    JSON)."""

    level: str  # error | warning
    cluster: str | None
    document: str | None
    path: str | None
    message: str


@dataclass(frozen=True, slots=True)
class ClusterOutcome:
    """One cluster checked: its rows for the output tables (None when the cluster failed as a whole), the
    problems met, and counts for the summary."""

    cluster: str
    documents: pa.Table | None
    facts: pa.Table | None
    findings: pa.Table | None
    problems: tuple[Problem, ...]
    document_count: int
    fact_count: int
    severities: tuple[int, int, int]  # open findings (not accepted) at error, warning, info
    accepted: int = 0  # findings an editor has accepted
    extracted: int = 0  # documents extracted (not found in the fact cache)
    facts_cached: int = 0  # documents whose facts came from the fact cache
    cluster_cached: bool = False  # the rows came from the cluster cache


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """A whole run, for the summary report and the exit code. ``problems`` keeps the first few (all of them are
    in errors.parquet)."""

    corpus: str
    output: str
    runner: str  # "in this process", "2 local worker processes", "scheduler tcp://..."
    cache: str | None  # the cache folder, None with --no-cache
    clusters: int
    failed_clusters: int
    documents: int
    facts: int
    severities: tuple[int, int, int]  # open findings at error, warning, info
    accepted: int
    errors: int
    warnings: int
    problems: tuple[Problem, ...]
    extracted: int
    facts_cached: int
    clusters_cached: int
    seconds: float
    ledger: str | None = None  # the ledger the documents were stored in (--ledger), None without one
    ledger_stored: int = 0  # documents stored there, new or in place of an older text
    ledger_unchanged: int = 0  # documents it held already with the same content

    @property
    def documents_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0
