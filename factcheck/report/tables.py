"""The facts table and the findings as CSV and Parquet. Cells that a spreadsheet would run as a formula
(starting with =, +, -, @) are prefixed with an apostrophe."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck.facts import COLUMNS, Fact, value_text
from factcheck.findings import Finding
from factcheck.report.json_report import fact_records

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.report.summary import Quote
    from factcheck.result import Result

_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def facts_csv(facts: Sequence[Fact]) -> str:
    records = fact_records(facts)
    columns = list(records[0]) if records else [c for c in COLUMNS if c != "sentence_start"]
    return _csv(columns, ([r[c] for c in columns] for r in records))


def findings_csv(findings: Sequence[Finding]) -> str:
    columns = ["id", "severity", "rule", "key", "message", "facts", "sides", "explanation"]
    return _csv(columns, ([f.id, f.severity, f.rule, f.key, f.message, " ".join(f.facts),
                           " | ".join(" ".join(side) for side in f.sides), f.explanation] for f in findings))


def figures_csv(result: Result) -> str:
    """A draft check: one row per figure of each draft, with its status and the sources' quotes."""
    from factcheck.report.review import draft_views

    columns = ["draft", "fact", "line", "status", "severity", "key", "surface", "against", "backing", "why"]
    rows = (
        [view.document.id, row.fact, row.line, row.status, row.severity, row.key, row.surface,
         _sources(row.against), _sources(row.backing), row.why]
        for view in draft_views(result) for row in view.rows
    )
    return _csv(columns, rows)


def _sources(found: Sequence[Quote]) -> str:
    return "; ".join(f'"{q.surface}" ({q.source}, {q.published})' for q in found)


def facts_parquet(facts: pd.DataFrame) -> bytes:
    """Parquet needs one type per column: ``value`` mixes numbers and TIMEX3 dates, so it is stored as text
    there (numbers in full precision); ``low`` and ``high`` stay numeric."""
    import pandas as pd

    frame = facts[[c for c in COLUMNS if c != "sentence_start"]].copy()
    frame["value"] = [None if pd.isna(v) else value_text(v) for v in frame["value"]]
    frame["stated_value"] = pd.to_numeric(frame["stated_value"])
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


def _csv(columns: list[str], rows: object) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:  # type: ignore[attr-defined]
        writer.writerow([_safe(v) for v in row])
    return out.getvalue()


def _safe(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value
