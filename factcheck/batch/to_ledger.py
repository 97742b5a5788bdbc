"""A batch's documents into a ledger (``factcheck batch --ledger``): each cluster, once it is checked, is read again
on the client and its documents stored with the facts the run extracted (the fact cache, where the run keeps one
on this machine; else extracted again here). A corpus's ids are unique only within a cluster, so a document is
stored as ``CLUSTER/ID``. A document the ledger cannot take is a problem of that document; the batch goes on."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from factcheck.batch.cache import FactCache, default_cache_dir
from factcheck.batch.model import ClusterTask, Job, Problem
from factcheck.batch.worker import internal, read_task
from factcheck.documents import Document
from factcheck.errors import InputError
from factcheck.extract import extract_document
from factcheck.facts import Fact
from factcheck.ledger import Ledger


@dataclasses.dataclass(slots=True)
class LedgerFill:
    """Stores each checked cluster's documents in ``ledger``, counting what it did."""

    ledger: Ledger
    job: Job
    stored: int = 0  # documents stored for the first time, or in place of an older text under their id
    unchanged: int = 0  # already stored with the same content (under this id or another)

    def add(self, task: ClusterTask) -> tuple[Problem, ...]:
        """Store the documents of ``task``'s cluster; the problems met (a document the ledger could not take)."""
        try:
            documents, _ = read_task(task)  # reading problems are the worker's to report, and it did
        except InputError:
            return ()
        cache = FactCache(self.job.cache_dir or default_cache_dir()) if self.job.cache else None
        problems = []
        for document in documents:
            named = dataclasses.replace(document, id=f"{task.cluster}/{document.id}")
            try:
                added = self.ledger.add([named], lambda d: _facts(d, cache))
            except Exception as error:  # this document; the others and the batch go on
                message = error.problem if isinstance(error, InputError) else internal(error)
                problems.append(Problem("error", task.cluster, document.id, document.path,
                                        f"not stored in the ledger {self.ledger.location}: {message}"))
                continue
            self.stored += len(added.added) + len(added.replaced)
            self.unchanged += len(added.unchanged) + len(added.duplicates)
        return tuple(problems)


def _facts(document: Document, cache: FactCache | None) -> Sequence[Fact]:
    return cache.facts(document) if cache else extract_document(document)
