"""The client side of a batch: hand the clusters to a runner, and write each cluster's rows to the output tables
as it comes back, so that the client holds one cluster's rows at a time and counts for the summary."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

from factcheck.batch.corpus import Corpus
from factcheck.batch.model import BatchSummary, ClusterOutcome, ClusterTask, Job, Problem
from factcheck.batch.parquet_stream import ParquetSet
from factcheck.batch.schedule import InProcess, OnDask
from factcheck.batch.tables import SCHEMAS, problems_table
from factcheck.batch.to_ledger import LedgerFill

PROBLEMS_KEPT = 50  # in the summary; every problem is in errors.parquet


def run_batch(corpus: Corpus, output: str | Path, job: Job, runner: InProcess | OnDask,
              on_cluster: Callable[[ClusterOutcome], None] | None = None,
              cache_label: str | None = None, ledger: LedgerFill | None = None) -> BatchSummary:
    """Check every cluster of ``corpus`` and write ``output``/{documents,facts,findings,errors}.parquet (renamed
    into place once all are complete). ``on_cluster`` is called after each cluster, in corpus order;
    ``cache_label`` names the fact cache in the summary; ``ledger``: each cluster's documents are stored there once
    it is checked."""
    started = time.perf_counter()
    tally = _Tally()
    sent: dict[str, ClusterTask] = {}
    with ParquetSet(output, SCHEMAS) as files:
        files["errors"].write(problems_table(corpus.problems))
        tally.note(corpus.problems)
        for outcome in runner.map(_recorded(corpus.tasks(), sent), job):
            if ledger is not None:
                stored = ledger.add(sent.pop(outcome.cluster))
                files["errors"].write(problems_table(stored))
                tally.note(stored)
            for name in ("documents", "facts", "findings"):
                table = getattr(outcome, name)
                if table is not None:
                    files[name].write(table)
            files["errors"].write(problems_table(outcome.problems))
            tally.add(outcome)
            if on_cluster:
                on_cluster(outcome)
    return BatchSummary(
        corpus=corpus.path, output=str(output), runner=runner.description,
        cache=cache_label if job.cache else None, clusters=corpus.clusters, failed_clusters=tally.failed_clusters,
        documents=tally.documents, facts=tally.facts, severities=tuple(tally.severities),  # type: ignore[arg-type]
        accepted=tally.accepted,
        errors=tally.errors, warnings=tally.warnings, problems=tuple(tally.kept), extracted=tally.extracted,
        facts_cached=tally.facts_cached, clusters_cached=tally.clusters_cached, seconds=time.perf_counter() - started,
        ledger=ledger.ledger.location if ledger else None, ledger_stored=ledger.stored if ledger else 0,
        ledger_unchanged=ledger.unchanged if ledger else 0,
    )


def _recorded(tasks: Iterator[ClusterTask], sent: dict[str, ClusterTask]) -> Iterator[ClusterTask]:
    """The tasks, each kept in ``sent`` (by cluster) until its outcome comes back."""
    for task in tasks:
        sent[task.cluster] = task
        yield task


class _Tally:
    def __init__(self) -> None:
        self.failed_clusters = self.documents = self.facts = self.errors = self.warnings = 0
        self.extracted = self.facts_cached = self.clusters_cached = self.accepted = 0
        self.severities = [0, 0, 0]
        self.kept: list[Problem] = []

    def add(self, outcome: ClusterOutcome) -> None:
        self.failed_clusters += outcome.documents is None
        self.documents += outcome.document_count
        self.facts += outcome.fact_count
        self.severities = [a + b for a, b in zip(self.severities, outcome.severities, strict=True)]
        self.accepted += outcome.accepted
        self.extracted += outcome.extracted
        self.facts_cached += outcome.facts_cached
        self.clusters_cached += outcome.cluster_cached
        self.note(outcome.problems)

    def note(self, problems: tuple[Problem, ...]) -> None:
        for problem in problems:
            if problem.level == "error":
                self.errors += 1
            else:
                self.warnings += 1
            if len(self.kept) < PROBLEMS_KEPT:
                self.kept.append(problem)
