"""One task: one cluster, read, extracted (through the fact cache), aligned and compared, as ``factcheck check``
does with a folder, and given back as the rows of the output tables. Runs on a worker; it returns no document
text, only rows. A cluster whose documents, rules and code are unchanged since a run that stored it is not
extracted nor compared again: its rows come from the cluster cache.

A document that cannot be read or extracted is a problem of that document and the rest of the cluster is
checked; a failure after extraction is a problem of the cluster, which then has no rows. Nothing a cluster
holds stops the batch."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from factcheck import __version__
from factcheck.batch.cache import CachedCluster, ClusterCache, FactCache, cluster_key, default_cache_dir
from factcheck.batch.jsonl import read_lines
from factcheck.batch.model import SEVERITIES, ClusterOutcome, ClusterTask, FolderCluster, Job, Problem
from factcheck.batch.tables import documents_table, facts_table, findings_table
from factcheck.documents import SUFFIXES, Document, read_documents
from factcheck.errors import InputError
from factcheck.extract import crowded_passages, extract_document
from factcheck.facts import Fact, frame_facts
from factcheck.pipeline import check_documents


def check_cluster(task: ClusterTask, job: Job) -> ClusterOutcome:
    try:
        documents, read_problems = read_task(task)
    except InputError as error:
        return failed(task.cluster, error.problem, error.path)
    if not job.cache:
        return _checked(task.cluster, documents, read_problems, job, None)
    folder = job.cache_dir or default_cache_dir()
    clusters = ClusterCache(folder)
    key, stored = _from_cache(task.cluster, documents, read_problems, job, clusters)
    if stored is not None:
        return stored
    outcome = _checked(task.cluster, documents, read_problems, job, FactCache(folder))
    if clusters.damaged:
        outcome = dataclasses.replace(outcome, problems=(*outcome.problems, _damaged(task.cluster, clusters.damaged)))
        return outcome  # stored by the next run, once no problem of its own stands in the way
    if outcome.documents is not None and len(outcome.problems) == len(read_problems):
        clusters.put(key, CachedCluster(outcome.documents, outcome.facts, outcome.findings,  # type: ignore[arg-type]
                                        outcome.severities, outcome.accepted))
        if clusters.unwritten:
            return dataclasses.replace(outcome, problems=(*outcome.problems, _unwritten(task.cluster,
                                                                                        clusters.unwritten)))
    return outcome


def cached(task: ClusterTask, job: Job) -> ClusterOutcome | None:
    """The cluster's rows from the cluster cache, as ``check_cluster`` would give them, when a run stored them and
    the cache is on; None otherwise, also when its documents cannot be read here. The client asks before sending
    a task, so that a cluster whose rows are stored costs no round trip to a worker."""
    if not job.cache:
        return None
    try:
        documents, read_problems = read_task(task)
        clusters = ClusterCache(job.cache_dir or default_cache_dir())
        return _from_cache(task.cluster, documents, read_problems, job, clusters)[1]
    except Exception:  # only a lookup: the worker meets the same trouble and reports it
        return None


def _from_cache(cluster: str, documents: list[Document], read_problems: list[Problem], job: Job,
                clusters: ClusterCache) -> tuple[str, ClusterOutcome | None]:
    """The cluster's key in the cluster cache, and its outcome when an entry is stored under it."""
    key = cluster_key(cluster, documents, read_problems, job)
    stored = clusters.get(key)
    if stored is None:
        return key, None
    return key, _outcome(cluster, stored, read_problems, len(documents), cluster_cached=True)


def worker_version() -> str:
    """factcheck's version on a worker, asked before a run on a Dask cluster."""
    return __version__


def failed(cluster: str, message: str, path: str | None, problems: tuple[Problem, ...] = ()) -> ClusterOutcome:
    """A cluster with no rows, and why."""
    return ClusterOutcome(cluster, None, None, None, (*problems, Problem("error", cluster, None, path, message)),
                          0, 0, (0, 0, 0))


def internal(error: BaseException) -> str:
    return f"internal error: {type(error).__name__}: {error}"


def read_task(task: ClusterTask) -> tuple[list[Document], list[Problem]]:
    """The cluster's documents, and the problems of reading them (a document that cannot be read, a passage crowded
    with figures)."""
    documents, problems = _read_task(task)
    problems += [Problem("warning", task.cluster, None, None, w) for w in crowded_passages(documents)]
    return documents, problems


def _read_task(task: ClusterTask) -> tuple[list[Document], list[Problem]]:
    if isinstance(task, FolderCluster):
        reading = read_documents([task.folder])
        problems = [Problem("error", task.cluster, _document_of(e.path), e.path, e.problem) for e in reading.errors]
        problems += [Problem("warning", task.cluster, None, None, w) for w in reading.warnings]
        return list(reading.documents), problems
    return read_lines(task)


def _document_of(path: str) -> str | None:
    """The id of the document a reading error is about (its file stem); None for a manifest."""
    file = Path(path)
    return file.stem if file.suffix.lower() in SUFFIXES else None


def _checked(cluster: str, documents: list[Document], read_problems: list[Problem], job: Job,
             cache: FactCache | None) -> ClusterOutcome:
    problems = list(read_problems)
    extracted: list[tuple[Document, list[Fact]]] = []
    for document in documents:
        try:
            extracted.append((document, cache.facts(document) if cache else extract_document(document)))
        except Exception as error:  # a bug of ours on this text: the other documents are still checked
            problems.append(Problem("error", cluster, document.id, document.path, internal(error)))
    if cache and cache.unwritten:
        problems.append(_unwritten(cluster, cache.unwritten))
    if cache and cache.damaged:
        problems.append(_damaged(cluster, cache.damaged))
    try:
        rows = _compared(cluster, extracted, job)
    except Exception as error:  # the cluster as a whole: reported, and the batch goes on
        return failed(cluster, internal(error), None, tuple(problems))
    return _outcome(cluster, rows, problems, len(extracted), extracted=cache.misses if cache else len(extracted),
                    facts_cached=cache.hits if cache else 0)


def _compared(cluster: str, extracted: list[tuple[Document, list[Fact]]], job: Job) -> CachedCluster:
    """The cluster checked as ``factcheck check`` checks a folder, its facts as extracted (or cached) above."""
    result = check_documents([document for document, _ in extracted], job.rules, job.accepted, job.lexicon,
                             facts=[fact for _, found in extracted for fact in found])
    open_severities = [f.severity for f in result.findings if f.accepted is None]
    return CachedCluster(
        documents=documents_table(cluster, result.documents),
        facts=facts_table(cluster, frame_facts(result.facts)),
        findings=findings_table(cluster, result.findings),
        severities=tuple(open_severities.count(s) for s in SEVERITIES),  # type: ignore[arg-type]
        accepted=len(result.findings) - len(open_severities),
    )


def _outcome(cluster: str, rows: CachedCluster, problems: list[Problem], documents: int, extracted: int = 0,
             facts_cached: int = 0, cluster_cached: bool = False) -> ClusterOutcome:
    return ClusterOutcome(
        cluster=cluster, documents=rows.documents, facts=rows.facts, findings=rows.findings,
        problems=tuple(problems), document_count=documents, fact_count=rows.facts.num_rows,
        severities=rows.severities, accepted=rows.accepted, extracted=extracted, facts_cached=facts_cached,
        cluster_cached=cluster_cached,
    )


def _damaged(cluster: str, path: str) -> Problem:
    return Problem("warning", cluster, None, path, "cache entry damaged (its checksum or its rows fail); recomputed")


def _unwritten(cluster: str, why: str) -> Problem:
    return Problem("warning", cluster, None, None, f"cache not written: {why}")
