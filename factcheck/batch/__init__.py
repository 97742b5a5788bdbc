"""Archive scale: ``factcheck batch``, every cluster of a corpus checked as ``factcheck check`` checks one folder,
spread over local processes or a Dask cluster, results streamed to Parquet, extracted facts cached by content.

>>> from factcheck.batch import Job, open_corpus, run_batch, runner
>>> from factcheck.rules.loader import load_rules
>>> with runner(workers=2) as where:
...     summary = run_batch(open_corpus("corpus.jsonl"), "out", Job(load_rules()), where)

corpus.py lists the clusters, worker.py checks one (jsonl.py reads its lines, cache.py keeps its facts),
schedule.py runs the tasks, run.py writes what comes back; model.py holds the records."""

from __future__ import annotations

from factcheck.batch.corpus import Corpus, open_corpus
from factcheck.batch.model import BatchSummary, ClusterOutcome, Job, Problem
from factcheck.batch.run import run_batch
from factcheck.batch.schedule import runner

__all__ = ["BatchSummary", "ClusterOutcome", "Corpus", "Job", "Problem", "open_corpus", "run_batch", "runner"]
