"""The batch's tables: the JSON contract's documents, facts and findings with a ``cluster`` column in front (ids
are unique only within a cluster), and the problems met. One fixed Arrow schema each, so that every cluster's
rows fit the same file whatever it holds. As in ``extract --format parquet``, a fact's ``value`` is text (it mixes
numbers and TIMEX3 values); ``published`` is a date."""

from __future__ import annotations

from collections.abc import Sequence

import pyarrow as pa

from factcheck.batch.model import Problem
from factcheck.documents import Document
from factcheck.facts import Fact, value_text
from factcheck.findings import Finding

_TEXT = pa.string()

DOCUMENTS = pa.schema([
    ("cluster", _TEXT), ("id", _TEXT), ("path", _TEXT), ("source", _TEXT), ("title", _TEXT),
    ("published", pa.date32()), ("published_from", _TEXT),
])
FACTS = pa.schema([
    ("cluster", _TEXT), ("id", _TEXT), ("doc", _TEXT), ("kind", _TEXT), ("surface", _TEXT), ("start", pa.int64()),
    ("end", pa.int64()), ("sentence", _TEXT), ("value", _TEXT), ("low", pa.float64()), ("high", pa.float64()),
    ("closed", _TEXT), ("unit", _TEXT), ("stated_value", pa.float64()), ("stated_unit", _TEXT), ("hedge", _TEXT),
    ("subject", _TEXT), ("timex", _TEXT), ("key", _TEXT), ("thing", _TEXT), ("predicate", _TEXT), ("owner", _TEXT),
    ("time", _TEXT),
])
FINDINGS = pa.schema([
    ("cluster", _TEXT), ("id", _TEXT), ("rule", _TEXT), ("key", _TEXT), ("severity", _TEXT), ("message", _TEXT),
    ("facts", pa.list_(_TEXT)), ("sides", pa.list_(pa.list_(_TEXT))), ("explanation", _TEXT), ("accepted", _TEXT),
])
PROBLEMS = pa.schema([
    ("level", _TEXT), ("cluster", _TEXT), ("document", _TEXT), ("path", _TEXT), ("message", _TEXT),
])
SCHEMAS = {"documents": DOCUMENTS, "facts": FACTS, "findings": FINDINGS, "errors": PROBLEMS}


def documents_table(cluster: str, documents: Sequence[Document]) -> pa.Table:
    return _table(DOCUMENTS, cluster, [
        [d.id for d in documents], [d.path for d in documents], [d.source for d in documents],
        [d.title for d in documents], [d.published for d in documents], [d.published_from for d in documents],
    ])


def facts_table(cluster: str, facts: Sequence[Fact]) -> pa.Table:
    columns = FACTS.names[1:]
    values = [[getattr(fact, name) for fact in facts] for name in columns]
    values[columns.index("value")] = [value_text(fact.value) for fact in facts]
    return _table(FACTS, cluster, values)


def findings_table(cluster: str, findings: Sequence[Finding]) -> pa.Table:
    return _table(FINDINGS, cluster, [
        [f.id for f in findings], [f.rule for f in findings], [f.key for f in findings],
        [f.severity for f in findings], [f.message for f in findings], [list(f.facts) for f in findings],
        [[list(side) for side in f.sides] for f in findings], [f.explanation for f in findings],
        [f.accepted for f in findings],
    ])


def problems_table(problems: Sequence[Problem]) -> pa.Table:
    return pa.table([
        [p.level for p in problems], [p.cluster for p in problems], [p.document for p in problems],
        [p.path for p in problems], [p.message for p in problems],
    ], schema=PROBLEMS)


def _table(schema: pa.Schema, cluster: str, columns: list[list[object]]) -> pa.Table:
    rows = len(columns[0])
    return pa.table([[cluster] * rows, *columns], schema=schema)
